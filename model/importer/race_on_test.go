//go:build race

package importer_test

// raceEnabled is set when the race detector is on: large inputs take ten
// times as long then, and test no concurrency.
const raceEnabled = true
