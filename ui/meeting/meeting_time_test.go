package meeting

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// setClock stands the windows' clock at t for the rest of the test.
func setClock(t *testing.T, at time.Time) {
	was := clock
	clock = func() time.Time { return at }
	t.Cleanup(func() { clock = was })
}

// openDemoMeeting is the demo's open meeting in the meetings window.
func openDemoMeeting(t *testing.T, f *meetingsFixture) model.Meeting {
	t.Helper()
	mt := f.w.meetings[0]
	if mt.SignedOff() {
		t.Fatal("the newest demo meeting is signed off")
	}
	return mt
}

// A meeting in the future says when it is and that decisions wait for
// it; one under way says when it ends; Justera waits for the end.
func TestMeetingsWindowSaysWhenTheMeetingIs(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := openDemoMeeting(t, f)
	start := mt.StartsAt.Local()

	setClock(t, mt.StartsAt.Add(-7*24*time.Hour))
	f.w.showMeeting()
	want := "Mötet är " + uikit.FormatDate(model.DateOf(start)) + " kl. " + start.Format("15.04") +
		" – om 7 dagar. Beslut kan registreras från mötets start."
	if f.w.when.Hidden || f.w.when.Text != want {
		t.Errorf("a week before: %q (hidden %v), want %q", f.w.when.Text, f.w.when.Hidden, want)
	}
	if !f.w.signBtn.Disabled() {
		t.Error("Justera is offered before the meeting")
	}

	setClock(t, mt.StartsAt.Add(-2*time.Hour))
	f.w.showMeeting()
	if want := "Mötet börjar i dag kl. " + start.Format("15.04") + "."; !strings.HasPrefix(f.w.when.Text, want) {
		t.Errorf("the same day: %q", f.w.when.Text)
	}

	setClock(t, mt.StartsAt.Add(time.Hour))
	f.w.showMeeting()
	if want := "Mötet pågår till kl. " + mt.EndsAt.Local().Format("15.04") + "."; !strings.HasPrefix(f.w.when.Text, want) {
		t.Errorf("under way: %q", f.w.when.Text)
	}
	if !f.w.signBtn.Disabled() {
		t.Error("Justera is offered before the meeting's end")
	}

	setClock(t, mt.EndsAt.Add(time.Minute))
	f.w.showMeeting()
	if !f.w.when.Hidden {
		t.Errorf("after the meeting: %q", f.w.when.Text)
	}
	if f.w.signBtn.Disabled() {
		t.Error("Justera is not offered after the meeting")
	}
}

// Meeting mode says the meeting is in the future, and a decision saved
// there before the start is refused with the reason, the store unchanged.
func TestMeetingModeRefusesADecisionBeforeTheStart(t *testing.T) {
	f := meetingModeStore(t)
	mt := f.meeting(openMeetingDate)
	setClock(t, mt.StartsAt.Add(-3*24*time.Hour))
	f.ctx = testCtx("Leila Rahimi")
	f.open(openMeetingDate)
	if f.mm.notice.Hidden || !strings.Contains(f.mm.notice.Text, "– om 3 dagar. Beslut kan registreras från mötets start.") {
		t.Errorf("meeting mode says %q (hidden %v)", f.mm.notice.Text, f.mm.notice.Hidden)
	}
	f.mm.panel.choose(model.OutcomeApproved)
	f.mm.save()
	for _, it := range f.meeting(openMeetingDate).Items {
		if it.Decision != nil {
			t.Fatalf("§ %d was decided before the meeting started", it.Number)
		}
	}
	if top := f.mm.win.Canvas().Overlays().Top(); top == nil || !contains(labelsOf(top), "Beslut kan registreras först när sammanträdet har börjat") {
		t.Error("the refusal's reason is not shown")
	}

	setClock(t, mt.StartsAt.Add(5*time.Minute))
	f.mm.load(nil)
	if !f.mm.notice.Hidden && strings.Contains(f.mm.notice.Text, "om ") {
		t.Errorf("under way, meeting mode still says %q", f.mm.notice.Text)
	}
}

