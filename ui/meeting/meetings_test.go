package meeting

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// meetingsFixture is the meetings window on a demo store.
type meetingsFixture struct {
	t     *testing.T
	store model.Store
	w     *Window
	shell *fakeShell
}

func newMeetingsFixture(t *testing.T) *meetingsFixture {
	t.Helper()
	a := testapp.New(t)
	if err := uikit.SetLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	f := &meetingsFixture{t: t, store: demoStore(t), shell: &fakeShell{}}
	f.w = Open(a, f.store, async.Now, f.shell)
	return f
}

// meeting reads a meeting back from the store.
func (f *meetingsFixture) meeting(id int64) model.Meeting {
	f.t.Helper()
	m, err := f.store.Meeting(context.Background(), id)
	if err != nil {
		f.t.Fatal(err)
	}
	return m
}

func TestMeetingsListNewestFirstAndLockTheSignedOff(t *testing.T) {
	f := newMeetingsFixture(t)
	if len(f.w.meetings) != 2 || !f.w.meetings[0].StartsAt.After(f.w.meetings[1].StartsAt) {
		t.Fatalf("meetings: %d, want the demo's 2 newest first", len(f.w.meetings))
	}
	signed := f.w.meetings[1]
	if !signed.SignedOff() {
		t.Fatal("the demo's older meeting should be signed off")
	}
	f.w.list.Select(1)
	if f.w.locked.Hidden || !f.w.editBtn.Disabled() || !f.w.addBtn.Disabled() || !f.w.signBtn.Disabled() {
		t.Error("a signed-off meeting must show the lock and offer no changes")
	}
	if f.w.exportBtn.Disabled() || f.w.modeBtn.Disabled() {
		t.Error("a signed-off meeting can still be exported and shown")
	}
	if !contains(labelsOf(f.w.win.Content()), "Justerat") {
		t.Error("the state of the signed-off meeting is not shown in words")
	}
}

func TestANewMeetingIsStoredWithItsAttendees(t *testing.T) {
	f := newMeetingsFixture(t)
	form := f.w.onNew()

	form.date.SetText("2027-02-03")
	form.start.SetText("9.30")
	form.place.SetText("Stadshuset, rum Älven")
	form.adjuster.SetSelectedIndex(3)
	form.onSave()
	if !form.message.Hidden {
		t.Fatalf("the form refused: %s", form.message.Text)
	}
	m := f.meeting(f.w.selected)
	if m.Place != "Stadshuset, rum Älven" || m.StartsAt.Local().Format("2006-01-02 15:04") != "2027-02-03 09:30" {
		t.Errorf("stored %q at %v", m.Place, m.StartsAt)
	}
	if m.ChairID == 0 || m.AdjusterID == 0 || m.ChairID == m.AdjusterID || len(m.Attendees) == 0 {
		t.Errorf("roles and attendees: chair %d adjuster %d, %d attendees", m.ChairID, m.AdjusterID, len(m.Attendees))
	}
	if f.shell.changed == 0 || f.w.meetings[0].ID != m.ID {
		t.Error("the new meeting is not at the top of the list")
	}
}

func TestAMeetingWithoutPlaceKeepsTheFormOpen(t *testing.T) {
	f := newMeetingsFixture(t)
	before := len(f.w.meetings)
	form := f.w.onNew()

	form.date.SetText("2027-02-03")
	form.place.SetText("")
	form.onSave()
	if form.message.Hidden || form.message.Text == "" {
		t.Fatal("no message for a meeting without a place")
	}
	form.date.SetText("3 februari")
	form.place.SetText("Rum 1")
	form.onSave()
	if form.message.Text != "Skriv datumet som år-månad-dag, till exempel 2026-12-09." {
		t.Errorf("message for a bad date: %q", form.message.Text)
	}
	if ms, _ := f.store.Meetings(context.Background()); len(ms) != before {
		t.Errorf("%d meetings stored, want %d", len(ms), before)
	}
}

