package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// syncWindow is the main window on s with its background work run at once,
// so a test can look at the tabs as soon as it has chosen a proposal.
func syncWindow(a fyne.App, s model.Store) *MainWindow {
	w := NewMainWindow(a, s)
	runAtOnce := func(f func()) { f() }
	w.background = runAtOnce
	w.detail.setBackground(runAtOnce)
	w.comments.setBackground(runAtOnce)
	return w
}

// handDriven makes the window's detail and comments read in jobs the test
// runs when it chooses, and collects the "Läser …" timers likewise.
type handDriven struct {
	jobs, waits []func()
}

func driveByHand(t *testing.T, w *MainWindow) *handDriven {
	h := &handDriven{}
	run := func(f func()) { h.jobs = append(h.jobs, f) }
	old := afterLoadingDelay
	afterLoadingDelay = func(f func()) { h.waits = append(h.waits, f) }
	t.Cleanup(func() { afterLoadingDelay = old })
	w.background = run
	w.detail.setBackground(run)
	w.comments.setBackground(run)
	return h
}

// A slow reading for the proposal chosen first must not overwrite the one
// chosen after it, whichever ends first.
func TestProposalViewShowsTheNewerSelectionWhenAnOlderLoadEndsLater(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	ctx := context.Background()
	older, err := s.ProposalByRef(ctx, "1.1") // decided, with conditions
	if err != nil {
		t.Fatal(err)
	}
	decisions, err := s.Decisions(ctx, older.ID)
	if err != nil || len(decisions) == 0 {
		t.Fatalf("the demo's 1.1 has no decision: %v", err)
	}
	olderText := decisions[len(decisions)-1].Text
	// The newer choice: a proposal on no agenda, with comments.
	var newer model.Proposal
	for _, p := range demoProposals(t, s) {
		cs, err := s.Comments(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Status == model.StatusDraft && p.ReturnedAt == 0 && len(cs) > 0 && p.ID != older.ID {
			newer = p
			break
		}
	}
	if newer.ID == 0 {
		t.Fatal("the demo has no draft with comments")
	}

	w := NewMainWindow(a, s)
	h := driveByHand(t, w)
	v := w.detail
	w.Select(older.Ref)
	if len(h.jobs) != 1 || len(h.waits) != 1 {
		t.Fatalf("choosing %s started %d readings and %d timers, want 1 and 1 (one reading for every tab)", older.Ref, len(h.jobs), len(h.waits))
	}
	if v.text.String() == "" || !strings.Contains(v.text.String(), older.Title) {
		t.Errorf("the Översikt tab, which needs no reading, is not filled at once")
	}
	w.Select(newer.Ref)
	if len(h.jobs) != 2 || len(h.waits) != 2 {
		t.Fatalf("%d readings and %d timers after the second choice, want 2 and 2", len(h.jobs), len(h.waits))
	}
	if strings.Contains(v.decisions.text.String(), olderText) {
		t.Error("while reading, the Beslut tab still shows the first proposal's decision under the second's title")
	}

	// The reading takes a while: the tabs say so; the first choice's timer
	// no longer counts.
	h.waits[0]()
	if got := v.decisions.text.String(); got != "" {
		t.Errorf("the stale timer wrote %q", got)
	}
	h.waits[1]()
	if got := v.decisions.text.String(); got != "Läser …" {
		t.Errorf("the Beslut tab says %q while reading, want Läser …", got)
	}
	if got := v.history.revisionsText.String(); got != "Läser …" {
		t.Errorf("the Historik tab says %q while reading, want Läser …", got)
	}
	if !w.comments.empty.Visible() || w.comments.empty.Text != "Läser …" {
		t.Errorf("the Kommentarer tab says %q (shown %v) while reading", w.comments.empty.Text, w.comments.empty.Visible())
	}

	// The newer reading ends first, the older one after it.
	h.jobs[1]()
	wantNewer := func(when string) {
		t.Helper()
		if got := v.decisions.text.String(); !strings.Contains(got, "Inga beslut har fattats") || strings.Contains(got, olderText) {
			t.Errorf("%s: the Beslut tab shows %q, want %s's (no decision)", when, got, newer.Ref)
		}
		if v.history.shown.ID != newer.ID || len(v.history.revisions) != newer.Revision {
			t.Errorf("%s: the Historik tab shows proposal %d with %d revisions, want %d with %d",
				when, v.history.shown.ID, len(v.history.revisions), newer.ID, newer.Revision)
		}
		if len(w.comments.comments) == 0 {
			t.Errorf("%s: the Kommentarer tab shows no comments", when)
		}
		for _, c := range w.comments.comments {
			if c.ProposalID != newer.ID {
				t.Errorf("%s: the Kommentarer tab shows comment %d on proposal %d, want %d", when, c.ID, c.ProposalID, newer.ID)
			}
		}
		if w.comments.empty.Visible() {
			t.Errorf("%s: the Kommentarer tab still says %q", when, w.comments.empty.Text)
		}
		if v.shown.ID != newer.ID || !strings.Contains(v.text.String(), newer.Title) {
			t.Errorf("%s: the Översikt tab shows %q", when, v.shown.Ref)
		}
	}
	wantNewer("after the newer reading")
	h.jobs[0]()
	wantNewer("after the older reading ended last")
	// A timer that fires after the reading is shown changes nothing.
	h.waits[1]()
	wantNewer("after a late timer")

	// Choosing the overview makes a reading still under way stale too.
	w.Select(older.Ref)
	w.showOverview()
	h.jobs[len(h.jobs)-1]()
	if v.tabs.Visible() || v.decisions.text.String() != "" {
		t.Errorf("a reading finished after leaving for the overview fills the tabs: %q", v.decisions.text.String())
	}
}

// Reading the shown proposal again (after an edit) keeps what the tabs
// show until the new reading is done, without "Läser …".
func TestProposalViewReloadKeepsTheTabsWhileReading(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := syncWindow(a, demoStore(t))
	w.Select("1.1")
	before := w.detail.decisions.text.String()
	if !strings.Contains(before, "Godkänt med villkor") {
		t.Fatalf("the Beslut tab shows %q", before)
	}
	h := driveByHand(t, w)
	w.Reload()
	if len(h.jobs) == 0 {
		t.Fatal("reloading read nothing")
	}
	if len(h.waits) != 0 {
		t.Errorf("reloading the shown proposal set %d Läser … timers", len(h.waits))
	}
	if got := w.detail.decisions.text.String(); got != before {
		t.Errorf("while reading again the Beslut tab shows %q", got)
	}
	for _, job := range h.jobs {
		job()
	}
	if got := w.detail.decisions.text.String(); got != before {
		t.Errorf("after reading again the Beslut tab shows %q, want %q", got, before)
	}
}

func TestAReturnedProposalSaysWhyItCannotBeMarkedReady(t *testing.T) {
	w, s := editWindow(t)
	var returned model.Proposal
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Status == model.StatusDraft && p.ReturnedAt > 0 && p.Revision <= p.ReturnedAt {
			returned = p
		}
	}
	if returned.ID == 0 {
		t.Fatal("the demo has no proposal returned for rework")
	}
	w.Select(returned.Ref)
	if !strings.Contains(w.detail.text.String(), "Återremitterat: gör kompletteringen i en ny version") || !w.readyBtn.Disabled() {
		t.Errorf("the overview of %s says %q; Markera för beslut disabled %v", returned.Ref, w.detail.text.String(), w.readyBtn.Disabled())
	}
	w.Select(proposalWith(t, s, model.KindIntervention, model.StatusReady).Ref)
	if strings.Contains(w.detail.text.String(), "Återremitterat") {
		t.Error("a ready proposal says it was returned")
	}
}