// The form offers the previous meeting's place, hour and length, and
// placeholders that do not look like values; the end follows the start.
func TestTheMeetingFormOffersThePreviousMeetingsPlaceAndLength(t *testing.T) {
	f := newMeetingsFixture(t)
	prev := openDemoMeeting(t, f)
	now := prev.EndsAt.Add(24 * time.Hour)
	setClock(t, now)
	form := f.w.onNew()

	if form.place.Text != prev.Place {
		t.Errorf("place %q, want the previous meeting's %q", form.place.Text, prev.Place)
	}
	mt, err := form.read()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := mt.EndsAt.Sub(mt.StartsAt), prev.EndsAt.Sub(prev.StartsAt); got != want {
		t.Errorf("length %v, want the previous meeting's %v", got, want)
	}
	if form.start.Text != prev.StartsAt.Local().Format("15:04") || form.date.Text != now.Local().AddDate(0, 0, 7).Format("2006-01-02") {
		t.Errorf("offered %s %s", form.date.Text, form.start.Text)
	}
	if form.date.PlaceHolder != "åååå-mm-dd" || form.start.PlaceHolder != "tt:mm" || form.end.PlaceHolder != "tt:mm" ||
		form.place.PlaceHolder != "Var mötet hålls" {
		t.Errorf("placeholders %q %q %q %q", form.date.PlaceHolder, form.start.PlaceHolder, form.end.PlaceHolder, form.place.PlaceHolder)
	}
	form.start.SetText("09:00")
	if want := time.Date(2000, 1, 1, 9, 0, 0, 0, time.UTC).Add(prev.EndsAt.Sub(prev.StartsAt)).Format("15:04"); form.end.Text != want {
		t.Errorf("the end did not follow the start: %q, want %q", form.end.Text, want)
	}
	form.end.SetText("10:30")
	form.start.SetText("08:00")
	if form.end.Text != "10:30" {
		t.Errorf("an end typed by hand moved to %q", form.end.Text)
	}
}

// The form says which of the roles the minutes need are not chosen.
func TestTheMeetingFormSaysWhichRolesAreMissing(t *testing.T) {
	f := newMeetingsFixture(t)
	form := f.w.onNew()

	want := "Välj också justerare: protokollet behöver ordförande, sekreterare och justerare innan det första beslutet registreras."
	if form.roles.Hidden || form.roles.Text != want {
		t.Errorf("a new meeting without adjuster: %q (hidden %v)", form.roles.Text, form.roles.Hidden)
	}
	form.adjuster.SetSelectedIndex(3)
	if !form.roles.Hidden {
		t.Errorf("every role chosen, still %q", form.roles.Text)
	}
	form.chair.SetSelectedIndex(0)
	form.secretary.SetSelectedIndex(0)
	if !strings.HasPrefix(form.roles.Text, "Välj också ordförande och sekreterare:") || form.roles.Hidden {
		t.Errorf("without chair and secretary: %q", form.roles.Text)
	}
}

// With no members in the store, a new meeting points to adding them.
func TestANewMeetingWithoutMembersPointsToSettings(t *testing.T) {
	a := testapp.New(t)
	if err := uikit.SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "tom.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	shell := &fakeShell{}
	w := Open(a, s, async.Now, shell)
	w.onNew()
	texts := labelsOf(w.win.Canvas().Overlays().Top())
	var button *widgets.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widgets.Button); ok && b.Text == "Lägg till ledamöter …" {
			button = b
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, child := range test.WidgetRenderer(wd).Objects() {
				walk(child)
			}
		}
	}
	walk(w.win.Canvas().Overlays().Top())
	if !contains(texts, "Det finns inga ledamöter ännu. Lägg till styrgruppens ledamöter under Inställningar → Ledamöter") {
		t.Errorf("the form does not point to Inställningar: %q", texts)
	}
	if button == nil {
		t.Fatal("no button to add members")
	}
	test.Tap(button)
	if shell.settings != 1 || w.win.Canvas().Overlays().Top() != nil {
		t.Errorf("the button opened Inställningar %d times; the form is still open: %v", shell.settings, w.win.Canvas().Overlays().Top() != nil)
	}
}

