package widgets

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TreeRow is one row of a tree: a title (a proposal's ref and title) on
// the left, in up to two lines (titleLines), with the words a search matched marked,
// and a status on the right; a longer title ends in "…"
// (cut here: Fyne's own truncation of wrapped rich text fails when a line
// does not fit), and the status never takes more than statusShare of the
// row. A note (SetNote: why a search found the row) takes the last line,
// across the whole row, the title then one line less.
type TreeRow struct {
	widget.BaseWidget
	Title  *widget.RichText
	Note   *widget.RichText
	Status *widget.Label
	layout rowLayout

	title    string
	marks    [][2]int
	note     rowNote
	bold     bool
	dimmed   bool
	shownFor float32 // the width the title's segments were made for
	noteFor  float32 // the row width the note's segments were made for
}

// NewTreeRow returns a row with an empty title and status.
func NewTreeRow() *TreeRow {
	n := &TreeRow{Title: widget.NewRichText(), Note: widget.NewRichText(), Status: widget.NewLabel("")}
	n.Title.Wrapping = fyne.TextWrapWord
	n.Note.Truncation = fyne.TextTruncateEllipsis
	n.Note.Hide()
	n.layout = rowLayout{n}
	n.ExtendBaseWidget(n)
	return n
}

// TitleText is the whole title, as Set gave it.
func (n *TreeRow) TitleText() string { return n.title }

// Dimmed tells whether the title is greyed: shown only because a match
// sits under it.
func (n *TreeRow) Dimmed() bool { return n.dimmed }

// Set shows a row: the title, bold for an area, greyed when dimmed, with
// the byte ranges marks of it marked as a search's matches, and the
// status in its importance's colour, without a note. The row is laid
// out again at once, so that a longer status never shows cut until the
// next redraw.
func (n *TreeRow) Set(title string, marks [][2]int, bold, dimmed bool, status string, importance widget.Importance) {
	n.title, n.marks, n.bold, n.dimmed = title, marks, bold, dimmed
	n.note = rowNote{}
	n.Status.Text = status
	n.Status.Importance = importance
	n.shownFor = -1
	n.layout.Layout(nil, n.Size())
	n.Status.Refresh()
}

// showTitle fills the title's segments with as much of the title as its
// lines of width hold, ending in "…" when it is cut, and the note's with
// as much of the note as one line of the row's width holds.
func (n *TreeRow) showTitle(width, rowWidth float32) {
	if width == n.shownFor && rowWidth == n.noteFor {
		return
	}
	n.shownFor, n.noteFor = width, rowWidth
	title := fitLines(n.title, width-2*theme.InnerPadding(), n.titleLines(), n.bold || len(n.marks) > 0)
	colour := theme.ColorNameForeground
	if n.dimmed {
		colour = theme.ColorNamePlaceHolder
	}
	plain := widget.RichTextStyle{Inline: true, ColorName: colour, TextStyle: fyne.TextStyle{Bold: n.bold}}
	n.Title.Segments = markedSegments(title, n.marks, plain)
	n.Title.Refresh()
	n.showNote(rowWidth)
}

// markedSegments is text in plain's style, with the byte ranges marks of
// it marked as a search's matches; a mark stops before the " …" of a
// text fitLines cut.
func markedSegments(text string, marks [][2]int, plain widget.RichTextStyle) []widget.RichTextSegment {
	marked := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	kept := len(strings.TrimSuffix(text, " …"))
	var segs []widget.RichTextSegment
	at := 0
	for _, m := range marks {
		end := min(m[1], kept)
		if m[0] < at || m[0] >= end {
			continue
		}
		if m[0] > at {
			segs = append(segs, &widget.TextSegment{Text: text[at:m[0]], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: text[m[0]:end], Style: marked})
		at = end
	}
	if at < len(text) || len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: text[at:], Style: plain})
	}
	return segs
}

