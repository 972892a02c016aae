package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

func TestTreeRowLeavesTheTitleRoomBesideALongStatus(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	n.Title.SetText("1.1  Utökade hembesök för förstagångsföräldrar")
	n.Status.SetText("Beslutat – godkänt med villkor")
	l := rowLayout{n}
	natural := l.statusWidth()

	l.Layout(nil, fyne.NewSize(natural*3, 35)) // room enough: the status whole
	if n.Status.Size().Width != natural || n.Title.Size().Width <= natural {
		t.Errorf("wide row: status %v (natural %v), title %v", n.Status.Size().Width, natural, n.Title.Size().Width)
	}
	narrow := natural * 1.2 // the status would leave the title a sixth of the row
	l.Layout(nil, fyne.NewSize(narrow, 35))
	if got := n.Status.Size().Width; got > narrow*statusShare+0.5 {
		t.Errorf("narrow row: status %v of %v", got, narrow)
	}
	if got := n.Title.Size().Width; got < narrow*(1-statusShare)-theme.Padding()-0.5 {
		t.Errorf("narrow row: title %v of %v", got, narrow)
	}
}

// A row without a status gives the title the whole width.
func TestTreeRowWithoutStatusIsAllTitle(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	n.Title.SetText("2  Trygga skolor")
	w := test.NewWindow(n)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 40))
	if n.Status.Size().Width != 0 || n.Title.Size().Width < n.Size().Width-theme.Padding()-0.5 {
		t.Errorf("title %v and status %v in a row of %v", n.Title.Size().Width, n.Status.Size().Width, n.Size().Width)
	}
}
