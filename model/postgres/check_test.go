package postgres_test

import (
	"context"
	"testing"
	"time"
)

// A row that would break a foreign key: PostgreSQL refuses it even from
// psql, where SQLite with foreign keys off takes it and the store's check
// reports it. The rest of what check finds is the contract's (storetest,
// PlainSQL).
func TestForeignKeysHoldAgainstPlainSQL(t *testing.T) {
	w, _, _ := signedOffWorld(t)
	db := rawDB(t, w.url)
	wantRefused(t, db, "foreign key", `INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES (999, 1, 'Föräldralös', $1)`,
		time.Now().UTC().Format(time.RFC3339Nano))
	r, err := w.s.Check(context.Background())
	check(t, err)
	if len(r.ForeignKeys) != 0 {
		t.Fatalf("foreign key lines: %q", r.ForeignKeys)
	}
}
