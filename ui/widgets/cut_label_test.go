package widgets_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// A filter's name is whole while its column is wide enough, cut with "…"
// while it is not, and whole again when the column widens; the column
// may always be narrower than the name.
func TestCutWhenNarrowCutsOnlyWhileNarrow(t *testing.T) {
	testapp.New(t)
	name := widget.NewLabelWithStyle("Förebyggandenivå", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := widgets.CutWhenNarrow(name)
	whole := widgets.WholeWidth(name)
	if min := box.MinSize().Width; min >= whole/2 {
		t.Fatalf("least width %.0f, want well under the whole name's %.0f", min, whole)
	}
	for _, tc := range []struct {
		width float32
		cut   bool
	}{{whole + 20, false}, {whole / 2, true}, {whole, false}, {whole - 2, true}, {whole + 1, false}} {
		box.Resize(fyne.NewSize(tc.width, box.MinSize().Height))
		if got := name.Truncation == fyne.TextTruncateEllipsis; got != tc.cut {
			t.Errorf("at %.0f of %.0f: cut %v, want %v", tc.width, whole, got, tc.cut)
		}
		if name.Size().Width != tc.width {
			t.Errorf("at %.0f: the label is %.0f wide", tc.width, name.Size().Width)
		}
	}
}

// A list row keeps its size while its text changes: SetCutText and
// RefreshCut cut a text that has grown past the label and show whole one
// that fits, with no new layout of the row.
func TestSetCutTextFitsTheTextToTheLabel(t *testing.T) {
	testapp.New(t)
	short, long := "§ 3 · Godkänt", "§ 3 · Godkänt med ändringar, reservation av Bo Ek och Eva Lind"
	l := widget.NewLabel(short)
	row := widgets.CutWhenNarrow(l)
	row.Resize(fyne.NewSize(widgets.WholeWidth(l)+10, row.MinSize().Height))
	cut := func() bool { return l.Truncation == fyne.TextTruncateEllipsis }
	if cut() {
		t.Fatal("a text that fits is cut")
	}
	widgets.SetCutText(l, long)
	if l.Text != long || !cut() {
		t.Errorf("after a longer text: %q, cut %v; want it cut", l.Text, cut())
	}
	widgets.SetCutText(l, short)
	if cut() {
		t.Error("the short text is cut again after the long one")
	}
	l.Text, l.TextStyle = long, fyne.TextStyle{Italic: true}
	widgets.RefreshCut(l)
	if !cut() {
		t.Error("RefreshCut leaves a text wider than the label whole")
	}
}
