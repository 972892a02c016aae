package meeting

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// Lägg till ärende offers "Uppföljning av beslut" above the proposals;
// checked, it is added with the proposals chosen, last on the agenda with
// a § of its own, and offered no more. Chosen on the agenda, Ta bort
// takes it off again after asking.
func TestTheAddDialogAddsTheFollowUpItem(t *testing.T) {
	f := newMeetingsFixture(t)
	freeReadyProposals(t, f.store, 2)
	m := f.emptyMeeting()
	f.w.onAddItem()
	a := f.w.adding
	a.dlg.Resize(fyne.NewSize(640, 900))
	if !a.followUp.Visible() || a.followUp.Text != "Uppföljning av beslut" {
		t.Fatalf("the dialog does not offer the follow-up item: %q", labelsOf(f.w.win.Canvas().Overlays().Top()))
	}
	test.Tap(a.followUp)
	if a.addBtn.Disabled() || a.addBtn.Text != "Lägg till" {
		t.Errorf("with the follow-up item checked the add button says %q (disabled %v)", a.addBtn.Text, a.addBtn.Disabled())
	}
	tapBox(addRowAt(t, f.w, 0))
	if a.addBtn.Text != "Lägg till 2 ärenden" {
		t.Errorf("with a proposal checked too the add button says %q", a.addBtn.Text)
	}
	test.Tap(a.addBtn)

	stored := f.meeting(m.ID)
	if len(stored.Items) != 1 || stored.FollowUpSection != stored.Items[0].Number+1 {
		t.Fatalf("agenda %+v with the follow-up item at § %d, want it after the proposal", stored.Items, stored.FollowUpSection)
	}
	if f.w.agendaLength() != 2 {
		t.Errorf("the window's agenda shows %d rows, want the proposal and the follow-up item", f.w.agendaLength())
	}
	if got := labelsOf(f.w.win.Content()); !contains(got, "Uppföljning av beslut") || !contains(got, "Rapport") {
		t.Errorf("the agenda does not show the follow-up item: %q", got)
	}

	f.w.onAddItem()
	if f.w.adding.followUp.Visible() {
		t.Error("the follow-up item is offered again while it is on the agenda")
	}
	f.w.adding.dlg.Hide()

	f.w.agenda.Select(1)
	if f.w.removeBtn.Disabled() || !f.w.upBtn.Disabled() || !f.w.downBtn.Disabled() {
		t.Errorf("with the follow-up item chosen: Ta bort disabled %v, up %v, down %v; want only Ta bort",
			f.w.removeBtn.Disabled(), !f.w.upBtn.Disabled(), !f.w.downBtn.Disabled())
	}
	f.w.onRemoveItem()
	top := f.w.win.Canvas().Overlays().Top()
	if got := strings.Join(labelsOf(top), " "); !strings.Contains(got, "Uppföljning av beslut") {
		t.Errorf("the question does not name the follow-up item: %q", got)
	}
	for _, b := range objectsOf[*widgets.Button](top) {
		if b.Text == "Ja" {
			test.Tap(b)
		}
	}
	if got := f.meeting(m.ID); got.FollowUpSection != 0 || len(got.Items) != 1 {
		t.Errorf("after Ta bort: follow-up item at § %d, %d items", got.FollowUpSection, len(got.Items))
	}
	if f.w.agendaLength() != 1 {
		t.Errorf("the window's agenda shows %d rows after the follow-up item is taken off", f.w.agendaLength())
	}
}

// In meeting mode the follow-up item is the last row of the agenda; shown,
// it lists the follow-ups due with the decision form hidden, and the keys
// 1–5 choose nothing.
func TestMeetingModeShowsTheFollowUpItem(t *testing.T) {
	f := meetingModeStore(t)
	open := f.meeting(openMeetingDate)
	ctx := context.Background()
	if _, err := f.store.SetFollowUpItem(testCtx("Test"), open.ID, true); err != nil {
		t.Fatal(err)
	}
	all, err := f.store.FollowUps(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(all, func(e model.FollowUpEntry) bool { return !e.FollowUp.Final() })
	if i < 0 {
		t.Fatal("the demo has no open follow-up")
	}
	e := all[i]
	fu := e.FollowUp
	if fu.Status == model.FollowUpNotStarted {
		if err := fu.MoveTo(model.FollowUpInProgress); err != nil {
			t.Fatal(err)
		}
	}
	fu.ReviewDate = model.DateOf(open.StartsAt.AddDate(0, 0, -3))
	if _, err := f.store.SaveFollowUp(testCtx("Test"), fu); err != nil {
		t.Fatal(err)
	}
	f.open(openMeetingDate)
	mm := f.mm
	last := mm.agendaLen() - 1
	if last != len(mm.meeting.Items) {
		t.Fatalf("meeting mode's agenda has %d rows for %d items and the follow-up item", mm.agendaLen(), len(mm.meeting.Items))
	}
	mm.goTo(last)
	if !mm.onFollowUp() || mm.title.Text != "Uppföljning av beslut" || mm.panel.content.Visible() {
		t.Fatalf("the follow-up item shows %q with the form visible %v", mm.title.Text, mm.panel.content.Visible())
	}
	if !strings.Contains(mm.summary.Text, e.Proposal.Ref+"  "+e.Proposal.Title) || !strings.Contains(mm.summary.Text, "Pågår") {
		t.Errorf("the follow-up item does not list %s: %q", e.Proposal.Ref, mm.summary.Text)
	}
	if !mm.nextBtn.Disabled() || mm.prevBtn.Disabled() {
		t.Error("on the last row, Nästa should be disabled and Föregående enabled")
	}
	mm.unfocus()
	test.TypeOnCanvas(mm.win.Canvas(), "1")
	if mm.panel.dirty() {
		t.Error("the key 1 chose an outcome on the follow-up item")
	}
	mm.previous()
	if mm.onFollowUp() || !mm.panel.content.Visible() {
		t.Error("the item before the follow-up item does not show its decision form")
	}
}
