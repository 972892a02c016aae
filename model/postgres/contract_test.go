package postgres_test

import (
	"context"
	"sync"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// The PostgreSQL store keeps the contract every store keeps, each rule on
// a new database of the test cluster.
func TestContract(t *testing.T) {
	urls := &storeURLs{m: map[model.Store]string{}}
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) model.Store {
			s, url := openStore(t)
			urls.set(s, url)
			return s
		},
		Reopen: func(t *testing.T, s model.Store) model.Store {
			other, err := postgres.Open(context.Background(), urls.get(s))
			check(t, err)
			t.Cleanup(func() { other.Close() })
			urls.set(other, urls.get(s))
			return other
		},
		Bypass: sqlBypass{urls},
	})
}

// storeURLs maps each store the harness opened to its database's URL,
// for the contract's rules that run in parallel.
type storeURLs struct {
	mu sync.Mutex
	m  map[model.Store]string
}

func (u *storeURLs) get(s model.Store) string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.m[s]
}

func (u *storeURLs) set(s model.Store, url string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.m[s] = url
}

// sqlBypass writes to a store's database with plain SQL through pgx, as
// psql would, for the contract's rules about writes behind the store's
// back; a refusal is mapped to a model error as the store maps it.
type sqlBypass struct{ urls *storeURLs }

func (b sqlBypass) exec(t *testing.T, s model.Store, stmt string, args ...any) error {
	t.Helper()
	_, err := rawDB(t, b.urls.get(s)).Exec(context.Background(), stmt, args...)
	return s.(*postgres.Store).Fail(err)
}

func (b sqlBypass) SetMeetingPlace(t *testing.T, s model.Store, id int64, place string) error {
	return b.exec(t, s, `UPDATE meetings SET place = $1 WHERE id = $2`, place, id)
}

func (b sqlBypass) SetDecisionText(t *testing.T, s model.Store, id int64, text string) error {
	return b.exec(t, s, `UPDATE decisions SET text = $1 WHERE id = $2`, text, id)
}

func (b sqlBypass) DeleteDecision(t *testing.T, s model.Store, id int64) error {
	return b.exec(t, s, `DELETE FROM decisions WHERE id = $1`, id)
}

func (b sqlBypass) SetProposalTitle(t *testing.T, s model.Store, id int64, title string) error {
	return b.exec(t, s, `UPDATE proposals SET title = $1 WHERE id = $2`, title, id)
}

func (b sqlBypass) DeleteRevision(t *testing.T, s model.Store, proposalID int64, number int) error {
	return b.exec(t, s, `DELETE FROM revisions WHERE proposal_id = $1 AND number = $2`, proposalID, number)
}

func (b sqlBypass) SetAuditActor(t *testing.T, s model.Store, seq int64, actor string) error {
	return b.exec(t, s, `UPDATE audit_log SET actor = $1 WHERE seq = $2`, actor, seq)
}

func (b sqlBypass) DeleteAuditRow(t *testing.T, s model.Store, seq int64) error {
	return b.exec(t, s, `DELETE FROM audit_log WHERE seq = $1`, seq)
}

func (b sqlBypass) AddFollowUpNote(t *testing.T, s model.Store, proposalID int64, text string) error {
	return b.exec(t, s, `INSERT INTO followup_notes (proposal_id, date, text) VALUES ($1, '2026-12-01', $2)`, proposalID, text)
}

func (b sqlBypass) DeleteFollowUpNote(t *testing.T, s model.Store, id int64) error {
	return b.exec(t, s, `DELETE FROM followup_notes WHERE id = $1`, id)
}

func (b sqlBypass) SetJusteringReply(t *testing.T, s model.Store, id int64, reply string) error {
	return b.exec(t, s, `UPDATE justering_notes SET reply = $1 WHERE id = $2`, reply, id)
}
