package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

// A click, Enter, Return or Space chooses the row; other keys and
// letters do not.
func TestLinkRowIsChosenByClickEnterAndSpace(t *testing.T) {
	testapp.New(t)
	chosen := 0
	r := NewLinkRow("2.3  Föräldrastöd", "Ingen anteckning sedan 1 oktober 2025", func() { chosen++ })
	w := test.NewWindow(r)
	defer w.Close()
	test.Tap(r)
	if chosen != 1 {
		t.Fatalf("a click chose it %d times", chosen)
	}
	w.Canvas().Focus(r)
	for _, k := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace, fyne.KeyDown, fyne.KeyEscape} {
		r.TypedKey(&fyne.KeyEvent{Name: k})
	}
	r.TypedRune('x')
	if chosen != 4 {
		t.Errorf("chosen %d times, want 4: a click, Return, Enter and Space", chosen)
	}
	if !r.focused {
		t.Error("the row does not show that it has the keyboard")
	}
	if r.Title.Text != "2.3  Föräldrastöd" || r.Detail.Text != "Ingen anteckning sedan 1 oktober 2025" {
		t.Errorf("title %q, detail %q", r.Title.Text, r.Detail.Text)
	}
}

// The row that has the keyboard is drawn with a border, which goes when
// the keyboard moves on.
func TestLinkRowDrawsAFocusBorder(t *testing.T) {
	testapp.New(t)
	r := NewLinkRow("2.3  Föräldrastöd", "", func() {})
	w := test.NewWindow(r)
	defer w.Close()
	l := test.WidgetRenderer(r).(*linkRowRenderer)
	w.Canvas().Focus(r)
	if l.bg.StrokeWidth != FocusBorder {
		t.Errorf("focused: border %v, want %v", l.bg.StrokeWidth, FocusBorder)
	}
	w.Canvas().Unfocus()
	if l.bg.StrokeWidth != 0 {
		t.Errorf("unfocused: border %v", l.bg.StrokeWidth)
	}
}
