package meeting

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// isOpen tells whether meeting mode's window is still open.
func (f *meetingModeFixture) isOpen() bool {
	return slices.Contains(f.a.Driver().AllWindows(), f.mm.win)
}

// Avsluta mötesläge and Ctrl+W (in the window, and in a field that has
// the keyboard) leave meeting mode; Esc leaves full screen; Kortkommandon
// names the key.
func TestMeetingModeIsLeftByItsButtonAndByCtrlW(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	if f.mm.leaveBtn.Hidden || f.mm.leaveBtn.Text != "Avsluta mötesläge (Ctrl+W)" {
		t.Errorf("the leave button says %q (hidden %v)", f.mm.leaveBtn.Text, f.mm.leaveBtn.Hidden)
	}
	test.Tap(f.mm.leaveBtn)
	if f.isOpen() {
		t.Fatal("Avsluta mötesläge left the window open")
	}

	f.open(openMeetingDate)
	f.mm.win.Canvas().(fyne.Shortcutable).TypedShortcut(widgets.LeaveShortcut)
	if f.isOpen() {
		t.Fatal("Ctrl+W left the window open")
	}

	f.open(openMeetingDate)
	f.mm.focus(f.mm.panel.text)
	f.mm.win.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(widgets.LeaveShortcut)
	if f.isOpen() {
		t.Fatal("Ctrl+W in the decision text left the window open")
	}

	f.open(openMeetingDate)
	f.mm.toggleFullScreen()
	f.press(fyne.KeyEscape)
	if f.mm.win.FullScreen() || !f.isOpen() {
		t.Errorf("Esc: full screen %v, open %v; want the window, not full screen", f.mm.win.FullScreen(), f.isOpen())
	}
	if s := lang.L("shortcuts.text"); !strings.Contains(s, "Ctrl+W\tavsluta mötesläget") {
		t.Errorf("Kortkommandon does not list the key that leaves meeting mode: %q", s)
	}
}

// unsavedQuestion returns the open question's text and its buttons.
func (f *meetingModeFixture) unsavedQuestion() (string, []*widgets.Button) {
	f.t.Helper()
	top := f.mm.win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatal("leaving with unsaved decisions asks nothing")
	}
	return strings.Join(labelsOf(top), " "), objectsOf[*widgets.Button](top)
}

// The question about unsaved decisions says how many in proper Swedish,
// highlights Fortsätt mötet, which Enter and Escape choose, and only its
// other button leaves.
func TestMeetingModeUnsavedQuestionDefaultsToContinuing(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	test.Tap(f.mm.leaveBtn)
	text, buttons := f.unsavedQuestion()
	if !strings.Contains(text, "Beslutet på 1 punkt är inte sparat") || strings.Contains(text, "(er)") {
		t.Errorf("the question says %q", text)
	}
	var high []string
	for _, b := range buttons {
		if b.Importance == widget.HighImportance {
			high = append(high, b.Text)
		}
	}
	if !slices.Equal(high, []string{"Fortsätt mötet"}) {
		t.Errorf("highlighted: %q, want Fortsätt mötet alone", high)
	}
	f.press(fyne.KeyReturn)
	if !f.isOpen() || f.mm.win.Canvas().Overlays().Top() != nil || f.mm.panel.outcome != model.OutcomeApproved {
		t.Fatal("Enter did not go on with the meeting, keeping the choice")
	}

	f.press(fyne.KeyPageDown)
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	f.press(fyne.KeyPageDown)
	test.TypeOnCanvas(f.mm.win.Canvas(), "4")
	f.mm.win.Canvas().(fyne.Shortcutable).TypedShortcut(widgets.LeaveShortcut)
	if text, _ := f.unsavedQuestion(); !strings.Contains(text, "Besluten på 3 punkter är inte sparade") {
		t.Errorf("the question says %q", text)
	}
	f.press(fyne.KeyEscape)
	if !f.isOpen() || f.mm.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not go on with the meeting")
	}
	f.mm.onClose()
	_, buttons = f.unsavedQuestion()
	for _, b := range buttons {
		if b.Text == "Avsluta utan att spara" {
			test.Tap(b)
		}
	}
	if f.isOpen() {
		t.Error("Avsluta utan att spara left the window open")
	}

	if err := uikit.SetLanguage(model.English); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { uikit.SetLanguage(model.Swedish) })
	f.open(openMeetingDate)
	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	f.mm.onClose()
	if text, _ := f.unsavedQuestion(); !strings.Contains(text, "The decision on 1 item is not saved") {
		t.Errorf("in English the question says %q", text)
	}
}

