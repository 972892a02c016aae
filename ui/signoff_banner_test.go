package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// setWindowClock stands the windows' clock at at for the rest of the test.
func setWindowClock(t *testing.T, at time.Time) {
	was := clock
	clock = func() time.Time { return at }
	t.Cleanup(func() { clock = was })
}

// lateButton is the button of the banner on minutes not signed off in
// time.
func lateButton(t *testing.T, w *MainWindow) *widgets.Button {
	t.Helper()
	var found *widgets.Button
	for _, o := range test.LaidOutObjects(w.lateBanner.Content) {
		if b, ok := o.(*widgets.Button); ok && b.Visible() {
			found = b
		}
	}
	if found == nil {
		t.Fatal("the banner has no button")
	}
	return found
}

// The demo's open meeting is held on 9 December 2026 at StoryTime. On
// the story's day the main window says nothing of its minutes; fourteen
// days later a banner says they are not signed off and by when they were
// to be, in Swedish and in English, and its button opens the meetings
// window, which says it too.
func TestMainWindowWarnsOfMinutesNotSignedOffInTime(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	setWindowClock(t, demo.StoryTime)
	w := NewMainWindow(a, s)
	if w.lateBanner.Shown() {
		t.Fatalf("on the meeting's day the banner says %q", w.lateBanner.Text())
	}

	setWindowClock(t, demo.StoryTime.AddDate(0, 0, 14))
	w.Reload()
	want := "Protokollet från mötet 9 december 2026 är inte justerat. Det ska justeras senast 23 december 2026, 14 dagar efter mötet."
	if !w.lateBanner.Shown() || w.lateBanner.Text() != want {
		t.Fatalf("14 days after: banner shown %v, %q; want %q", w.lateBanner.Shown(), w.lateBanner.Text(), want)
	}
	if !contains(labels(w.Window()), want) {
		t.Error("the banner is not in the window")
	}
	b := lateButton(t, w)
	if b.Text != "Visa mötet" {
		t.Errorf("the banner's button says %q", b.Text)
	}
	test.Tap(b)
	win := meetingsWindowOf(a)
	if w.meetings == nil || win == nil {
		t.Fatal("the banner's button did not open the meetings window")
	}
	if !contains(labelsOf(win.Content()), "Protokollet är inte justerat fast mötet hölls för 14 dagar sedan.") {
		t.Errorf("the meetings window does not warn: %q", labelsOf(win.Content()))
	}
	w.meetings.Close()

	w.switchLanguage(model.English)
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	want = "The minutes of the meeting of 9 December 2026 are not signed off. They are to be signed off by 23 December 2026, 14 days after the meeting."
	if !w.lateBanner.Shown() || w.lateBanner.Text() != want {
		t.Errorf("in English: banner shown %v, %q; want %q", w.lateBanner.Shown(), w.lateBanner.Text(), want)
	}
	if b := lateButton(t, w); b.Text != "Show the meeting" {
		t.Errorf("in English the button says %q", b.Text)
	}
}

// Several meetings late are named together; once they are signed off,
// or had nothing to sign off, the banner goes.
func TestMainWindowNamesEveryMeetingLate(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	held := func(day int) model.Meeting {
		return model.Meeting{ID: int64(day), StartsAt: time.Date(2027, 1, day, 13, 0, 0, 0, model.Stockholm),
			Place: "Stadshuset", Items: []model.Item{{ID: int64(day), Number: day}}}
	}
	ms := []model.Meeting{held(4), held(11), held(20)}
	s := newFakeStore()
	s.MeetingsFn = func(context.Context) ([]model.Meeting, error) { return ms, nil }
	setWindowClock(t, time.Date(2027, 1, 30, 9, 0, 0, 0, model.Stockholm))
	w := NewMainWindow(a, s)
	w.win.Resize(fyne.NewSize(1366, 768))
	want := "2 protokoll är inte justerade fast det har gått 14 dagar sedan mötena: 4 januari 2027, 11 januari 2027."
	if !w.lateBanner.Shown() || w.lateBanner.Text() != want {
		t.Fatalf("banner shown %v, %q; want %q", w.lateBanner.Shown(), w.lateBanner.Text(), want)
	}
	if b := lateButton(t, w); b.Text != "Visa mötena" {
		t.Errorf("the button says %q", b.Text)
	}
	signed := []model.SignOff{{Role: model.RoleChair}, {Role: model.RoleAdjuster}}
	ms[0].SignOffs, ms[1].Items = signed, nil
	w.Reload()
	if w.lateBanner.Shown() {
		t.Errorf("with none late, the banner says %q", w.lateBanner.Text())
	}
}
