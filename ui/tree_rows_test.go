package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// treeRowText is what the row of ref draws, its lines joined by spaces.
func treeRowText(t *testing.T, w *MainWindow, ref string) (string, *widgets.TreeRow) {
	t.Helper()
	node := w.tree.createNode(false).(*widgets.TreeRow)
	w.tree.updateNode(ref, false, node)
	win := test.NewWindow(node)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(w.tree.tree.Size().Width, node.MinSize().Height))
	var parts []string
	for _, o := range test.LaidOutObjects(node.Title) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			parts = append(parts, tx.Text)
		}
	}
	return strings.Join(parts, " "), node
}

// TestTreeTitlesWrapInsteadOfEnding: at the default 1200 × 700, in both
// languages and at the larger text size, a title that two lines hold is
// shown whole beside the longest status, not cut with "…".
func TestTreeTitlesWrapInsteadOfEnding(t *testing.T) {
	for _, c := range []struct {
		lang model.Language
		size string
	}{{model.Swedish, textNormal}, {model.English, textNormal}, {model.Swedish, textLarge}} {
		w, _, _ := searchWindow(t)
		if err := SetLanguage(c.lang); err != nil {
			t.Fatal(err)
		}
		setTextSizePreference(fyne.CurrentApp(), c.size)
		w.win.Resize(fyne.NewSize(1200, 700))
		got, _ := treeRowText(t, w, "1.4")
		if strings.Contains(got, "…") || !strings.Contains(got, "utagerande beteende") {
			t.Errorf("%s at text size %s: 1.4 draws %q; want it whole", c.lang, c.size, got)
		}
	}
}

// TestSearchMarksTheMatchingWords: a hit's row marks the words that
// matched; rows not searched mark none.
func TestSearchMarksTheMatchingWords(t *testing.T) {
	w, _, _ := searchWindow(t)
	w.win.Resize(fyne.NewSize(1200, 700))
	typeSearch(w, "trygghetsnod")
	_, node := treeRowText(t, w, "5.1")
	var marked []string
	for _, s := range node.Title.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.ColorName == theme.ColorNamePrimary {
			marked = append(marked, ts.Text)
		}
	}
	if len(marked) != 1 || !strings.EqualFold(marked[0], "Trygghetsnod") {
		t.Errorf("5.1 marks %q; want Trygghetsnod", marked)
	}
	w.tree.search.entry.SetText("")
	w.tree.searchNow()
	_, node = treeRowText(t, w, "5.1")
	for _, s := range node.Title.Segments {
		if s.(*widget.TextSegment).Style.ColorName == theme.ColorNamePrimary {
			t.Errorf("without a search 5.1 still marks %q", s.(*widget.TextSegment).Text)
		}
	}
}

// treeNoteMarks are the words a row's note marks.
func treeNoteMarks(node *widgets.TreeRow) []string {
	var marked []string
	for _, s := range node.Note.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.ColorName == theme.ColorNamePrimary {
			marked = append(marked, ts.Text)
		}
	}
	return marked
}

// TestSearchShowsTheCommentThatMatched: a proposal found only through a
// comment shows, on its row's last line, the comment's words around the
// match with the word marked, in both languages, and the row keeps its
// height; a hit in the title has no such line.
func TestSearchShowsTheCommentThatMatched(t *testing.T) {
	for _, c := range []struct {
		lang  model.Language
		label string
	}{{model.Swedish, "Kommentar:"}, {model.English, "Comment:"}} {
		w, _, _ := searchWindow(t)
		if err := SetLanguage(c.lang); err != nil {
			t.Fatal(err)
		}
		w.win.Resize(fyne.NewSize(1200, 700))
		typeSearch(w, "personuppgiftsansvarig")
		_, node := treeRowText(t, w, "5.1")
		if !strings.HasPrefix(node.NoteText(), c.label+" ") || !strings.Contains(node.NoteText(), "Vem blir personuppgiftsansvarig?") {
			t.Errorf("%s: 5.1's note is %q; want the comment's words after %q", c.lang, node.NoteText(), c.label)
		}
		if got := treeNoteMarks(node); len(got) != 1 || got[0] != "personuppgiftsansvarig" {
			t.Errorf("%s: the note marks %q", c.lang, got)
		}
		if drawn := widgetsRenderedText(node.Note); !node.Note.Visible() || !strings.Contains(drawn, "personuppgiftsansvarig") {
			t.Errorf("%s: the note draws %q; want the marked word in view", c.lang, drawn)
		}
		if h, plain := node.MinSize().Height, widgets.NewTreeRow().MinSize().Height; h != plain {
			t.Errorf("%s: a row with a note is %v high, one without %v", c.lang, h, plain)
		}

		w.tree.search.entry.SetText("trygghetsnod")
		w.tree.searchNow()
		if _, node := treeRowText(t, w, "5.1"); node.Note.Visible() || node.NoteText() != "" {
			t.Errorf("%s: a hit in the title has the note %q", c.lang, node.NoteText())
		}
	}
}

// widgetsRenderedText is the text a rich text draws, its pieces joined by
// spaces.
func widgetsRenderedText(rt *widget.RichText) string {
	var parts []string
	for _, o := range test.LaidOutObjects(rt) {
		if tx, ok := o.(*canvas.Text); ok && o.Visible() && tx.Text != "" {
			parts = append(parts, tx.Text)
		}
	}
	return strings.Join(parts, " ")
}