// absY is o's distance from the top of the window.
func absY(o fyne.CanvasObject) float32 {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Y
}

// The decision panel scrolls as a whole, by the wheel over a text field
// too, and a reservation, note or recusal added is scrolled into view.
func TestMeetingModePanelScrollsOverFieldsAndShowsNewRows(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	for _, rows := range []*memberRows{p.recusals, p.notes, p.reservations} {
		p.scroll.ScrollToTop()
		test.Tap(rows.add)
		row := rows.rows[len(rows.rows)-1].box
		top := absY(row) - absY(p.scroll)
		if top < 0 || top+row.Size().Height > p.scroll.Size().Height+1 {
			t.Errorf("%s: the new row is at %v–%v of a panel %v high", rows.field, top, top+row.Size().Height, p.scroll.Size().Height)
		}
	}
	if p.scroll.Content.Size().Height <= p.scroll.Size().Height {
		t.Fatal("the panel has nothing to scroll")
	}
	p.scroll.ScrollToTop()
	f.mm.unfocus()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.text).AddXY(20, 10)
	test.Scroll(f.mm.win.Canvas(), pos, 0, -80)
	if p.scroll.Offset.Y <= 0 {
		t.Errorf("the wheel over the decision text did not scroll the panel (offset %v)", p.scroll.Offset.Y)
	}
}

// Tab to a field below what the panel shows, on a projector's 1280 × 720,
// scrolls the panel so that the field is in view.
func TestMeetingModeTabBringsTheFieldIntoView(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	f.mm.win.Resize(fyne.NewSize(1280, 720))
	p := f.mm.panel
	test.Tap(p.notes.add)
	field := p.notes.rows[len(p.notes.rows)-1].text
	p.scroll.ScrollToTop()
	if top := absY(field) - absY(p.scroll); top < p.scroll.Size().Height {
		t.Fatalf("the note's field is in view already (at %v of %v): nothing to test", top, p.scroll.Size().Height)
	}
	c := f.mm.win.Canvas()
	c.Focus(p.text)
	for range 50 {
		if c.Focused() == field {
			break
		}
		c.FocusNext()
	}
	if c.Focused() != field {
		t.Fatalf("Tab does not reach the note's field; the focus is on %T", c.Focused())
	}
	top := absY(field) - absY(p.scroll)
	if top < 0 || top+field.Size().Height > p.scroll.Size().Height+1 {
		t.Errorf("the focused field is at %v–%v of a panel %v high", top, top+field.Size().Height, p.scroll.Size().Height)
	}
}

// The agenda shows a long title on two lines rather than cut on one, and
// the item's title does not run into its summary once the window is
// narrower (as after leaving full screen).
func TestMeetingModeWrapsTitlesAndLaysOutAgainWhenResized(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	f.mm.win.Resize(fyne.NewSize(1280, 720))
	long := slices.IndexFunc(f.mm.meeting.Items, func(it model.Item) bool {
		return len([]rune(f.mm.revisions[it.ID].Content.Title)) > 40
	})
	if long < 0 {
		t.Fatal("the demo's open meeting has no item with a long title")
	}
	f.mm.list.ScrollTo(long)
	var rows int
	for _, l := range objectsOf[*widget.Label](f.mm.list) {
		if !strings.Contains(l.Text, f.mm.revisions[f.mm.meeting.Items[long].ID].Content.Title) {
			continue
		}
		for _, tx := range objectsOf[*canvas.Text](l) {
			if tx.Text != "" {
				rows++
			}
		}
	}
	if rows < 2 {
		t.Errorf("the long title takes %d line(s) in the agenda, want 2", rows)
	}

	f.mm.goTo(long)
	f.mm.win.Resize(fyne.NewSize(760, 720))
	if bottom := f.mm.title.Position().Y + f.mm.title.Size().Height; bottom > f.mm.summary.Position().Y+0.5 {
		t.Errorf("after narrowing, the title ends at %v, below the summary's top %v", bottom, f.mm.summary.Position().Y)
	}
	if h, min := f.mm.title.Size().Height, f.mm.title.MinSize().Height; h+0.5 < min {
		t.Errorf("the title has %v of the %v its lines need", h, min)
	}
}
