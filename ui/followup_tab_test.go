package ui

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// followUpDay is the day the follow-up tests run on (fixedFollowUpClock).
var followUpDay = model.NewDate(2026, 12, 10)

// fixedFollowUpClock stands the windows' clock on followUpDay for the
// test.
func fixedFollowUpClock(t *testing.T) {
	old := clock
	clock = func() time.Time { return time.Date(2026, 12, 10, 10, 0, 0, 0, model.Stockholm) }
	t.Cleanup(func() { clock = old })
}

// followUpFake is the fake store with area 1 decided and approved,
// intervention 1.1 approved with two conditions, 1.2 a draft and 1.3
// rejected; 1.1's follow-up is held in current, and what the tab sends is
// kept.
type followUpFake struct {
	*fakeStore
	current model.FollowUp
	saved   []model.FollowUp
	notes   []model.FollowUpNote
	actors  []string
	// saveErr, when set, is SaveFollowUp's and AddFollowUpNote's answer.
	saveErr error
}

func newFollowUpFake() *followUpFake {
	f := &followUpFake{fakeStore: newFakeStore()}
	decided := func(id int64, ref, title string, o model.Outcome) model.Proposal {
		return model.Proposal{ID: id, Revision: 1, Status: model.StatusDecided, Outcome: o,
			Content: model.Content{Ref: ref, Kind: model.KindIntervention, Title: title}}
	}
	f.proposals[0].Status, f.proposals[0].Outcome = model.StatusDecided, model.OutcomeApproved
	f.proposals = append(f.proposals,
		decided(2, "1.1", "Utökade hembesök", model.OutcomeApprovedConditions),
		model.Proposal{ID: 3, Revision: 1, Status: model.StatusDraft,
			Content: model.Content{Ref: "1.2", Kind: model.KindIntervention, Title: "Föräldragrupper"}},
		decided(4, "1.3", "Familjecentral", model.OutcomeRejected))
	f.current = model.FollowUp{ProposalID: 2, Status: model.FollowUpNotStarted,
		Conditions: model.ConditionsOf("1. Regionen bekräftar skriftligen.\n2. Kostnaden ryms i ramen.")}
	f.FollowUpFn = func(_ context.Context, id int64) (model.FollowUp, error) {
		if id != 2 {
			return model.FollowUp{ProposalID: id, Status: model.FollowUpNotStarted}, nil
		}
		return f.current, nil
	}
	f.SaveFollowUpFn = func(ctx context.Context, fu model.FollowUp) (model.FollowUp, error) {
		f.saved = append(f.saved, fu)
		f.actors = append(f.actors, model.ActorFrom(ctx))
		if f.saveErr != nil {
			return model.FollowUp{}, f.saveErr
		}
		fu.Notes = f.current.Notes
		f.current = fu
		return fu, nil
	}
	f.AddFollowUpNoteFn = func(_ context.Context, id int64, n model.FollowUpNote) (model.FollowUp, error) {
		f.notes = append(f.notes, n)
		if f.saveErr != nil {
			return model.FollowUp{}, f.saveErr
		}
		n.ID = int64(len(f.current.Notes) + 1)
		f.current.Notes = append(f.current.Notes, n)
		return f.current, nil
	}
	return f
}

// followUpWindow is the main window on s, as Anna Lindqvist (member 1),
// on followUpDay, showing the proposal ref in the Uppföljning tab.
func followUpWindow(t *testing.T, s model.Store, ref string) *MainWindow {
	t.Helper()
	return followUpWindowAs(t, s, ref, 1)
}

// followUpWindowAs is followUpWindow as the member chosen with id me, or
// as nobody for 0.
func followUpWindowAs(t *testing.T, s model.Store, ref string, me int) *MainWindow {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	fixedFollowUpClock(t)
	a.Preferences().SetInt(memberPreference, me)
	w := syncWindow(a, s)
	w.Window().Resize(fyne.NewSize(1366, 1400))
	w.Select(ref)
	if w.detail.shown.Ref != ref {
		t.Fatalf("shown %q, want %q", w.detail.shown.Ref, ref)
	}
	if hasFollowUp(w.detail.shown) {
		w.detail.tabs.Select(w.detail.followUpTab)
	}
	return w
}

// tabTitles are the titles of the detail's tabs, in order.
func tabTitles(w *MainWindow) []string {
	var out []string
	for _, it := range w.detail.tabs.Items {
		out = append(out, it.Text)
	}
	return out
}

var ctrlEnter = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}

