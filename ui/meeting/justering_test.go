package meeting

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// buttonIn returns the button with text under root, nil when none.
func buttonIn(root fyne.CanvasObject, text string) *widgets.Button {
	var found *widgets.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil {
			return
		}
		switch w := o.(type) {
		case *widgets.Button:
			if w.Text == text {
				found = w
			}
			return
		case fyne.Widget:
			r := test.WidgetRenderer(w)
			for _, c := range r.Objects() {
				walk(c)
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(root)
	return found
}

// The secretary sends the draft from Justering…; while the adjuster's
// note is open, Justera is disabled for the chair with the reason; once
// the secretary has closed it, the chair may sign off.
func TestJusteringRoundHoldsTheSignOff(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	js := f.store.(model.JusteringStore)
	ctx := testCtx("Test")

	f.shell.me = mt.SecretaryID
	f.w.onJustering()
	send := buttonIn(f.w.win.Canvas().Overlays().Top(), "Skicka för justering")
	if send == nil || send.Disabled() {
		t.Fatal("the secretary has no Skicka för justering")
	}
	if add := buttonIn(f.w.win.Canvas().Overlays().Top(), "Ny anteckning"); add == nil || !add.Disabled() {
		t.Error("Ny anteckning is offered to the secretary, or before the draft is sent")
	}
	test.Tap(send)
	r, err := js.JusteringRound(context.Background(), mt.ID)
	if err != nil || !r.Sent() || r.SentBy != mt.SecretaryID {
		t.Fatalf("after Skicka för justering: %+v, %v", r, err)
	}

	n, err := js.AddJusteringNote(ctx, model.JusteringNote{MeetingID: mt.ID, Section: mt.Items[0].Number, AuthorID: mt.AdjusterID, Text: "Rätta datumet."})
	if err != nil {
		t.Fatal(err)
	}
	f.shell.me = mt.ChairID
	f.w.reload(mt.ID)
	if !f.w.signBtn.Disabled() || !contains([]string{f.w.why.Text}, "Justeringen väntar på svar på justeringsanteckningar: 1 obesvarade.") {
		t.Errorf("with a note open: Justera disabled %v, why %q", f.w.signBtn.Disabled(), f.w.why.Text)
	}
	f.w.onJustering()
	if c := buttonIn(f.w.win.Canvas().Overlays().Top(), "Stäng med svar"); c == nil || !c.Disabled() {
		t.Error("the chair may close a note, or the note is not listed")
	}
	if !contains(labelsOf(f.w.win.Canvas().Overlays().Top()), "Rätta datumet.") {
		t.Error("the note is not listed")
	}

	if _, err := js.CloseJusteringNote(ctx, n.ID, mt.SecretaryID, "Datumet är rättat."); err != nil {
		t.Fatal(err)
	}
	f.w.reload(mt.ID)
	if f.w.signBtn.Disabled() || f.w.why.Text != "" {
		t.Errorf("with every note closed: Justera disabled %v, why %q", f.w.signBtn.Disabled(), f.w.why.Text)
	}
}

// The chair's form for a new note closes on Escape, adding nothing.
func TestJusteringNoteFormClosesOnEscape(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	js := f.store.(model.JusteringStore)
	f.shell.me = mt.SecretaryID
	f.w.onJustering()
	test.Tap(buttonIn(f.w.win.Canvas().Overlays().Top(), "Skicka för justering"))
	f.shell.me = mt.ChairID
	f.w.reload(mt.ID)
	f.w.onJustering()
	overlays := f.w.win.Canvas().Overlays()
	add := buttonIn(overlays.Top(), "Ny anteckning")
	if add == nil || add.Disabled() {
		t.Fatal("the chair has no Ny anteckning")
	}
	before := len(overlays.List())
	test.Tap(add)
	if len(overlays.List()) != before+1 {
		t.Fatal("Ny anteckning opened no form")
	}
	f.w.win.Canvas().Unfocus()
	if h := f.w.win.Canvas().OnTypedKey(); h != nil {
		h(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	if len(overlays.List()) != before {
		t.Error("Escape left the note form open")
	}
	r, err := js.JusteringRound(context.Background(), mt.ID)
	if err != nil || len(r.Notes) != 0 {
		t.Errorf("notes after Escape: %v, %v", r.Notes, err)
	}
}
