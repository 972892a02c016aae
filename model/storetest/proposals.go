package storetest

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func testProposalRoundTrip(t *testing.T, h Harness) {
	w := newWorld(t, h)
	c := fullContent("1.2")
	ctx := w.Clock.At("Samverkansteamet")
	p, err := w.S.CreateProposal(ctx, c)
	check(t, err)
	want := c.Normalize()
	if !reflect.DeepEqual(p.Content, want) {
		t.Fatalf("content\n got %#v\nwant %#v", p.Content, want)
	}
	if p.Title != "Föräldraskapsstöd i förskolan" || p.Summary != "Stöd till föräldrar\nmed små barn." || len(p.RiskFactors) != 1 {
		t.Errorf("not normalised: %q %q %q", p.Title, p.Summary, p.RiskFactors)
	}
	if p.Status != model.StatusDraft || p.Revision != 1 || p.Outcome != "" || p.ReturnedAt != 0 || p.Locked {
		t.Errorf("state %s rev %d outcome %q returned %d locked %v", p.Status, p.Revision, p.Outcome, p.ReturnedAt, p.Locked)
	}
	if !p.CreatedAt.Equal(w.Clock.Last()) || !p.UpdatedAt.Equal(w.Clock.Last()) || p.UpdatedBy != "Samverkansteamet" {
		t.Errorf("stamped %v %v %q, want %v", p.CreatedAt, p.UpdatedAt, p.UpdatedBy, w.Clock.Last())
	}
	if p.Cost.Swedish() != "1\u00a0250\u00a0000,50\u00a0kr" {
		t.Errorf("cost %q", p.Cost.Swedish())
	}

	byID, err := w.S.Proposal(context.Background(), p.ID)
	check(t, err)
	byRef, err := w.S.ProposalByRef(context.Background(), " 1.2 ")
	check(t, err)
	for _, got := range []model.Proposal{byID, byRef} {
		if !reflect.DeepEqual(got, p) {
			t.Fatalf("read back\n got %#v\nwant %#v", got, p)
		}
	}
	rev, err := w.S.Revision(context.Background(), p.ID, 1)
	check(t, err)
	if rev.Fingerprint != model.Fingerprint(c) || !reflect.DeepEqual(rev.Content, want) || rev.CreatedBy != "Samverkansteamet" {
		t.Fatalf("revision 1: %+v", rev)
	}
}

func testProposalNotFound(t *testing.T, h Harness) {
	s := h.Open(t)
	_, err := s.Proposal(context.Background(), 999)
	wantCode(t, err, model.ENotFound, "not_found")
	if got := model.ErrorMessage(err, model.Swedish); got != "Hittade inte förslag 999." {
		t.Errorf("Swedish message %q", got)
	}
	if got := model.ErrorMessage(err, model.English); got != "Could not find proposal 999." {
		t.Errorf("English message %q", got)
	}
	_, err = s.ProposalByRef(context.Background(), "4.4")
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = s.MarkReady(context.Background(), 999)
	wantCode(t, err, model.ENotFound, "not_found")
}

func testCreateProposalRefusals(t *testing.T, h Harness) {
	w := newWorld(t, h)
	w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Första"})
	_, err := w.S.CreateProposal(w.Ctx(), model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Igen"})
	wantCode(t, err, model.EConflict, "ref_exists")
	_, err = w.S.CreateProposal(w.Ctx(), model.Content{Ref: "7.1", Kind: model.KindIntervention, Title: "Utan område"})
	wantCode(t, err, model.EInvalid, "area_missing")
	_, err = w.S.CreateProposal(w.Ctx(), model.Content{Ref: "2", Kind: model.KindArea, Title: "   "})
	wantCode(t, err, model.EInvalid, "title_required")
	ps, err := w.S.Proposals(context.Background(), model.ProposalFilter{})
	check(t, err)
	if len(ps) != 2 {
		t.Fatalf("%d proposals after refusals, want 2", len(ps))
	}
}

func testUpdateProposal(t *testing.T, h Harness) {
	w := newWorld(t, h)
	w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Annan"})
	p := w.Create(fullContent("1.2"))
	c := p.Content
	c.Title = "Föräldraskapsstöd i förskola och skola"
	c.Cost = model.Kronor(900000)
	ctx := w.Clock.At("Cecilia Öberg")
	edited := w.Clock.Last()
	p2, err := w.S.UpdateProposal(ctx, p.ID, c, 1)
	check(t, err)
	if p2.Revision != 2 || p2.Title != c.Title || p2.Cost != c.Cost || p2.UpdatedBy != "Cecilia Öberg" {
		t.Fatalf("after update: %+v", p2)
	}

	audit, err := w.S.Audit(context.Background(), "", "", 0)
	check(t, err)
	if audit[0].Action != "proposal.update" || !strings.Contains(audit[0].Detail, `"changed":["title","cost"]`) {
		t.Errorf("audit row %+v", audit[0])
	}

	// The same content, typed differently, makes no revision and no row.
	same := c
	same.Title = "  " + c.Title + "\r\n"
	p3, err := w.S.UpdateProposal(w.Ctx(), p.ID, same, 2)
	check(t, err)
	again, err := w.S.Audit(context.Background(), "", "", 0)
	check(t, err)
	if p3.Revision != 2 || len(again) != len(audit) {
		t.Errorf("unchanged content: revision %d, audit %d rows (was %d)", p3.Revision, len(again), len(audit))
	}

	// An edit begun on revision 1 conflicts with revision 2.
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, fullContent("1.2"), 1)
	wantCode(t, err, model.EConflict, "revision_conflict")
	msg := model.ErrorMessage(err, model.Swedish)
	when := edited.In(time.Local).Format("2006-01-02 15:04")
	if !strings.Contains(msg, "1.2") || !strings.Contains(msg, "Cecilia Öberg") || !strings.Contains(msg, when) {
		t.Errorf("conflict message %q lacks ref, who or %s", msg, when)
	}

	// The ref may change, if it stays unique and under an area.
	moved := p2.Content
	moved.Ref = "1.1"
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, moved, 2)
	wantCode(t, err, model.EConflict, "ref_exists")
	moved.Ref = "5.1"
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, moved, 2)
	wantCode(t, err, model.EInvalid, "area_missing")
	moved.Ref = "1"
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, moved, 2)
	wantCode(t, err, model.EInvalid, "kind_mismatch")
	moved.Ref = "1.7"
	p4, err := w.S.UpdateProposal(w.Ctx(), p.ID, moved, 2)
	check(t, err)
	if p4.Ref != "1.7" || p4.Revision != 3 {
		t.Errorf("moved: %s rev %d", p4.Ref, p4.Revision)
	}
	if _, err := w.S.ProposalByRef(context.Background(), "1.2"); model.ErrorCode(err) != model.ENotFound {
		t.Errorf("old ref still found: %v", err)
	}
}

