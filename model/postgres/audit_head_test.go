package postgres_test

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// A comment leaves no entity that the cross-check of audit rows looks
// for, so only the recorded head of the log finds its row cut off.
func TestCheckFindsTheLastRowCutOffByTheHead(t *testing.T) {
	w := newWorld(t)
	p := w.ready("1.1", "Föräldrastöd")
	if _, err := w.s.AddComment(w.ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.member.ID, Body: "Vem betalar?"}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	before, err := w.s.Check(ctx)
	if err != nil || !before.OK() {
		t.Fatalf("check before: %+v, %v", before, err)
	}

	db := rawDB(t, w.url)
	wantRefused(t, db, "audit_locked", `UPDATE audit_head SET seq = seq - 1`)
	wantRefused(t, db, "audit_locked", `DELETE FROM audit_head`)
	if _, err := db.Exec(context.Background(), `ALTER TABLE audit_log DISABLE TRIGGER USER`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(context.Background(), `DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`); err != nil {
		t.Fatal(err)
	}

	r, err := w.s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.OK() || r.Chain == nil || r.Chain.Reason != "missing" || r.Chain.Seq != before.AuditRows-1 {
		t.Fatalf("check after cutting the last row: %+v, want a missing tail after row %d", r.Chain, before.AuditRows-1)
	}
	if r.Unlogged == "" {
		t.Error("the report does not say what is missing")
	}
}
