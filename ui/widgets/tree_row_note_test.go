package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

// A note takes the row's last line, across the status's column, with
// its matches marked; the title keeps the line above, and the row its
// height. Set takes the note away.
func TestTreeRowNoteTakesTheLastLine(t *testing.T) {
	a := testapp.New(t)
	for _, size := range []float32{14, 20} {
		a.Settings().SetTheme(sizedTheme{size})
		n := NewTreeRow()
		title := "1.2  Fritidsgårdar"
		n.Set(title, nil, false, false, "Utkast", widget.MediumImportance)
		height := n.MinSize().Height
		text := "…kan vi ringa idrottsföreningarna först?"
		at := strings.Index(text, "idrottsföreningarna")
		n.SetNote("Kommentar:", text, [][2]int{{at, at + len("idrottsföreningarna")}})
		w := test.NewWindow(n)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(700, height))
		if n.MinSize().Height != height {
			t.Errorf("size %v: a note changed the row's height from %v to %v", size, height, n.MinSize().Height)
		}
		// The note's text starts where the title's text above it ends.
		if !n.Note.Visible() || n.Note.Position().Y < lineHeights(titleLines()-1)-2*theme.InnerPadding()-0.5 ||
			n.Note.Position().Y+n.Note.Size().Height > n.Size().Height+0.5 {
			t.Errorf("size %v: note at %v, %v in a row of %v", size, n.Note.Position(), n.Note.Size(), n.Size())
		}
		if n.Note.Size().Width != n.Size().Width {
			t.Errorf("size %v: note %v wide in a row of %v", size, n.Note.Size().Width, n.Size().Width)
		}
		var marked, grey []string
		for _, s := range n.Note.Segments {
			ts := s.(*widget.TextSegment)
			switch ts.Style.ColorName {
			case theme.ColorNamePrimary:
				marked = append(marked, ts.Text)
			case theme.ColorNamePlaceHolder:
				grey = append(grey, ts.Text)
			}
		}
		if strings.Join(marked, "|") != "idrottsföreningarna" || strings.Join(grey, "|") != "Kommentar: " {
			t.Errorf("size %v: note marks %q, greys %q", size, marked, grey)
		}
		if got := strings.Join(strings.Fields(renderedText(n.Note)), " "); got != "Kommentar: "+text {
			t.Errorf("size %v: note draws %q", size, got)
		}
		if got := renderedText(n.Title); got != title {
			t.Errorf("size %v: title draws %q beside a note", size, got)
		}
		n.Set(title, nil, false, false, "Utkast", widget.MediumImportance)
		if n.Note.Visible() || n.NoteText() != "" {
			t.Errorf("size %v: Set kept the note %q", size, n.NoteText())
		}
		w.Close()
	}
}

// A note longer than the row is cut with "…"; a mark cut off does not
// reach past it.
func TestTreeRowCutsALongNote(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	n.Set("1.2  Fritidsgårdar", nil, false, false, "", widget.MediumImportance)
	text := "Fråga om nattvandring i helgerna, och om vem som ska samordna nattvandrarna."
	first, last := strings.Index(text, "nattvandring"), strings.LastIndex(text, "nattvandrarna")
	n.SetNote("Kommentar:", text, [][2]int{{first, first + len("nattvandring")}, {last, last + len("nattvandrarna")}})
	w := test.NewWindow(n)
	w.SetPadded(false)
	defer w.Close()
	w.Resize(fyne.NewSize(fyne.MeasureText("Kommentar: Fråga om nattvandring i helgerna", theme.TextSize(), fyne.TextStyle{Bold: true}).Width+2*theme.InnerPadding(), n.MinSize().Height))
	got := renderedText(n.Note)
	if !strings.HasSuffix(got, "…") || !strings.Contains(got, "nattvandring") || strings.Contains(got, "samordna") {
		t.Errorf("note draws %q", got)
	}
	for _, s := range n.Note.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.ColorName == theme.ColorNamePrimary && ts.Text != "nattvandring" {
			t.Errorf("marks %q", ts.Text)
		}
	}
}

// When the row cuts the note before its first match, the words before
// the match give way, so that the match shows.
func TestTreeRowNoteKeepsTheMatchInView(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	n.Set("5.1  Trygghetsnod", nil, false, false, "", widget.MediumImportance)
	text := "…delar av ytorna. Vem blir personuppgiftsansvarig? Det behöver vara klarlagt…"
	at := strings.Index(text, "personuppgiftsansvarig")
	n.SetNote("Kommentar:", text, [][2]int{{at, at + len("personuppgiftsansvarig")}})
	w := test.NewWindow(n)
	w.SetPadded(false)
	defer w.Close()
	w.Resize(fyne.NewSize(fyne.MeasureText("Kommentar: …Vem blir personuppgiftsansvarig? Det", theme.TextSize(), fyne.TextStyle{Bold: true}).Width+2*theme.InnerPadding(), n.MinSize().Height))
	got := strings.Join(strings.Fields(renderedText(n.Note)), " ")
	if !strings.Contains(got, "personuppgiftsansvarig") || strings.Contains(got, "ytorna") || !strings.HasPrefix(got, "Kommentar: …") {
		t.Errorf("note draws %q; want the match whole, words before it dropped", got)
	}
	var marked []string
	for _, s := range n.Note.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.ColorName == theme.ColorNamePrimary {
			marked = append(marked, ts.Text)
		}
	}
	if strings.Join(marked, "|") != "personuppgiftsansvarig" {
		t.Errorf("note marks %q", marked)
	}
}
