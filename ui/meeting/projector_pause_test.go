package meeting

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestProjectorPauseShowsTitleAndClockEachMinute(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	at := time.Date(2026, 12, 9, 10, 41, 30, 0, time.Local)
	f.ctx = model.WithClock(context.Background(), func() time.Time { return at })
	// The clock's goroutine asks for the next minute's tick after each
	// one it showed: waiting for that ask orders its writes before the
	// test's reads (the test driver runs fyne.Do on that goroutine).
	ticks, asked := make(chan time.Time), make(chan struct{}, 1)
	f.mm.proj.after = func(time.Duration) <-chan time.Time { asked <- struct{}{}; return ticks }
	p := projectorOpen(t, f, &projectorFakeDisplays{})

	test.TypeOnCanvas(f.mm.win.Canvas(), "p") // P in meeting mode
	v := p.pause
	if !v.shown() || p.item.Visible() {
		t.Fatalf("P in meeting mode: pause shown %v, item shown %v", v.shown(), p.item.Visible())
	}
	if v.clock.Text != "10:41" || v.title.Text != p.heading.Text || v.title.Text == "" {
		t.Errorf("the pause view shows %q at %q, want the meeting %q at 10:41", v.title.Text, v.clock.Text, p.heading.Text)
	}

	<-asked
	at = at.Add(time.Minute)
	ticks <- at
	<-asked
	if v.clock.Text != "10:42" {
		t.Errorf("a minute later the clock shows %q, want 10:42", v.clock.Text)
	}

	// Meeting mode moves on under the pause; the room sees it once the
	// pause ends, with P in the projector window.
	f.press(fyne.KeyPageDown)
	if !v.shown() || p.item.Visible() {
		t.Error("moving in meeting mode ended the pause")
	}
	test.TypeOnCanvas(p.win.Canvas(), "P")
	if v.shown() || !p.item.Visible() || v.quit != nil {
		t.Errorf("P in the projector window: pause shown %v, item shown %v, clock running %v", v.shown(), p.item.Visible(), v.quit != nil)
	}
	projectorShowsItem(t, f, p, 1)

	// While an entry has the keyboard, P is a letter typed.
	f.mm.focus(f.mm.panel.text)
	test.Type(f.mm.panel.text, "p")
	if v.shown() {
		t.Error("typing p in the decision's text paused the projector")
	}
}

func TestProjectorGoesFullScreenOnTheSecondDisplayAndRemembersTheChoice(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	d := projectorTwoMonitors()
	p := projectorOpen(t, f, d)
	if len(d.placed) != 1 || d.placed[0] != "HDMI-1" || !p.win.FullScreen() {
		t.Fatalf("the projector was placed on %v (full screen %v), want HDMI-1", d.placed, p.win.FullScreen())
	}
	sel := f.mm.proj.screen
	if sel.Hidden || len(sel.Options) != 2 || sel.Selected != "Skärm 2" {
		t.Errorf("the choice of display: hidden %v, %v, chosen %q", sel.Hidden, sel.Options, sel.Selected)
	}
	if f.mm.win.FullScreen() {
		t.Error("meeting mode went full screen with the projector")
	}

	sel.SetSelected("Skärm 1")
	if got := f.a.Preferences().String(projectorScreenPreference); got != "eDP-1" {
		t.Errorf("the choice is remembered as %q", got)
	}
	if len(d.placed) != 2 || d.placed[1] != "eDP-1" || !p.win.FullScreen() {
		t.Errorf("choosing Skärm 1 placed the projector on %v", d.placed)
	}

	f.press(fyne.KeyF5)
	projectorOpen(t, f, d)
	if d.placed[len(d.placed)-1] != "eDP-1" || sel.Selected != "Skärm 1" {
		t.Errorf("opened again, the projector goes on %v, chosen %q", d.placed, sel.Selected)
	}

	// One display: a window beside meeting mode, and no choice.
	f.press(fyne.KeyF5)
	one := &projectorFakeDisplays{mons: d.mons[:1]}
	p = projectorOpen(t, f, one)
	if len(one.placed) != 0 || p.win.FullScreen() || !sel.Hidden {
		t.Errorf("with one display: placed %v, full screen %v, choice shown %v", one.placed, p.win.FullScreen(), !sel.Hidden)
	}
}
