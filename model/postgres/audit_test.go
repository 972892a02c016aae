package postgres_test

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestAuditLog(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	p := w.ready("1.1", "Insats")
	c := p.Content
	c.Summary = "Ny sammanfattning"
	ctx := w.clk.at("Cecilia Öberg")
	edited := w.clk.last()
	_, err := w.s.UpdateProposal(ctx, p.ID, c, 1)
	check(t, err)
	it := w.addItem(m, w.proposal(p.ID))
	w.decide(it, model.OutcomeApproved)
	w.signOff(m)

	all, err := w.s.Audit(context.Background(), "", "", 0)
	check(t, err)
	if model.VerifyChain(reversed(all)) != nil {
		t.Fatal("the chain does not verify")
	}
	for i, e := range all {
		if e.Seq != int64(len(all)-i) {
			t.Fatalf("row %d has seq %d: not newest first", i, e.Seq)
		}
	}
	var update model.AuditEntry
	for _, e := range all {
		if e.Action == "proposal.update" {
			update = e
		}
	}
	if update.Actor != "Cecilia Öberg" || !update.At.Equal(edited) || update.Entity != "proposal" ||
		update.EntityID != strconv.FormatInt(p.ID, 10) {
		t.Errorf("update row %+v", update)
	}

	history, err := w.s.Audit(context.Background(), "proposal", strconv.FormatInt(p.ID, 10), 0)
	check(t, err)
	want := []string{"decision.record", "item.add", "proposal.update", "proposal.ready", "proposal.create"}
	if got := actions(history); !slices.Equal(got, want) {
		t.Errorf("proposal history %v, want %v", got, want)
	}
	minutes, err := w.s.Audit(context.Background(), "meeting", strconv.FormatInt(m.ID, 10), 0)
	check(t, err)
	want = []string{"meeting.signed_off", "meeting.sign_off", "meeting.sign_off", "decision.record", "item.add", "meeting.create"}
	if got := actions(minutes); !slices.Equal(got, want) {
		t.Errorf("meeting history %v, want %v", got, want)
	}
	three, err := w.s.Audit(context.Background(), "", "", 3)
	check(t, err)
	if len(three) != 3 || three[0].Seq != all[0].Seq {
		t.Errorf("limit 3: %+v", three)
	}
	none, err := w.s.Audit(context.Background(), "proposal')--", "1", 0)
	check(t, err)
	if len(none) != 0 {
		t.Errorf("odd entity found %d rows", len(none))
	}

	db := rawDB(t, w.url)
	wantRefused(t, db, "audit log cannot be changed", `UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1`)
	wantRefused(t, db, "audit log cannot be changed", `DELETE FROM audit_log WHERE seq = 1`)
}

func reversed(es []model.AuditEntry) []model.AuditEntry {
	out := slices.Clone(es)
	slices.Reverse(out)
	return out
}

func actions(es []model.AuditEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Action)
	}
	return out
}

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
