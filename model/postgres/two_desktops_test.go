package postgres_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// Two desktops on one server, each with a Store (a pool) of its own,
// write at once: each member comments, each imports proposals of its own
// and the secretary records a decision meanwhile. Nothing is lost, both
// see the same, and the audit log is one whole chain.
func TestTwoDesktopsWriteAtOnce(t *testing.T) {
	a, url := openStore(t)
	b := openAgain(t, url)
	w := storetest.NewWorld(t, a)
	m := w.AddMeeting(start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	w.During(it.ID)
	decideCtx := w.Ctx()
	const comments, interventions = 50, 40

	var wg sync.WaitGroup
	errs := make(chan error, 2*comments+3)
	for i, s := range []*postgres.Store{a, b} {
		who := []model.Member{w.Chair, w.Member}[i]
		ctx := model.WithActor(context.Background(), who.Name)
		wg.Add(2)
		go func() {
			defer wg.Done()
			for n := range comments {
				_, err := s.AddComment(ctx, model.Comment{ProposalID: w.Area.ID, AuthorID: who.ID,
					Body: fmt.Sprintf("Kommentar %d från skrivbord %d", n, i)})
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			errs <- s.Import(w.Clock.At(w.Secretary.Name), importArea(fmt.Sprint(i+2), interventions+1), nil)
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, err := b.RecordDecision(decideCtx, it.ID, model.Decision{Outcome: model.OutcomeApproved,
			Text: model.DefaultDecisionText(model.OutcomeApproved, model.Swedish)})
		errs <- err
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		check(t, err)
	}

	var reports []model.CheckReport
	for i, s := range []*postgres.Store{a, b} {
		ctx := context.Background()
		cs, err := s.Comments(ctx, w.Area.ID)
		check(t, err)
		if len(cs) != 2*comments {
			t.Errorf("desktop %d sees %d comments, want %d", i, len(cs), 2*comments)
		}
		ps, err := s.Proposals(ctx, model.ProposalFilter{})
		check(t, err)
		imported := map[string]int{}
		for _, p := range ps { // each area with its interventions
			area := p.AreaRef()
			if p.Kind == model.KindArea {
				area = p.Ref
			}
			imported[area]++
		}
		for _, area := range []string{"2", "3"} {
			if imported[area] != interventions+1 {
				t.Errorf("desktop %d sees %d proposals of area %s's import, want %d", i, imported[area], area, interventions+1)
			}
		}
		ds, err := s.Decisions(ctx, it.ProposalID)
		check(t, err)
		if len(ds) != 1 || ds[0].Outcome != model.OutcomeApproved {
			t.Errorf("desktop %d sees the decisions %+v, want one approval", i, ds)
		}
		r, err := s.Check(ctx)
		check(t, err)
		if !r.OK() {
			t.Errorf("check from desktop %d: %+v", i, r)
		}
		reports = append(reports, r)
	}
	log, err := a.Audit(context.Background(), "", "", 0)
	check(t, err)
	if reports[0].AuditRows != int64(len(log)) || reports[1].AuditRows != reports[0].AuditRows {
		t.Errorf("the desktops' checks walk %d and %d audit rows of %d", reports[0].AuditRows, reports[1].AuditRows, len(log))
	}
	for i, e := range log { // newest first, numbered without a gap
		if want := int64(len(log) - i); e.Seq != want {
			t.Fatalf("audit row %d has seq %d, want %d: the log is not one chain", i, e.Seq, want)
		}
	}
}

// Two desktops edit the same proposal from the same revision: the one
// that saves second gets a conflict (which the edit form turns into its
// merge), never an overwrite of the first one's revision; both saving at
// once, exactly one gets through.
func TestTwoDesktopsAStaleEditIsAConflict(t *testing.T) {
	a, url := openStore(t)
	b := openAgain(t, url)
	w := storetest.NewWorld(t, a)
	p := w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Insats"})
	onB, err := b.Proposal(context.Background(), p.ID)
	check(t, err)

	mine := p.Content
	mine.Title = "Insats enligt A"
	_, err = a.UpdateProposal(w.Ctx(), p.ID, mine, p.Revision)
	check(t, err)
	theirs := onB.Content
	theirs.Title = "Insats enligt B"
	_, err = b.UpdateProposal(w.Ctx(), onB.ID, theirs, onB.Revision)
	wantCode(t, err, model.EConflict, "revision_conflict")
	now, err := b.Proposal(context.Background(), p.ID)
	check(t, err)
	if now.Title != "Insats enligt A" || now.Revision != 2 {
		t.Errorf("after the stale edit the proposal is revision %d %q, want 2 %q", now.Revision, now.Title, mine.Title)
	}

	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, s := range []*postgres.Store{a, b} {
		c := now.Content
		c.Summary = fmt.Sprintf("Sammanfattning från skrivbord %d", i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.UpdateProposal(model.WithActor(context.Background(), w.Secretary.Name), p.ID, c, now.Revision)
		}()
	}
	wg.Wait()
	saved := 0
	for _, err := range errs {
		if err == nil {
			saved++
			continue
		}
		wantCode(t, err, model.EConflict, "revision_conflict")
	}
	revs, err := a.Revisions(context.Background(), p.ID)
	check(t, err)
	if saved != 1 || len(revs) != 3 {
		t.Errorf("saving at once from one revision: %d saved (%v), %d revisions; want 1 and 3", saved, errs, len(revs))
	}
}