func testProposalStateMoves(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Insats"})
	_, err := w.S.MarkDraft(w.Ctx(), p.ID)
	wantCode(t, err, model.EState, "move_not_allowed")
	p, err = w.S.MarkReady(w.Ctx(), p.ID)
	check(t, err)
	if p.Status != model.StatusReady {
		t.Fatalf("status %s", p.Status)
	}
	_, err = w.S.MarkReady(w.Ctx(), p.ID)
	wantCode(t, err, model.EState, "move_not_allowed")
	p, err = w.S.MarkDraft(w.Ctx(), p.ID)
	check(t, err)
	if p.Status != model.StatusDraft {
		t.Fatalf("status %s", p.Status)
	}
	p, err = w.S.Withdraw(w.Ctx(), p.ID)
	check(t, err)
	if p.Status != model.StatusWithdrawn {
		t.Fatalf("status %s", p.Status)
	}
	_, err = w.S.Withdraw(w.Ctx(), p.ID)
	wantCode(t, err, model.EState, "move_not_allowed")
	_, err = w.S.MarkReady(w.Ctx(), p.ID)
	wantCode(t, err, model.EState, "move_not_allowed")
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Ny"}, p.Revision)
	wantCode(t, err, model.EState, "proposal_withdrawn")

	rows, err := w.S.Audit(context.Background(), "proposal", "", 0)
	check(t, err)
	var actions []string
	for _, r := range rows {
		actions = append(actions, r.Action)
	}
	want := []string{"proposal.withdraw", "proposal.draft", "proposal.ready", "proposal.create", "proposal.create"}
	if !slices.Equal(actions, want) {
		t.Errorf("audit %v, want %v", actions, want)
	}
}

func testProposalsSortedAndFiltered(t *testing.T, h Harness) {
	w := newWorld(t, h)
	for _, ref := range []string{"10", "2"} {
		w.Create(model.Content{Ref: ref, Kind: model.KindArea, Title: "Område " + ref})
	}
	full := w.Create(fullContent("2.10"))
	w.Create(model.Content{Ref: "2.1", Kind: model.KindIntervention, Title: "Insats", PreventionLevel: model.Selective,
		ProblemAreas: []model.ProblemArea{model.Crime}, Responsible: "Skolan"})
	ready := w.Ready("1.3", "Klar")
	ctx := context.Background()

	ps, err := w.S.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	var refs []string
	for _, p := range ps {
		refs = append(refs, p.Ref)
	}
	if want := []string{"1", "1.3", "2", "2.1", "2.10", "10"}; !slices.Equal(refs, want) {
		t.Fatalf("order %v, want %v", refs, want)
	}

	for name, tc := range map[string]struct {
		f    model.ProposalFilter
		want []int64
	}{
		"status":      {model.ProposalFilter{Status: model.StatusReady}, []int64{ready.ID}},
		"star":        {model.ProposalFilter{ProblemArea: model.Violence}, []int64{full.ID}},
		"level":       {model.ProposalFilter{PreventionLevel: model.Universal}, []int64{full.ID}},
		"responsible": {model.ProposalFilter{Responsible: "Socialförvaltningen"}, []int64{full.ID}},
		"ids":         {model.ProposalFilter{IDs: []int64{ready.ID, full.ID}}, []int64{ready.ID, full.ID}},
		"no ids":      {model.ProposalFilter{IDs: []int64{}}, nil},
		"both":        {model.ProposalFilter{Status: model.StatusDraft, IDs: []int64{ready.ID, full.ID}}, []int64{full.ID}},
	} {
		ps, err := w.S.Proposals(ctx, tc.f)
		check(t, err)
		var got []int64
		for _, p := range ps {
			got = append(got, p.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", name, got, tc.want)
		}
	}
}
