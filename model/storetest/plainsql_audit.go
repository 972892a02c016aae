package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// cutLog takes the audit log's guards away and deletes every row after
// seq.
func cutLog(db sqlConn, after int64) {
	db.t.Helper()
	db.mustDropGuards("audit_log")
	db.must(`DELETE FROM audit_log WHERE seq > $1`, after)
}

// wantMissing checks that the store's check reports rows missing after
// seq, and returns what it names.
func wantMissing(t *testing.T, s model.Store, seq int64) string {
	t.Helper()
	r, err := s.Check(context.Background())
	check(t, err)
	if r.OK() || r.Chain == nil || r.Chain.Reason != "missing" || r.Chain.Seq != seq || r.AuditRows != seq || r.Unlogged == "" {
		t.Fatalf("log cut after row %d: check %+v, chain %+v", seq, r, r.Chain)
	}
	return r.Unlogged
}

// Rows cut off the end of the audit log leave no gap in the chain, but
// what the store holds names them: every cut is found, down to none.
func testCheckFindsCutOffLog(t *testing.T, h Harness) {
	w, _, _ := signedOffWorld(t, h)
	all, err := w.S.Audit(context.Background(), "", "", 0)
	check(t, err)
	db := connect(t, h, w)
	for cut := int64(len(all)) - 1; cut >= 0; cut-- {
		cutLog(db, cut)
		wantMissing(t, w.S, cut)
	}
}

// Changes whose rows are the last ones are found when those rows go: a
// meeting moved, a decision replaced, a proposal edited, a sign-off.
func testCheckFindsLostLastChange(t *testing.T, h Harness) {
	for name, tc := range map[string]struct {
		change func(w *World, m model.Meeting, it model.Item)
		names  string // the beginning of what check names
	}{
		"meeting moved": {func(w *World, m model.Meeting, _ model.Item) {
			m.Place = "Annanstans"
			_, err := w.S.UpdateMeeting(w.Ctx(), m)
			check(w.T, err)
		}, "sammanträde 1 (2026-09-03)"},
		"meeting attendees": {func(w *World, m model.Meeting, _ model.Item) {
			m.Attendees = append(m.Attendees, model.Attendee{Name: "Gäst", Present: true})
			_, err := w.S.UpdateMeeting(w.Ctx(), m)
			check(w.T, err)
		}, "sammanträde 1 (2026-09-03)"},
		"decision replaced": {func(w *World, _ model.Meeting, it model.Item) {
			w.Decide(it, model.OutcomeRejected)
		}, "beslut 1 (förslag 1.1)"},
		"proposal edited": {func(w *World, _ model.Meeting, _ model.Item) {
			p := w.Proposal(w.Area.ID)
			c := p.Content
			c.Summary = "Ny text"
			_, err := w.S.UpdateProposal(w.Ctx(), p.ID, c, p.Revision)
			check(w.T, err)
		}, "version 2 av förslag 1"},
		"chair signed": {func(w *World, m model.Meeting, _ model.Item) {
			_, err := w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair})
			check(w.T, err)
		}, "justering (ordförande) av sammanträde 1 (2026-09-03)"},
	} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t, h)
			m := w.AddMeeting(Start.Add(48 * time.Hour))
			it := w.AddItem(m, w.Ready("1.1", "Insats"))
			w.Decide(it, model.OutcomeApproved)
			m, err := w.S.Meeting(context.Background(), m.ID)
			check(t, err)
			tc.change(w, m, it)
			r, err := w.S.Check(context.Background())
			check(t, err)
			if !r.OK() {
				t.Fatalf("check before the cut: %+v %+v", r, r.Chain)
			}
			cutLog(connect(t, h, w), r.AuditRows-1)
			if got := wantMissing(t, w.S, r.AuditRows-1); got != tc.names {
				t.Errorf("names %q, want %q", got, tc.names)
			}
		})
	}
}

// A comment leaves no entity that the cross-check of audit rows looks
// for, so only the recorded head of the log finds its row cut off.
func testCheckFindsTheLastRowCutOffByTheHead(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Ready("1.1", "Föräldrastöd")
	if _, err := w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Vem betalar?"}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	before, err := w.S.Check(ctx)
	if err != nil || !before.OK() {
		t.Fatalf("check before: %+v, %v", before, err)
	}

	db := connect(t, h, w)
	db.refused("audit_locked", `UPDATE audit_head SET seq = seq - 1`)
	db.refused("audit_locked", `DELETE FROM audit_head`)
	db.mustDropGuards("audit_log")
	db.must(`DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`)

	r, err := w.S.Check(ctx)
	check(t, err)
	if r.OK() || r.Chain == nil || r.Chain.Reason != "missing" || r.Chain.Seq != before.AuditRows-1 {
		t.Fatalf("check after cutting the last row: %+v, want a missing tail after row %d", r.Chain, before.AuditRows-1)
	}
	if r.Unlogged == "" {
		t.Error("the report does not say what is missing")
	}
}