func TestTheAgendaTakesReadyProposalsAndMovesThem(t *testing.T) {
	f := newMeetingsFixture(t)
	ctx := testCtx("Test")
	m, err := f.store.CreateMeeting(ctx, model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	ready := freeReadyProposals(t, f.store, 2)
	f.w.reload(m.ID)
	f.w.addItem(m.ID, ready[0].ID)
	f.w.addItem(m.ID, ready[1].ID)
	got := f.meeting(m.ID)
	if len(got.Items) != 2 || got.Items[0].ProposalID != ready[0].ID {
		t.Fatalf("agenda: %+v", got.Items)
	}
	first := got.Items[0].Number
	f.w.agenda.Select(1)
	f.w.onMove(-1)
	got = f.meeting(m.ID)
	if got.Items[0].ProposalID != ready[1].ID || got.Items[0].Number != first {
		t.Errorf("after moving up: %+v", got.Items)
	}
	f.w.addItem(m.ID, ready[1].ID) // already there: refused, nothing added
	if n := len(f.meeting(m.ID).Items); n != 2 {
		t.Errorf("a duplicate was added: %d items", n)
	}
	if !slices.ContainsFunc(labelsOf(f.w.win.Content()), func(s string) bool { return s == "Ej beslutat" }) {
		t.Error("undecided items do not say so")
	}
}

// freeReadyProposals returns n interventions that are ready for decision
// and wait on no meeting's agenda, so any meeting may take them. The
// demo's ready proposals all wait on its open meeting; drafts are marked
// ready as needed.
func freeReadyProposals(t *testing.T, s model.Store, n int) []model.Proposal {
	t.Helper()
	ctx := testCtx("Test")
	waits := map[int64]bool{}
	ms, err := s.Meetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, mt := range ms {
		for _, it := range mt.Items {
			waits[it.ProposalID] = waits[it.ProposalID] || it.Decision == nil && !mt.SignedOff()
		}
	}
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Proposal
	for _, p := range ps {
		if len(out) == n {
			break
		}
		if p.Kind != model.KindIntervention || waits[p.ID] {
			continue
		}
		if p.Status == model.StatusDraft {
			if p, err = s.MarkReady(ctx, p.ID); err != nil {
				continue // returned for rework, without a new revision
			}
		}
		if p.Status == model.StatusReady {
			out = append(out, p)
		}
	}
	if len(out) < n {
		t.Fatalf("the demo has %d free ready or draft interventions, want %d", len(out), n)
	}
	return out
}

// Every button of the meetings window opens what it names without
// failing, on an open and on a signed-off meeting.
func TestTheMeetingButtonsOpenTheirScreens(t *testing.T) {
	f := newMeetingsFixture(t)
	for i := range f.w.meetings {
		f.w.list.Select(i)
		before := len(f.w.app.Driver().AllWindows())
		f.w.onMeetingMode()
		if n := len(f.w.app.Driver().AllWindows()); n != before+1 {
			t.Errorf("meeting %d: meeting mode opened %d windows", i, n-before)
		}
		f.w.onSignOff()
		f.w.onExport()
		f.w.onEdit()
		if f.w.win.Canvas().Overlays().Top() == nil {
			t.Errorf("meeting %d: no dialog open", i)
		}
	}
}

// A proposal waiting for its decision on the open meeting's agenda is not
// offered for another meeting: it shows greyed out with where it waits,
// cannot be chosen, and the store refuses it naming the other meeting.
func TestTheAgendaDoesNotTakeAProposalWaitingOnAnotherAgenda(t *testing.T) {
	f := newMeetingsFixture(t)
	ctx := testCtx("Test")
	m, err := f.store.CreateMeeting(ctx, model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	var open model.Meeting
	for _, mt := range f.w.meetings {
		if !mt.SignedOff() && len(mt.Items) > 0 {
			open = mt
		}
	}
	waiting := map[int64]int{} // proposal → its § on the open agenda
	for _, it := range open.Items {
		if it.Decision == nil {
			waiting[it.ProposalID] = it.Number
		}
	}
	if len(waiting) == 0 {
		t.Fatal("the demo's open meeting has no undecided items")
	}
	freeReadyProposals(t, f.store, 1)
	f.w.reload(m.ID)
	f.w.onAddItem()
	a := f.w.adding
	if a == nil || a.list == nil {
		t.Fatal("the add dialog did not open with a list")
	}
	free, greyed := -1, 0
	for i, c := range a.shown {
		n, waits := waiting[c.Proposal.ID]
		switch {
		case c.Header != "":
		case !waits && c.Waits != "" && !c.Elsewhere: // returned, with no new version
			greyed++
		case waits && !strings.Contains(c.Waits, "9 december 2026") || waits && !strings.Contains(c.Waits, fmt.Sprintf("§ %d", n)):
			t.Errorf("%s waits on the open agenda as § %d, the dialog says %q", c.Proposal.Ref, n, c.Waits)
		case !waits && c.Elsewhere:
			t.Errorf("%s is free, the dialog says %q", c.Proposal.Ref, c.Waits)
		case waits:
			greyed++
			a.toggle(i)
			if len(a.checked) != 0 {
				t.Errorf("%s, waiting on another agenda, could be checked", c.Proposal.Ref)
			}
		case greyed > 0:
			t.Errorf("%s, free, is listed after a greyed-out one", c.Proposal.Ref)
		case free < 0:
			free = i
		}
	}
	if greyed == 0 {
		t.Fatalf("%d greyed, first free %d: want some of each", greyed, free)
	}
	if a.note.Hidden || !contains(labelsOf(f.w.win.Canvas().Overlays().Top()), "bordlagts") {
		t.Error("the dialog does not say why some proposals are greyed out")
	}
	if !contains(labelsOf(f.w.win.Canvas().Overlays().Top()), "Väntar på beslut vid mötet 9 december 2026") {
		t.Error("the greyed-out rows do not say where they wait")
	}
	a.toggle(free)
	if got := a.chosen(); len(got) != 1 || got[0] != a.shown[free].Proposal.ID {
		t.Errorf("a free proposal could not be chosen: chosen %v", got)
	}
	a.dlg.Hide()

	// Added anyway (another window, an old list): the store refuses.
	for id := range waiting {
		f.w.addItem(m.ID, id)
		break
	}
	if n := len(f.meeting(m.ID).Items); n != 0 {
		t.Fatalf("a proposal waiting on another agenda was added: %d items", n)
	}
	if top := f.w.win.Canvas().Overlays().Top(); top == nil || !contains(labelsOf(top), "2026-12-09") {
		t.Error("the refusal does not name the other meeting's date")
	}
}
