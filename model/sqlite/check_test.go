package sqlite_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A row that breaks a foreign key, written by someone with the sqlite3
// shell (foreign keys are off there), is found by the store's check. The
// rest of what check finds is the contract's (storetest, PlainSQL).
func TestCheckFindsAnOrphanRow(t *testing.T) {
	w, _, _ := signedOffWorld(t)
	db := rawDB(t, w.s.Path())
	_, err := db.Exec(`INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES (999, 1, 'Föräldralös', ?)`,
		time.Now().UTC().Format(time.RFC3339Nano))
	check(t, err)
	r, err := w.s.Check(context.Background())
	check(t, err)
	if len(r.ForeignKeys) != 1 || !strings.HasPrefix(r.ForeignKeys[0], "tabell comments rad 1 pekar på en saknad rad i proposals") {
		t.Fatalf("orphan comment: %q", r.ForeignKeys)
	}
}
