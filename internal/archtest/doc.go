// Package archtest holds the tests that keep the shape of the code as
// DESIGN.md §4 and the README's "How the code is laid out" draw it: the
// one-way arrows between the packages (deps_test.go) and the one home of
// the proposal's fields, model's field table (fields_test.go). It has no
// code of its own.
package archtest