// The Uppföljning tab is there, after Beslut, on an approved proposal
// (with or without conditions) and on none other; shown on one and then
// another without it, the tab chosen goes to Beslut.
func TestFollowUpTabOnlyOnApprovedProposals(t *testing.T) {
	s := demoStore(t)
	w := followUpWindow(t, s, "1.1")
	want := []string{"Översikt", "Evidens", "Kommentarer", "Beslut", "Uppföljning", "Historik"}
	if got := tabTitles(w); !slices.Equal(got, want) {
		t.Fatalf("tabs on 1.1 (approved with conditions) = %v, want %v", got, want)
	}
	if w.detail.tabs.Selected() != w.detail.followUpTab {
		t.Fatal("the Uppföljning tab cannot be chosen")
	}
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	approved, other := 0, 0
	seen := map[string]bool{} // one proposal of each status and outcome
	for _, p := range ps {
		kind := string(p.Status) + "/" + string(p.Outcome)
		if seen[kind] {
			continue
		}
		seen[kind] = true
		w.Select(p.Ref)
		has := slices.Contains(tabTitles(w), "Uppföljning")
		if want := p.Status == model.StatusDecided && p.Outcome.Approves(); has != want {
			t.Errorf("%s (%s, %s): Uppföljning shown %v, want %v", p.Ref, p.Status, p.Outcome, has, want)
		}
		if has {
			approved++
		} else {
			other++
		}
	}
	if approved < 2 || other < 2 {
		t.Fatalf("the demo has %d approved and %d other proposals: too few to tell", approved, other)
	}
	w.Select("1.1")
	w.detail.tabs.Select(w.detail.followUpTab)
	w.Select("1.4") // deferred
	if w.detail.tabs.Selected() != w.detail.decisionsTab {
		t.Errorf("leaving Uppföljning for a proposal without one chose %q, want Beslut", w.detail.tabs.Selected().Text)
	}
}

