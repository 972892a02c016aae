package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// The Uppföljning tab's rights and refusals: a member's, a closed
// follow-up's, the store's errors, a save under way, and a user who has
// not said who they are.

// A member without the secretary's rights on a shared store sees the
// status, progress, responsible, review date and conditions read-only,
// with a line that says why, and adds notes as themselves.
func TestFollowUpTabMemberAddsNotesOnly(t *testing.T) {
	f := newFollowUpFake()
	s := signedInFake{f.fakeStore, &mock.SignedInStore{
		SignedInFn: func(context.Context) (model.Member, bool, error) { return f.people[1], true, nil },
		RightsFn:   func(context.Context) (model.Rights, error) { return model.Rights{}, nil },
	}}
	w := followUpWindow(t, s, "1.1")
	tab := w.followUp
	for name, d := range map[string]interface{ Disabled() bool }{"status": tab.status, "progress": tab.progress,
		"responsible": tab.responsible, "review": tab.review, "condition": tab.conditions[0].check} {
		if !d.Disabled() {
			t.Errorf("a member can change the %s", name)
		}
	}
	if tab.saveBtn.Visible() {
		t.Error("a member is offered Spara")
	}
	if tab.fields.Visible() || !tab.facts.content.Visible() || tab.facts.status.Text != "Ej påbörjad" || tab.facts.review.Text != "–" {
		t.Errorf("a member sees the fields %v, or the facts (%v) as %q, review %q, want Ej påbörjad and –",
			tab.fields.Visible(), tab.facts.content.Visible(), tab.facts.status.Text, tab.facts.review.Text)
	}
	if !tab.why.Visible() || !strings.Contains(tab.why.Text, "Bara sekreteraren") {
		t.Errorf("the line says %q (shown %v)", tab.why.Text, tab.why.Visible())
	}
	if tab.noteEntry.Disabled() || tab.addNote.Disabled() {
		t.Fatal("a member cannot add a note")
	}
	tab.noteEntry.SetText("Rektorerna är informerade.")
	tab.noteEntry.TypedShortcut(ctrlEnter)
	if len(f.notes) != 1 || f.notes[0].AuthorID != 2 {
		t.Fatalf("notes sent %+v, want one by Bo Ek (2)", f.notes)
	}
	if len(f.saved) != 0 {
		t.Error("the member's note went through SaveFollowUp")
	}
}

// A completed follow-up offers no moves and no changes, says why, and
// still takes notes.
func TestFollowUpTabFinalOffersNoMoves(t *testing.T) {
	f := newFollowUpFake()
	f.current.Status, f.current.Progress = model.FollowUpCompleted, 100
	w := followUpWindow(t, f, "1.1")
	tab := w.followUp
	if got := tab.status.Options; !slices.Equal(got, []string{"Genomförd"}) {
		t.Errorf("a completed follow-up offers %v", got)
	}
	if !tab.status.Disabled() || !tab.responsible.Disabled() || !tab.progress.Disabled() || !tab.conditions[0].check.Disabled() {
		t.Error("a completed follow-up can still be changed")
	}
	if tab.saveBtn.Visible() {
		t.Error("a completed follow-up offers Spara")
	}
	if x := tab.facts; !x.content.Visible() || x.status.Text != "Genomförd" || x.progress.Text != "100 %" {
		t.Errorf("a completed follow-up reads %q %q (shown %v), want Genomförd 100 %%", x.status.Text, x.progress.Text, x.content.Visible())
	}
	if want := "Uppföljningen är avslutad"; !strings.Contains(tab.why.Text, want) {
		t.Errorf("the line says %q, want %q", tab.why.Text, want)
	}
	if tab.addNote.Disabled() {
		t.Error("a completed follow-up takes no notes")
	}
}

// What cannot be saved is said in the model's words under Spara, the
// changes kept: what the tab itself can tell (too long a responsible, a
// date that does not exist) without asking the store, what the store
// refuses after asking. A follow-up a later decision has locked gets the
// store's message as the tab's line, everything read-only, notes too.
func TestFollowUpTabShowsTheStoreError(t *testing.T) {
	f := newFollowUpFake()
	w := followUpWindow(t, f, "1.1")
	tab := w.followUp
	say := func(want string) {
		t.Helper()
		if tab.saveErr.Hidden || tab.saveErr.Text != want {
			t.Errorf("under Spara: %q (hidden %v), want %q", tab.saveErr.Text, tab.saveErr.Hidden, want)
		}
	}
	tab.responsible.SetText(strings.Repeat("x", 201))
	test.Tap(tab.saveBtn)
	say("Ansvarig får vara högst 200 tecken, inte 201.")
	tab.responsible.SetText("Maria Berg")
	tab.review.SetText("31/2/2027")
	test.Tap(tab.saveBtn)
	say("\"31/2/2027\" är inget datum som finns; kontrollera dag och månad.")
	if len(f.saved) != 0 {
		t.Fatalf("sent %d saves the tab could tell were wrong", len(f.saved))
	}

	tab.review.SetText("2027-03-01")
	f.saveErr = model.Errorf(model.EState, "followup_final") // completed elsewhere meanwhile
	test.Tap(tab.saveBtn)
	if len(f.saved) != 1 {
		t.Fatalf("saved %d times, want once", len(f.saved))
	}
	say("Uppföljningen är avslutad: bara anteckningar kan läggas till.")
	if tab.responsible.Text != "Maria Berg" || tab.saveBtn.Disabled() {
		t.Error("the refused change is gone, or cannot be saved again")
	}

	f.saveErr = model.Errorf(model.ELocked, "followup_locked")
	test.Tap(tab.saveBtn)
	locked := "Ett senare beslut gäller förslaget: uppföljningen kan inte ändras."
	if tab.why.Hidden || tab.why.Text != locked {
		t.Errorf("the line says %q (hidden %v), want %q", tab.why.Text, tab.why.Hidden, locked)
	}
	if !tab.status.Disabled() || !tab.responsible.Disabled() || tab.saveBtn.Visible() || tab.noteArea.Visible() {
		t.Error("a locked follow-up can still be changed or noted")
	}
}

