package postgres_test

import (
	"context"

	"github.com/jackc/pgx/v5"
	"testing"
	"time"

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
			_, err := w.s.UpdateMeeting(w.ctx(), m)
			check(w.t, err)
		}, "sammanträde 1 (2026-09-03)"},
		"meeting attendees": {func(w *world, m model.Meeting, _ model.Item) {
			m.Attendees = append(m.Attendees, model.Attendee{Name: "Gäst", Present: true})
			_, err := w.s.UpdateMeeting(w.ctx(), m)
			check(w.t, err)
		}, "sammanträde 1 (2026-09-03)"},
		"decision replaced": {func(w *world, _ model.Meeting, it model.Item) {
			w.decide(it, model.OutcomeRejected)
		}, "beslut 1 (förslag 1.1)"},
		"proposal edited": {func(w *world, _ model.Meeting, _ model.Item) {
			p := w.proposal(w.area.ID)
			c := p.Content
			c.Summary = "Ny text"
			_, err := w.s.UpdateProposal(w.ctx(), p.ID, c, p.Revision)
			check(w.t, err)
		}, "version 2 av förslag 1"},
		"chair signed": {func(w *world, m model.Meeting, _ model.Item) {
			_, err := w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.chair.ID, Role: model.RoleChair})
			check(w.t, err)
		}, "justering (ordförande) av sammanträde 1 (2026-09-03)"},
	} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t)
			m := w.meeting(start.Add(48 * time.Hour))
			it := w.addItem(m, w.ready("1.1", "Insats"))
			w.decide(it, model.OutcomeApproved)
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

// A history with every kind of write checks clean: the check finds no
// missing row where none is missing.
func TestCheckCleanAfterLongHistory(t *testing.T) {
	w := newWorld(t)
	first := w.meeting(start.Add(48 * time.Hour))
	a := w.addItem(first, w.ready("1.1", "A"))
	b := w.addItem(first, w.ready("1.2", "B"))
	c := w.addItem(first, w.ready("1.3", "C"))
	w.decide(a, model.OutcomeReturned)
	w.decide(a, model.OutcomeDeferred)
	w.decide(b, model.OutcomeApprovedConditions)
	w.decide(c, model.OutcomeApproved)
	check(t, w.s.RemoveItem(w.ctx(), c.ID))
	m, err := w.s.Meeting(context.Background(), first.ID)
	check(t, err)
	m.Place, m.EndsAt, m.SignOffPlace, m.SignOffDate = "Kommunhuset", m.StartsAt.Add(2*time.Hour), "Kansliet", model.NewDate(2026, 9, 10)
	m.Attendees = append(m.Attendees, model.Attendee{MemberID: w.member.ID, Present: true, Decides: true})
	_, err = w.s.UpdateMeeting(w.ctx(), m)
	check(t, err)
	_, err = w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.chair.ID, Role: model.RoleChair,
		SignedAt: time.Date(2026, 9, 10, 9, 0, 0, 0, time.FixedZone("CEST", 2*3600))})
	check(t, err)
	w.clk.reach(time.Date(2026, 9, 10, 8, 0, 0, 0, time.UTC)) // the adjuster signs off after the chair
	_, err = w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.adjuster.ID, Role: model.RoleAdjuster, Signer: "CN=Cecilia"})
	check(t, err)
	second := w.meeting(start.Add(40 * 24 * time.Hour))
	w.decide(w.addItem(second, w.proposal(a.ProposalID)), model.OutcomeWithdrawn)
	w.decide(w.addItem(second, w.proposal(c.ProposalID)), model.OutcomeRejected)
	w.signOff(second)
	cm, err := w.s.AddComment(w.ctx(), model.Comment{ProposalID: a.ProposalID, AuthorID: w.member.ID, Body: "Bra."})
	check(t, err)
	_, err = w.s.ResolveComment(w.ctx(), cm.ID, w.chair.ID, true)
	if err != nil && model.ErrorCode(err) != model.ELocked {
		t.Fatal(err)
	}
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() || r.Unlogged != "" {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}
