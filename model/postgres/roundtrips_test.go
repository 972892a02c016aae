package postgres_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// The shared store answers what the window asks in a fixed number of
// round trips, however much the store holds (make bench times them over
// a slow link; here they are counted, through internal/pgproxy): a
// proposal's tabs are read in one, its comments in one, a comment is
// written in three (begin with the checks, the insert, the rest with the
// commit) and a decision in three, new or replacing one (begin with the
// item and its meeting, the checks with the new decision's id, the rest
// with the commit and the decision read back).
func TestRoundTripsOfTheWindowsActions(t *testing.T) {
	f := newDeciding(t)
	w, m, p, it, s, proxy := f.w, f.m, f.p, f.it, f.s, f.proxy

	trips := func(what string, want int64, f func() error) {
		t.Helper()
		check(t, f()) // prepares the statements: the first time, and
		check(t, f()) // the second, which may take other paths (a replaced decision)
		before := proxy.RoundTrips()
		check(t, f())
		if got := proxy.RoundTrips() - before; got != want {
			t.Errorf("%s took %d round trips, want %d", what, got, want)
		}
	}
	trips("ProposalDetail", 1, func() error { _, err := s.ProposalDetail(context.Background(), p.ID); return err })
	trips("Comments", 1, func() error { _, err := s.Comments(context.Background(), p.ID); return err })
	trips("AddComment", 3, func() error {
		_, err := s.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Hur följs den upp?"})
		return err
	})
	trips("RecordDecision, replacing", 3, func() error {
		_, err := s.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."})
		return err
	})
	n := 1
	trips("RecordDecision, new", 3, func() error {
		n++
		fresh := w.AddItem(m, w.Ready(fmt.Sprintf("1.%d", n), "Insats"))
		d, err := s.RecordDecision(w.Ctx(), fresh.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."})
		if err == nil && (d.ID == 0 || d.ItemID != fresh.ID || d.Outcome != model.OutcomeApproved) {
			t.Errorf("RecordDecision gave back %+v for item %d", d, fresh.ID)
		}
		return err
	})
}
