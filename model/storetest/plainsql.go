package storetest

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// PlainSQL reaches a store's database as someone with the database's own
// tools would (the sqlite3 shell, psql): none of the store's code, no
// foreign keys switched on for them. The suite writes every statement
// once, with $1, $2 … for its arguments; what only one database can say
// (its blob literals, which statements its triggers refuse in which
// words) stays in the adapter's own tests.
type PlainSQL interface {
	// Connect opens a connection to the database of s, closed when t
	// ends.
	Connect(t *testing.T, s model.Store) Conn
}

// Conn is a connection of PlainSQL's.
type Conn interface {
	// Exec runs one statement and returns the database's own error.
	Exec(stmt string, args ...any) error
	// DropGuards takes away the triggers of table that refuse changes,
	// as an administrator can: SQLite drops them, PostgreSQL disables
	// them.
	DropGuards(table string) error
	// Fail maps a database error to the model error the store reports
	// for it.
	Fail(err error) error
}

// connect opens a plain connection to w's store, skipping the rule when
// the harness has none.
func connect(t *testing.T, h Harness, w *World) sqlConn {
	t.Helper()
	if h.SQL == nil {
		t.Skip("the harness has no plain SQL")
	}
	return sqlConn{t, h.SQL.Connect(t, w.S)}
}

// sqlConn is a Conn with the writes the rules make behind the store's
// back: each returns the refusal as the store would report it, nil when
// the database took it.
type sqlConn struct {
	t *testing.T
	Conn
}

// run executes stmt and maps a refusal as the store does.
func (c sqlConn) run(stmt string, args ...any) error { return c.Fail(c.Exec(stmt, args...)) }

// must executes stmt and fails the rule at once if the database refuses.
func (c sqlConn) must(stmt string, args ...any) {
	c.t.Helper()
	check(c.t, c.Exec(stmt, args...))
}

// mustDropGuards takes away table's triggers, failing the rule if it
// cannot.
func (c sqlConn) mustDropGuards(table string) {
	c.t.Helper()
	check(c.t, c.DropGuards(table))
}

// refused checks that stmt fails with the database's own message holding
// want.
func (c sqlConn) refused(want, stmt string, args ...any) {
	c.t.Helper()
	if err := c.Exec(stmt, args...); err == nil || !strings.Contains(err.Error(), want) {
		c.t.Fatalf("%s: got %v, want an error with %q", stmt, err, want)
	}
}

func (c sqlConn) SetMeetingPlace(id int64, place string) error {
	return c.run(`UPDATE meetings SET place = $1 WHERE id = $2`, place, id)
}

func (c sqlConn) SetDecisionText(id int64, text string) error {
	return c.run(`UPDATE decisions SET text = $1 WHERE id = $2`, text, id)
}

func (c sqlConn) DeleteDecision(id int64) error {
	return c.run(`DELETE FROM decisions WHERE id = $1`, id)
}

func (c sqlConn) SetProposalTitle(id int64, title string) error {
	return c.run(`UPDATE proposals SET title = $1 WHERE id = $2`, title, id)
}

func (c sqlConn) DeleteRevision(proposalID int64, number int) error {
	return c.run(`DELETE FROM revisions WHERE proposal_id = $1 AND number = $2`, proposalID, number)
}

func (c sqlConn) SetAuditActor(seq int64, actor string) error {
	return c.run(`UPDATE audit_log SET actor = $1 WHERE seq = $2`, actor, seq)
}

func (c sqlConn) DeleteAuditRow(seq int64) error {
	return c.run(`DELETE FROM audit_log WHERE seq = $1`, seq)
}

// AddFollowUpNote adds a note with no author to a proposal's follow-up.
func (c sqlConn) AddFollowUpNote(proposalID int64, text string) error {
	return c.run(`INSERT INTO followup_notes (proposal_id, date, text) VALUES ($1, '2026-12-01', $2)`, proposalID, text)
}

func (c sqlConn) DeleteFollowUpNote(id int64) error {
	return c.run(`DELETE FROM followup_notes WHERE id = $1`, id)
}

// SetJusteringReply changes the reply of a note on the draft minutes.
func (c sqlConn) SetJusteringReply(id int64, reply string) error {
	return c.run(`UPDATE justering_notes SET reply = $1 WHERE id = $2`, reply, id)
}
