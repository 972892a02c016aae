package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

// A wrapping label in a reflowed scroll takes more lines, and the box
// below it moves down, when the window gets narrower.
func TestReflowLaysTheContentOutAgainWhenTheWidthChanges(t *testing.T) {
	testapp.New(t)
	title := widget.NewLabel("En lång rubrik som bryts över flera rader när fönstret blir smalt nog")
	title.Wrapping = fyne.TextWrapWord
	below := widget.NewLabel("Under")
	s := container.NewVScroll(container.NewVBox(title, below))
	w := test.NewWindow(Reflow(s))
	defer w.Close()
	w.Resize(fyne.NewSize(900, 400))
	wide := below.Position().Y
	w.Resize(fyne.NewSize(160, 400))
	if narrow := below.Position().Y; narrow <= wide {
		t.Errorf("the label below stays at %v after narrowing (was %v)", narrow, wide)
	}
	if below.Position().Y < title.Position().Y+title.Size().Height {
		t.Error("the title overlaps the label below it")
	}
}

// ScrollIntoView scrolls down to a row below the view, and up to one
// above it, and leaves a row already seen alone.
func TestScrollIntoViewShowsTheRowWhole(t *testing.T) {
	testapp.New(t)
	box := container.NewVBox()
	var rows []*widget.Label
	for i := 0; i < 40; i++ {
		l := widget.NewLabel("rad")
		rows = append(rows, l)
		box.Add(l)
	}
	s := container.NewVScroll(box)
	w := test.NewWindow(s)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 200))
	last := rows[len(rows)-1]
	ScrollIntoView(s, last)
	if s.Offset.Y+s.Size().Height < last.Position().Y+last.Size().Height {
		t.Fatalf("the last row is below the view (offset %v)", s.Offset.Y)
	}
	ScrollIntoView(s, rows[0])
	if s.Offset.Y != 0 {
		t.Errorf("the first row is above the view (offset %v)", s.Offset.Y)
	}
	ScrollIntoView(s, rows[1])
	if s.Offset.Y != 0 {
		t.Errorf("a row in view moved the scroll to %v", s.Offset.Y)
	}
}
