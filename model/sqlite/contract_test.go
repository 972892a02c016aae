package sqlite_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// The SQLite store keeps the contract every store keeps, each rule on a
// new file in a temporary folder.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) model.Store { return openStore(t) },
		Reopen: func(t *testing.T, s model.Store) model.Store {
			return openAgain(t, s.(*sqlite.Store))
		},
		Bypass: sqlBypass{},
	})
}

// openAgain opens a second Store on the same file, as a second window or
// program would.
func openAgain(t *testing.T, s *sqlite.Store) *sqlite.Store {
	t.Helper()
	other, err := sqlite.Open(s.Path())
	check(t, err)
	t.Cleanup(func() { other.Close() })
	return other
}

// sqlBypass writes to a store's file with plain SQL, for the contract's
// rules about writes behind the store's back; a refusal is mapped to a
// model error as the store maps it.
type sqlBypass struct{}

func (sqlBypass) exec(t *testing.T, s model.Store, stmt string, args ...any) error {
	t.Helper()
	st := s.(*sqlite.Store)
	_, err := rawDB(t, st.Path()).Exec(stmt, args...)
	return st.Fail(err)
}

func (b sqlBypass) SetMeetingPlace(t *testing.T, s model.Store, id int64, place string) error {
	return b.exec(t, s, `UPDATE meetings SET place = ? WHERE id = ?`, place, id)
}

func (b sqlBypass) SetDecisionText(t *testing.T, s model.Store, id int64, text string) error {
	return b.exec(t, s, `UPDATE decisions SET text = ? WHERE id = ?`, text, id)
}

func (b sqlBypass) DeleteDecision(t *testing.T, s model.Store, id int64) error {
	return b.exec(t, s, `DELETE FROM decisions WHERE id = ?`, id)
}

func (b sqlBypass) SetProposalTitle(t *testing.T, s model.Store, id int64, title string) error {
	return b.exec(t, s, `UPDATE proposals SET title = ? WHERE id = ?`, title, id)
}

func (b sqlBypass) DeleteRevision(t *testing.T, s model.Store, proposalID int64, number int) error {
	return b.exec(t, s, `DELETE FROM revisions WHERE proposal_id = ? AND number = ?`, proposalID, number)
}

func (b sqlBypass) SetAuditActor(t *testing.T, s model.Store, seq int64, actor string) error {
	return b.exec(t, s, `UPDATE audit_log SET actor = ? WHERE seq = ?`, actor, seq)
}

func (b sqlBypass) DeleteAuditRow(t *testing.T, s model.Store, seq int64) error {
	return b.exec(t, s, `DELETE FROM audit_log WHERE seq = ?`, seq)
}

func (b sqlBypass) AddFollowUpNote(t *testing.T, s model.Store, proposalID int64, text string) error {
	return b.exec(t, s, `INSERT INTO followup_notes (proposal_id, date, text) VALUES (?, '2026-12-01', ?)`, proposalID, text)
}

func (b sqlBypass) DeleteFollowUpNote(t *testing.T, s model.Store, id int64) error {
	return b.exec(t, s, `DELETE FROM followup_notes WHERE id = ?`, id)
}

func (b sqlBypass) SetJusteringReply(t *testing.T, s model.Store, id int64, reply string) error {
	return b.exec(t, s, `UPDATE justering_notes SET reply = ? WHERE id = ?`, reply, id)
}