// Spara says "Sparar …" and takes no second save until the store has
// answered; a note another member adds meanwhile shows when the window
// reads the store again (as its watch does on someone else's change),
// and the fields the user has changed and not saved stay as typed.
func TestFollowUpTabSavesOnceAndShowsOthersNotes(t *testing.T) {
	f := newFollowUpFake()
	w := followUpWindow(t, f, "1.1")
	tab := w.followUp
	var jobs []func()
	tab.setBackground(func(job func()) { jobs = append(jobs, job) })
	tab.responsible.SetText("Maria Berg")
	test.Tap(tab.saveBtn)
	if tab.saveBtn.Text != "Sparar …" || !tab.saveBtn.Disabled() {
		t.Errorf("while saving, Spara reads %q (disabled %v)", tab.saveBtn.Text, tab.saveBtn.Disabled())
	}
	test.Tap(tab.saveBtn)
	tab.responsible.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if len(jobs) != 1 {
		t.Fatalf("%d saves started, want 1", len(jobs))
	}
	jobs[0]()
	if len(f.saved) != 1 || f.saved[0].Responsible != "Maria Berg" || tab.saveBtn.Text != "Spara" {
		t.Fatalf("saved %+v, Spara reads %q", f.saved, tab.saveBtn.Text)
	}

	tab.setBackground(nil)
	tab.review.SetText("2027-06-01")
	f.current.Notes = append(f.current.Notes, model.FollowUpNote{ID: 7, Date: model.NewDate(2026, 12, 9), AuthorID: 2, Text: "Regionen har svarat."})
	w.load()
	if !contains(labelsOf(tab.content), "2026-12-09 · Bo Ek") || !contains(labelsOf(tab.content), "Regionen har svarat.") {
		t.Error("Bo Ek's note does not show after the window read the store again")
	}
	if tab.review.Text != "2027-06-01" || !tab.changed() {
		t.Errorf("the unsaved review date became %q", tab.review.Text)
	}
}

// Until the user has said who they are, no note can be added and no
// condition marked met, and the tab says where to say it; once chosen,
// both can.
func TestFollowUpTabWantsToKnowWhoTheUserIs(t *testing.T) {
	f := newFollowUpFake()
	w := followUpWindowAs(t, f, "1.1", 0)
	tab := w.followUp
	if !tab.noteHint.Visible() || !tab.addNote.Disabled() || !tab.conditions[0].check.Disabled() {
		t.Errorf("nobody chosen: hint shown %v, note button disabled %v, condition disabled %v",
			tab.noteHint.Visible(), tab.addNote.Disabled(), tab.conditions[0].check.Disabled())
	}
	if tab.responsible.Disabled() {
		t.Error("the secretary's fields are read-only before the user has said who they are")
	}
	w.askWhoIAm()
	d := w.win.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("no who-am-I dialog")
	}
	sel, _ := findWidget[*widgets.Select](d, func(*widgets.Select) bool { return true })
	ok, _ := findWidget[*widgets.Button](d, func(b *widgets.Button) bool { return b.Text == "OK" })
	if sel == nil || ok == nil {
		t.Fatal("the who-am-I dialog has no member list or OK")
	}
	sel.SetSelectedIndex(0)
	test.Tap(ok)
	if tab.noteHint.Visible() || tab.addNote.Disabled() || tab.conditions[0].check.Disabled() {
		t.Error("with a member chosen, notes and conditions are still closed")
	}
}

// findWidget returns the first widget of type W under root that match
// takes, walking containers and widget renderers.
func findWidget[W fyne.CanvasObject](root fyne.CanvasObject, match func(W) bool) (W, bool) {
	if v, ok := root.(W); ok && match(v) {
		return v, true
	}
	var children []fyne.CanvasObject
	if c, ok := root.(*fyne.Container); ok {
		children = c.Objects
	} else if wd, ok := root.(fyne.Widget); ok {
		children = test.WidgetRenderer(wd).Objects()
	}
	for _, c := range children {
		if v, ok := findWidget(c, match); ok {
			return v, true
		}
	}
	var zero W
	return zero, false
}
