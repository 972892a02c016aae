// Package model holds Styrgrupp's domain: proposals (areas and
// interventions) and their revisions, members, meetings with agenda items
// and decisions, comments, sign-off, follow-up and the audit log; the rules
// that move a proposal through its states; the typed errors with messages in
// Swedish and English; and the Store interface the user interface talks to.
//
// A proposal's content is described once: Fields, the field table, from
// which the canonical encoding, the import's columns, the export, the
// documents' labels, the history and the edit form are driven; and Ref,
// the one place that reads a reference's parts.
//
// It imports neither fyne nor database/sql: adapters under model/ (sqlite,
// importer, pdf) depend on it, never the other way round.
package model
