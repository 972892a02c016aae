// Package model holds Styrgrupp's domain: proposals (areas and
// interventions) and their revisions, members, meetings with agenda items
// and decisions, comments, sign-off, follow-up and the audit log; the rules
// that move a proposal through its states; the typed errors with messages in
// Swedish and English; and the Store interface the user interface talks to.
//
// It imports neither fyne nor database/sql: adapters under model/ (sqlite,
// importer, pdf) depend on it, never the other way round.
package model
