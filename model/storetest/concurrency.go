package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// Two Store values on one file, each with writers and readers of its own
// at full speed, all get through: no store_busy reaches anyone, every
// write is there afterwards and the audit chain holds.
func testTwoStoresWriteAtOnce(t *testing.T, h Harness) {
	w := newWorld(t, h)
	stores := []model.Store{w.S, h.Reopen(t, w.S)}
	const comments, revisions = 250, 60
	var drafts []model.Proposal
	for i := range stores {
		drafts = append(drafts, w.Create(model.Content{Ref: fmt.Sprintf("1.%d", i+1), Kind: model.KindIntervention, Title: "Insats"}))
	}
	before, err := w.S.Audit(context.Background(), "", "", 0)
	check(t, err)

	var wg sync.WaitGroup
	errs := make(chan error, 2*(comments+2*revisions))
	for i, s := range stores {
		who := []model.Member{w.Chair, w.Member}[i]
		ctx := model.WithActor(context.Background(), who.Name)
		wg.Add(2)
		go func() { // comments on the area, from both stores
			defer wg.Done()
			for n := range comments {
				_, err := s.AddComment(ctx, model.Comment{ProposalID: w.Area.ID, AuthorID: who.ID,
					Body: fmt.Sprintf("Kommentar %d från fönster %d", n, i)})
				errs <- err
			}
		}()
		go func() { // new revisions of this store's own draft, reading between
			defer wg.Done()
			p := drafts[i]
			for n := range revisions {
				c := p.Content
				c.Summary = fmt.Sprintf("Version %d", n+2)
				var err error
				if p, err = s.UpdateProposal(ctx, p.ID, c, p.Revision); err != nil {
					errs <- err
					return
				}
				_, err = s.Proposals(ctx, model.ProposalFilter{})
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		check(t, err)
	}

	for i, s := range stores {
		cs, err := s.Comments(context.Background(), w.Area.ID)
		check(t, err)
		if len(cs) != 2*comments {
			t.Errorf("store %d sees %d comments, want %d", i, len(cs), 2*comments)
		}
		revs, err := s.Revisions(context.Background(), drafts[i].ID)
		check(t, err)
		if len(revs) != revisions+1 {
			t.Errorf("proposal %s has %d revisions, want %d", drafts[i].Ref, len(revs), revisions+1)
		}
		r, err := s.Check(context.Background())
		check(t, err)
		if want := int64(len(before) + 2*comments + 2*revisions); !r.OK() || r.AuditRows != want {
			t.Errorf("check from store %d: %+v, want OK with %d audit rows", i, r, want)
		}
	}
}

// An edit begun on a revision that someone else has replaced since, in
// another window, is refused with revision_conflict, which names who
// saved and when; nothing of the stale edit is stored, and the edit goes
// through once made again on the new revision.
func testStaleEditFromAnotherStoreIsRefused(t *testing.T, h Harness) {
	w := newWorld(t, h)
	other := h.Reopen(t, w.S)
	p := w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Mentorer i skolan"})

	// Both windows open the proposal at revision 1.
	mine, err := w.S.Proposal(context.Background(), p.ID)
	check(t, err)
	theirs, err := other.Proposal(context.Background(), p.ID)
	check(t, err)

	saved := time.Date(2026, 10, 5, 9, 30, 0, 0, time.Local)
	ctx := model.WithActor(model.WithClock(context.Background(), func() time.Time { return saved }), "Dan Åström")
	c := theirs.Content
	c.Title = "Mentorer i grundskolan"
	theirs, err = other.UpdateProposal(ctx, p.ID, c, theirs.Revision)
	check(t, err)

	c = mine.Content
	c.Summary = "Vuxna mentorer för elever i årskurs 7–9."
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, c, mine.Revision)
	wantCode(t, err, model.EConflict, "revision_conflict")
	msg := model.ErrorMessage(err, model.Swedish)
	for _, want := range []string{"1.1", "Dan Åström", "2026-10-05 09:30"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the message %q does not name %q", msg, want)
		}
	}

	got := w.Proposal(p.ID)
	revs, err := w.S.Revisions(context.Background(), p.ID)
	check(t, err)
	if got.Revision != 2 || len(revs) != 2 || got.Title != "Mentorer i grundskolan" || got.Summary != "" || got.Fingerprint != theirs.Fingerprint {
		t.Fatalf("after the refused edit: revision %d of %d, %q / %q", got.Revision, len(revs), got.Title, got.Summary)
	}

	// Reloaded, the same change goes through on top of theirs.
	c = got.Content
	c.Summary = "Vuxna mentorer för elever i årskurs 7–9."
	got, err = w.S.UpdateProposal(w.Ctx(), p.ID, c, got.Revision)
	check(t, err)
	if got.Revision != 3 || got.Title != "Mentorer i grundskolan" || got.Summary == "" {
		t.Fatalf("after reloading: %+v", got)
	}
	r, err := other.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %+v", r)
	}
}

func testVersionTellsOwnChangesFromOthers(t *testing.T, h Harness) {
	s := h.Open(t)
	other := h.Reopen(t, s)
	ctx := model.WithActor(context.Background(), "Bo Ek")

	v0, mine, err := s.Version(ctx)
	check(t, err)
	if !mine {
		t.Error("an unchanged store counts as changed elsewhere")
	}
	if _, err := s.CreateProposal(ctx, model.Content{Ref: "1", Kind: model.KindArea, Title: "Område"}); err != nil {
		t.Fatal(err)
	}
	v1, mine, err := s.Version(ctx)
	check(t, err)
	if v1 == v0 || !mine {
		t.Errorf("after its own write: version %d (was %d), mine %v", v1, v0, mine)
	}
	v, mine, err := other.Version(ctx)
	check(t, err)
	if v != v1 || mine {
		t.Errorf("the other Store sees version %d (want %d), mine %v", v, v1, mine)
	}
	if _, err := other.CreateProposal(ctx, model.Content{Ref: "2", Kind: model.KindArea, Title: "Område 2"}); err != nil {
		t.Fatal(err)
	}
	v2, mine, err := s.Version(ctx)
	check(t, err)
	if v2 == v1 || mine {
		t.Errorf("after the other's write: version %d (was %d), mine %v", v2, v1, mine)
	}
}