// The meetings window lists the attendees a person a line, the title
// after an en dash, as the minutes do.
func TestMeetingsWindowListsAPersonALine(t *testing.T) {
	f := newMeetingsFixture(t)
	openDemoMeeting(t, f)
	text := f.w.people.Text
	for _, want := range []string{
		"\n    Maja Strand – processledare för En kommun fri från våld, Kommunledningskontoret\n",
		"\nBeslutande\n    Anna Lindqvist – ",
		"\nÖvriga närvarande\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the people shown lack %q:\n%s", want, text)
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.Count(line, " – ") > 1 {
			t.Errorf("two people on one line: %q", line)
		}
	}
}

// Once a decision is recorded, the form refuses a new start and says why.
func TestTheMeetingFormRefusesANewTimeOnceDecided(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := openDemoMeeting(t, f)
	if _, err := f.store.RecordDecision(testCtx("Leila Rahimi"), mt.Items[0].ID,
		model.Decision{Outcome: model.OutcomeDeferred, Text: model.DefaultDecisionText(model.OutcomeDeferred, model.Swedish)}); err != nil {
		t.Fatal(err)
	}
	f.w.reload(mt.ID)
	form := f.w.onEdit()

	form.date.SetText(mt.StartsAt.Local().AddDate(0, 0, 1).Format("2006-01-02"))
	form.onSave()
	if form.message.Hidden || !strings.HasPrefix(form.message.Text, "Beslut är redan registrerade vid sammanträdet") {
		t.Errorf("moving a decided meeting: %q", form.message.Text)
	}
	if got := f.meeting(mt.ID).StartsAt; !got.Equal(mt.StartsAt) {
		t.Errorf("the meeting moved to %v", got)
	}
}

// The form asks where and when the minutes are signed off (the front
// page prints it), offers the previous meeting's place for it, and
// refuses a sign-off day that is no date.
func TestTheMeetingFormAsksWhereTheMinutesAreSignedOff(t *testing.T) {
	f := newMeetingsFixture(t)
	prev := openDemoMeeting(t, f)
	f.w.meetings[0].SignOffPlace = "Kommunkansliet" // as read from the store
	setClock(t, prev.EndsAt.Add(24*time.Hour))
	form := f.w.onNew()

	if form.signOffPlace.Text != "Kommunkansliet" {
		t.Errorf("sign-off place %q, want the previous meeting's", form.signOffPlace.Text)
	}
	form.signOffDate.SetText("2026-12-24")
	mt, err := form.read()
	if err != nil {
		t.Fatal(err)
	}
	if mt.SignOffPlace != "Kommunkansliet" || mt.SignOffDate != model.NewDate(2026, 12, 24) {
		t.Errorf("read %q %v", mt.SignOffPlace, mt.SignOffDate)
	}
	form.signOffDate.SetText("julafton")
	if _, err := form.read(); err == nil || !strings.Contains(err.Error(), "julafton") {
		t.Errorf("a sign-off day that is no date gives %v", err)
	}
}

// Escape closes the meeting form without saving, Enter saves it, when no
// field has the keyboard (the form ignored both).
func TestTheMeetingFormTakesEscapeAndEnter(t *testing.T) {
	f := newMeetingsFixture(t)
	prev := openDemoMeeting(t, f)
	setClock(t, prev.EndsAt.Add(24*time.Hour))
	before := len(f.w.meetings)
	c := f.w.win.Canvas()
	f.w.onNew()
	c.Unfocus()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Fatal("Escape leaves the meeting form open")
	}
	form := f.w.onNew()
	c.Unfocus()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Overlays().Top() != nil {
		t.Fatalf("Enter did not save the form: %s", form.message.Text)
	}
	ms, err := f.store.Meetings(testCtx("Leila Rahimi"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != before+1 {
		t.Errorf("%d meetings after Enter, want %d", len(ms), before+1)
	}
}
