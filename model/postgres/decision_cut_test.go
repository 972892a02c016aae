package postgres_test

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// A decision whose link goes away before any of its three round trips
// (the last carries the COMMIT and the read-back, Tx.QueryLater) is not
// stored, and says so; on the link back the same Store records it, and
// gives it back as stored, new and then replacing it.
func TestDecisionCutBeforeEachRoundTripIsNotStored(t *testing.T) {
	f := newDeciding(t)
	direct, w, p, it, s, proxy := f.direct, f.w, f.p, f.it, f.s, f.proxy

	ctx := context.Background()
	decisions := func() []model.Decision {
		t.Helper()
		ds, err := direct.Decisions(ctx, p.ID)
		check(t, err)
		return ds
	}
	audit := func() int {
		t.Helper()
		es, err := direct.Audit(ctx, "", "", 0)
		check(t, err)
		return len(es)
	}
	for _, text := range []string{"Godkänt.", "Godkänt med ändrad text."} {
		before, rows := decisions(), audit()
		for n := range int64(3) {
			// A read first, so that the cut counts the decision's round
			// trips on a connection already open, not a new one's.
			_, err := s.ProposalDetail(ctx, p.ID)
			check(t, err)
			proxy.CutAfter(n)
			_, err = s.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: text})
			down := proxy.Down()
			proxy.Resume()
			if !down {
				t.Fatalf("%q: the decision took fewer than %d round trips", text, n+1)
			}
			if err == nil {
				t.Fatalf("%q, cut after %d round trips: no error", text, n)
			}
			if got := decisions(); len(got) != len(before) || len(got) > 0 && got[0].Text != before[0].Text {
				t.Errorf("%q, cut after %d round trips (%v): decisions %+v, want %+v", text, n, err, got, before)
			}
			if got := audit(); got != rows {
				t.Errorf("%q, cut after %d round trips: %d audit rows, want %d", text, n, got, rows)
			}
		}
		d, err := s.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: text})
		check(t, err)
		got := decisions()
		if len(got) != 1 || d.ID != got[0].ID || d.Text != text || got[0].Text != text || d.ItemID != it.ID {
			t.Errorf("recorded %+v; stored %+v", d, got)
		}
	}
}
