package postgres_test

import (
	"context"

	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
)

// cutLog disables the audit log's triggers and deletes every row after seq.
func cutLog(t *testing.T, db *pgx.Conn, after int64) {
	t.Helper()
	_, err := db.Exec(context.Background(), `ALTER TABLE audit_log DISABLE TRIGGER USER`)
	check(t, err)
	_, err = db.Exec(context.Background(), `DELETE FROM audit_log WHERE seq > $1`, after)
	check(t, err)
}

// wantMissing checks that the store's check reports rows missing after
// seq, and returns what it names.
func wantMissing(t *testing.T, s interface {
	Check(context.Context) (model.CheckReport, error)
}, seq int64) string {
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
func TestCheckFindsCutOffLog(t *testing.T) {
	w, _, _ := signedOffWorld(t)
	ctx := context.Background()
	all, err := w.s.Audit(ctx, "", "", 0)
	check(t, err)
	db := rawDB(t, w.url)
	for cut := int64(len(all)) - 1; cut >= 0; cut-- {
		cutLog(t, db, cut)
		wantMissing(t, w.s, cut)
	}
}

// Changes whose rows are the last ones are found when those rows go: a
// meeting moved, a decision replaced, a proposal edited, a sign-off.
func TestCheckFindsLostLastChange(t *testing.T) {
	for name, tc := range map[string]struct {
		change func(w *world, m model.Meeting, it model.Item)
		names  string // the beginning of what check names
	}{
		"meeting moved": {func(w *world, m model.Meeting, _ model.Item) {
			m.Place = "Annanstans"
			_, err := w.s.UpdateMeeting(w.Ctx(), m)
			check(w.T, err)
		}, "sammanträde 1 (2026-09-03)"},
		"meeting attendees": {func(w *world, m model.Meeting, _ model.Item) {
			m.Attendees = append(m.Attendees, model.Attendee{Name: "Gäst", Present: true})
			_, err := w.s.UpdateMeeting(w.Ctx(), m)
			check(w.T, err)
		}, "sammanträde 1 (2026-09-03)"},
		"decision replaced": {func(w *world, _ model.Meeting, it model.Item) {
			w.Decide(it, model.OutcomeRejected)
		}, "beslut 1 (förslag 1.1)"},
		"proposal edited": {func(w *world, _ model.Meeting, _ model.Item) {
			p := w.Proposal(w.Area.ID)
			c := p.Content
			c.Summary = "Ny text"
			_, err := w.s.UpdateProposal(w.Ctx(), p.ID, c, p.Revision)
			check(w.T, err)
		}, "version 2 av förslag 1"},
		"chair signed": {func(w *world, m model.Meeting, _ model.Item) {
			_, err := w.s.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair})
			check(w.T, err)
		}, "justering (ordförande) av sammanträde 1 (2026-09-03)"},
	} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t)
			m := w.AddMeeting(start.Add(48 * time.Hour))
			it := w.AddItem(m, w.Ready("1.1", "Insats"))
			w.Decide(it, model.OutcomeApproved)
			m, err := w.s.Meeting(context.Background(), m.ID)
			check(t, err)
			tc.change(w, m, it)
			r, err := w.s.Check(context.Background())
			check(t, err)
			if !r.OK() {
				t.Fatalf("check before the cut: %+v %+v", r, r.Chain)
			}
			cutLog(t, rawDB(t, w.url), r.AuditRows-1)
			if got := wantMissing(t, w.s, r.AuditRows-1); got != tc.names {
				t.Errorf("names %q, want %q", got, tc.names)
			}
		})
	}
}

// A comment leaves no entity that the cross-check of audit rows looks
// for, so only the recorded head of the log finds its row cut off.
func TestCheckFindsTheLastRowCutOffByTheHead(t *testing.T) {
	w := newWorld(t)
	p := w.Ready("1.1", "Föräldrastöd")
	if _, err := w.s.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Vem betalar?"}); err != nil {
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
