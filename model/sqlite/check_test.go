package sqlite_test

import (
	"context"
	"testing"
	"time"
)

func TestCheckFreshStore(t *testing.T) {
	s := openStore(t)
	r, err := s.Check(context.Background())
	check(t, err)
	if !r.OK() || r.AuditRows != 0 {
		t.Fatalf("fresh store: %+v", r)
	}
}

func TestCheckFindsChanges(t *testing.T) {
	w, _, it := signedOffWorld(t)
	ctx := context.Background()
	r, err := w.s.Check(ctx)
	check(t, err)
	if !r.OK() || r.AuditRows < 10 {
		t.Fatalf("before: %+v", r)
	}
	db := rawDB(t, w.s.Path())
	exec := func(q string, args ...any) {
		t.Helper()
		_, err := db.Exec(q, args...)
		check(t, err)
	}

	// Someone drops the trigger and rewrites row 3.
	exec(`DROP TRIGGER audit_log_update`)
	exec(`UPDATE audit_log SET actor = 'Mallory' WHERE seq = 3`)
	r, err = w.s.Check(ctx)
	check(t, err)
	if r.OK() || r.Chain == nil || r.Chain.Seq != 3 || r.Chain.Reason != "hash" || r.AuditRows != 3 {
		t.Fatalf("changed row 3: %+v %+v", r, r.Chain)
	}
	// Giving the changed row a hash that fits moves the break to the next
	// row, whose link no longer holds.
	all, err := w.s.Audit(ctx, "", "", 0)
	check(t, err)
	row3 := all[len(all)-3]
	if row3.Seq != 3 || row3.Actor != "Mallory" {
		t.Fatalf("row 3 reads %+v", row3)
	}
	exec(`UPDATE audit_log SET hash = ? WHERE seq = 3`, row3.ComputeHash())
	r, err = w.s.Check(ctx)
	check(t, err)
	if r.Chain == nil || r.Chain.Seq != 4 || r.Chain.Reason != "link" {
		t.Fatalf("rehashed row 3: %+v", r.Chain)
	}
	exec(`UPDATE audit_log SET at = 'not a time' WHERE seq = 2`)
	r, err = w.s.Check(ctx)
	check(t, err)
	if r.Chain == nil || r.Chain.Seq != 2 || r.Chain.Reason != "hash" {
		t.Fatalf("bad time in row 2: %+v", r.Chain)
	}

	// Deleting a row is a gap.
	w2, _, _ := signedOffWorld(t)
	db2 := rawDB(t, w2.s.Path())
	_, err = db2.Exec(`DROP TRIGGER audit_log_delete; DELETE FROM audit_log WHERE seq = 5`)
	check(t, err)
	r, err = w2.s.Check(ctx)
	check(t, err)
	if r.Chain == nil || r.Chain.Seq != 6 || r.Chain.Reason != "sequence" {
		t.Fatalf("deleted row 5: %+v", r.Chain)
	}

	// A revision rewritten behind the triggers' back.
	exec(`DROP TRIGGER revisions_update`)
	exec(`UPDATE revisions SET content = replace(content, 'Insats', 'Annan insats') WHERE proposal_id = ?`, it.ProposalID)
	r, err = w.s.Check(ctx)
	check(t, err)
	if len(r.Integrity) != 1 {
		t.Fatalf("rewritten revision: %+v", r.Integrity)
	}

	// A row that breaks a foreign key, written with foreign keys off.
	exec(`INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES (999, 1, 'Föräldralös', ?)`,
		time.Now().UTC().Format(time.RFC3339Nano))
	r, err = w.s.Check(ctx)
	check(t, err)
	if len(r.ForeignKeys) != 1 {
		t.Fatalf("orphan comment: %+v", r.ForeignKeys)
	}
}