// fitLines returns as much of s as lines lines of width hold when
// wrapped at spaces (measured bold when any of it is drawn bold), with
// "…" at the end when it had to be cut.
func fitLines(s string, width float32, lines int, bold bool) string {
	if width <= 0 {
		return s
	}
	size := theme.TextSize()
	fits := func(t string) bool {
		return fyne.MeasureText(t, size, fyne.TextStyle{Bold: bold}).Width <= width
	}
	words := strings.Fields(s)
	var out []string
	line := ""
	for i := 0; i < len(words); i++ {
		next := words[i]
		if line != "" {
			next = line + " " + words[i]
		}
		if fits(next) || line == "" && len(out) == lines-1 && fits(words[i]) {
			line = next
			continue
		}
		if line == "" { // one word wider than a line: Fyne breaks it
			line = next
			continue
		}
		out = append(out, line)
		line = ""
		if len(out) == lines {
			break
		}
		i--
	}
	if len(out) < lines {
		return s
	}
	// Cut the last line to leave room for "…".
	last := []rune(out[lines-1])
	for len(last) > 0 && !fits(string(last)+" …") {
		last = last[:len(last)-1]
	}
	out[lines-1] = strings.TrimSpace(string(last)) + " …"
	// Keep the title's own spacing ("1.1  Titel") for what is shown.
	shown := strings.Join(out, " ")
	return shownPrefix(s, shown)
}

// shownPrefix returns the start of s that shown (s's words joined by
// single spaces, ending in " …") shows, with s's own spacing, and "…".
func shownPrefix(s, shown string) string {
	want := strings.TrimSuffix(shown, " …")
	i, j := 0, 0
	for i < len(s) && j < len(want) {
		switch {
		case s[i] == want[j]:
			i++
			j++
		case s[i] == ' ':
			i++
		default:
			return shown
		}
	}
	return s[:i] + " …"
}

// CreateRenderer lays the status out at the row's right end, leaving the
// rest to the title (see rowLayout).
func (n *TreeRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(n.layout, n.Title, n.Note, n.Status))
}

// statusShare is the most of a row's width the status takes: at the
// larger text sizes, or in a narrow pane, a long status ("Beslutat –
// godkänt med villkor") would otherwise leave no room for the title.
const statusShare = 0.6

// rowLayout gives a tree row's status its whole width, up to statusShare
// of the row, and the title the rest, in two lines.
type rowLayout struct{ n *TreeRow }

// Layout places the title on the left and the status on the right, at
// the height of the title's first line.
func (l rowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	whole := l.statusWidth()
	sw := min(whole, size.Width*statusShare)
	CutWhen(l.n.Status, sw < whole)
	tw := max(0, size.Width-sw-theme.Padding())
	l.n.showTitle(tw, size.Width)
	l.n.Title.Move(fyne.NewPos(0, 0))
	if l.n.note.shown() {
		// The note's line lies where a full title's last would.
		lines := titleLines()
		l.n.Title.Resize(fyne.NewSize(tw, lineHeights(lines-1)))
		l.n.Note.Move(fyne.NewPos(0, lineHeights(lines)-lineHeights(1)))
		l.n.Note.Resize(fyne.NewSize(size.Width, lineHeights(1)))
	} else {
		l.n.Title.Resize(fyne.NewSize(tw, size.Height))
	}
	l.n.Status.Move(fyne.NewPos(size.Width-sw, 0))
	l.n.Status.Resize(fyne.NewSize(sw, min(size.Height, lineHeights(1))))
}

// MinSize is titleLines lines of text high, and as narrow as the status.
func (l rowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.statusWidth()+4*theme.InnerPadding(), lineHeights(titleLines()))
}

// titleLines is how many lines a title may take: two, and three at a
// text size larger than Fyne's own, where the same pane holds fewer
// words a line.
func titleLines() int {
	if theme.TextSize() > 1.1*theme.DefaultTheme().Size(theme.SizeNameText) {
		return 3
	}
	return 2
}

// statusWidth is the status label's width with its whole text.
func (l rowLayout) statusWidth() float32 {
	return WholeWidth(l.n.Status)
}

var heights struct {
	sync.Mutex
	size float32
	of   [4]float32
}

// lineHeights is the height of a label of n (1 to 3) lines at the
// current text size, measured once for each size.
func lineHeights(n int) float32 {
	heights.Lock()
	defer heights.Unlock()
	if size := theme.TextSize(); size != heights.size || heights.of[n] == 0 {
		heights.size = size
		for i := 1; i < len(heights.of); i++ {
			heights.of[i] = widget.NewLabel(strings.Repeat("Åg\n", i-1) + "Åg").MinSize().Height
		}
	}
	return heights.of[n]
}