// End to end on the demo store: the secretary starts the work, sets its
// progress, responsible and review date, marks a condition met and adds a
// note with Ctrl+Enter; the store holds each, the note in the member's
// name on the day, and the tab shows them.
func TestFollowUpTabSavesToTheDemoStore(t *testing.T) {
	s := demoStore(t)
	w := followUpWindow(t, s, "1.1")
	ctx := context.Background()
	me := w.member()
	if me.ID == 0 {
		t.Fatal("no member chosen")
	}
	tab := w.followUp
	if len(tab.conditions) == 0 {
		t.Fatal("1.1 is approved with conditions, but the tab shows none")
	}
	before, err := s.FollowUp(ctx, w.detail.shown.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The demo has started the work and met a condition: the first one
	// not yet met is marked here.
	open := slices.IndexFunc(before.Conditions, func(c model.FollowUpCondition) bool { return !c.Met() })
	if open < 0 {
		t.Fatal("every condition of 1.1 is met in the demo")
	}
	if before.Status != model.FollowUpInProgress {
		tab.status.SetSelected("Pågår")
	}
	tab.progress.SetText("40")
	tab.responsible.SetText("Socialchef Maria Berg")
	tab.review.SetText("1/3/2027")
	test.Tap(tab.conditions[open].check)
	test.Tap(tab.saveBtn)

	f, err := s.FollowUp(ctx, w.detail.shown.ID)
	if err != nil {
		t.Fatal(err)
	}
	if f.Status != model.FollowUpInProgress || f.Progress != 40 || f.Responsible != "Socialchef Maria Berg" ||
		f.ReviewDate != model.NewDate(2027, 3, 1) {
		t.Errorf("stored %s %d%% %q %s, want in progress 40%% Socialchef Maria Berg 2027-03-01",
			f.Status, f.Progress, f.Responsible, f.ReviewDate)
	}
	if c := f.Conditions[open]; c.MetOn != followUpDay || c.MetBy != me.ID {
		t.Errorf("condition %d stored met %s by %d, want %s by %d", open+1, c.MetOn, c.MetBy, followUpDay, me.ID)
	}
	if tab.changed() || !tab.saveBtn.Disabled() {
		t.Error("after the save the tab still has changes to save")
	}
	met := "Uppfyllt 2026-12-10 av " + me.Name
	if !contains(labelsOf(tab.content), met) {
		t.Errorf("the tab does not say %q", met)
	}

	tab.noteEntry.SetText("Första hembesöken är bokade.")
	tab.noteEntry.TypedShortcut(ctrlEnter)
	f, err = s.FollowUp(ctx, w.detail.shown.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := f.Notes[len(f.Notes)-1]
	if last.Text != "Första hembesöken är bokade." || last.AuthorID != me.ID || last.Date != followUpDay {
		t.Errorf("stored note %+v, want the text by %d on %s", last, me.ID, followUpDay)
	}
	if tab.noteEntry.Text != "" {
		t.Errorf("the note field still holds %q", tab.noteEntry.Text)
	}
	shown := labelsOf(tab.content)
	for _, want := range []string{"Första hembesöken är bokade.", "2026-12-10 · " + me.Name} {
		if !contains(shown, want) {
			t.Errorf("the tab does not show %q", want)
		}
	}
}

// Moving the status and the progress saves the FollowUp the model's
// rules make, with Spara and with Ctrl+S in a field; completing sets 100
// and the progress can no longer be typed. Only the moves MoveTo allows
// are offered.
func TestFollowUpTabMovesStatusAndProgress(t *testing.T) {
	f := newFollowUpFake()
	w := followUpWindow(t, f, "1.1")
	tab := w.followUp
	if got, want := tab.status.Options, []string{"Ej påbörjad", "Pågår", "Avbruten"}; !slices.Equal(got, want) {
		t.Errorf("offered %v on a follow-up not started, want %v", got, want)
	}
	if !tab.progress.Disabled() {
		t.Error("the progress can be typed before the work has started")
	}
	tab.status.SetSelected("Pågår")
	if tab.progress.Disabled() {
		t.Fatal("the progress cannot be typed once Pågår is chosen")
	}
	tab.progress.SetText("40")
	test.Tap(tab.saveBtn)
	if len(f.saved) != 1 {
		t.Fatalf("saved %d times, want once", len(f.saved))
	}
	if got := f.saved[0]; got.ProposalID != 2 || got.Status != model.FollowUpInProgress || got.Progress != 40 {
		t.Errorf("saved %+v, want proposal 2 in progress at 40 %%", got)
	}
	if f.actors[0] != "Anna Lindqvist" {
		t.Errorf("saved as %q, want Anna Lindqvist", f.actors[0])
	}
	if got, want := tab.status.Options, []string{"Pågår", "Genomförd", "Avbruten"}; !slices.Equal(got, want) {
		t.Errorf("offered %v in progress, want %v", got, want)
	}

	tab.status.SetSelected("Genomförd")
	if tab.progress.Text != "100" || !tab.progress.Disabled() {
		t.Errorf("completing shows %q (disabled %v), want 100 disabled", tab.progress.Text, tab.progress.Disabled())
	}
	tab.responsible.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if len(f.saved) != 2 {
		t.Fatalf("Ctrl+S in a field saved %d times in all, want 2", len(f.saved))
	}
	if got := f.saved[1]; got.Status != model.FollowUpCompleted || got.Progress != 100 {
		t.Errorf("saved %s at %d %%, want completed at 100", got.Status, got.Progress)
	}
}

// Marking a condition met sends it met today by the member, and says so
// under it before the save; the other condition stays unmet.
func TestFollowUpTabMarksAConditionMetTodayByTheMember(t *testing.T) {
	f := newFollowUpFake()
	w := followUpWindow(t, f, "1.1")
	tab := w.followUp
	if len(tab.conditions) != 2 {
		t.Fatalf("the tab shows %d conditions, want 2", len(tab.conditions))
	}
	if tab.conditions[0].text.Text != "Regionen bekräftar skriftligen." {
		t.Errorf("condition 1 reads %q", tab.conditions[0].text.Text)
	}
	test.Tap(tab.conditions[0].check)
	met := tab.conditions[0].met
	if met.Hidden || met.Text != "Uppfyllt 2026-12-10 av Anna Lindqvist" {
		t.Errorf("under the condition: %q (hidden %v)", met.Text, met.Hidden)
	}
	test.Tap(tab.saveBtn)
	if len(f.saved) != 1 {
		t.Fatalf("saved %d times, want once", len(f.saved))
	}
	c := f.saved[0].Conditions
	if c[0].MetOn != followUpDay || c[0].MetBy != 1 || c[0].Text != "Regionen bekräftar skriftligen." {
		t.Errorf("condition 1 sent as %+v, want met %s by member 1", c[0], followUpDay)
	}
	if c[1].Met() {
		t.Errorf("condition 2 sent met: %+v", c[1])
	}
	if f.saved[0].Status != model.FollowUpNotStarted {
		t.Errorf("marking a condition moved the status to %s", f.saved[0].Status)
	}
}

// Adding a note calls AddFollowUpNote as the member, dated today, and the
// tab shows it with its date and author; an empty note is not sent.
func TestFollowUpTabAddsANoteAsTheMember(t *testing.T) {
	f := newFollowUpFake()
	w := followUpWindow(t, f, "1.1")
	tab := w.followUp
	test.Tap(tab.addNote)
	if len(f.notes) != 0 || tab.noteErr.Hidden {
		t.Errorf("an empty note was sent (%d) or not refused in words", len(f.notes))
	}
	tab.noteEntry.SetText("  Avtalet med regionen är klart. ")
	test.Tap(tab.addNote)
	if len(f.notes) != 1 {
		t.Fatalf("AddFollowUpNote called %d times, want once", len(f.notes))
	}
	n := f.notes[0]
	if n.AuthorID != 1 || n.Date != followUpDay || n.Text != "Avtalet med regionen är klart." {
		t.Errorf("sent %+v, want the trimmed text by member 1 on %s", n, followUpDay)
	}
	shown := labelsOf(tab.content)
	for _, want := range []string{"2026-12-10 · Anna Lindqvist", "Avtalet med regionen är klart."} {
		if !contains(shown, want) {
			t.Errorf("the tab does not show %q", want)
		}
	}
	if len(f.saved) != 0 {
		t.Error("adding a note saved the follow-up too")
	}
}
