package meeting

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// helpLinksIn returns the text of every link under root.
func helpLinksIn(root fyne.CanvasObject) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case nil:
			return
		case *widget.Hyperlink:
			out = append(out, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(root)
	return out
}

// The dialogs that name justering, and meeting mode's reservations and
// recusals, link to the handbook's page on each.
func TestDialogsLinkToTheHandbook(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	f.shell.me = mt.ChairID
	if d := f.w.onSignOff(); d == nil || !slices.Contains(helpLinksIn(f.w.win.Canvas().Overlays().Top()), "Vad betyder justering?") {
		t.Errorf("the sign-off dialog's links: %v", helpLinksIn(f.w.win.Canvas().Overlays().Top()))
	}
	f.w.win.Canvas().Overlays().Top().Hide()
	f.w.onJustering()
	if got := helpLinksIn(f.w.win.Canvas().Overlays().Top()); !slices.Contains(got, "Vad betyder justering?") {
		t.Errorf("the justering dialog's links: %v", got)
	}

	m := newMeetingModeFixture(t, openMeetingDate)
	got := helpLinksIn(m.mm.panel.content)
	for _, want := range []string{"Vad betyder reservation?", "Vad betyder jäv?"} {
		if !slices.Contains(got, want) {
			t.Errorf("meeting mode's decision lacks the link %q: %v", want, got)
		}
	}
}
