package widgets

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowNote is a tree row's note: a label saying what it is and a text
// with the byte ranges marks of it marked.
type rowNote struct {
	label, text string
	marks       [][2]int
}

// shown tells whether the row has a note to show.
func (r rowNote) shown() bool { return r.label != "" || r.text != "" }

// SetNote shows under the row's title, on the row's last line, label
// (greyed) and text with the byte ranges marks of it marked as a search's
// matches: the words of a comment that a search found the row by. Set
// takes the note away; call SetNote after it.
func (n *TreeRow) SetNote(label, text string, marks [][2]int) {
	n.note = rowNote{label: label, text: text, marks: marks}
	n.shownFor, n.noteFor = -1, -1
	n.layout.Layout(nil, n.Size())
}

// titleLines is how many lines the title may take: titleLines, one less
// when a note takes the last.
func (n *TreeRow) titleLines() int {
	if n.note.shown() {
		return max(1, titleLines()-1)
	}
	return titleLines()
}

// NoteText is the whole note, its label and text, as SetNote gave them.
func (n *TreeRow) NoteText() string {
	return joinNote(n.note.label, n.note.text)
}

// joinNote is a note's label and text as one line.
func joinNote(label, text string) string {
	if label == "" || text == "" {
		return label + text
	}
	return label + " " + text
}

// showNote fills the note's segments with as much of the note as one
// line of width holds, ending in "…" when it is cut.
func (n *TreeRow) showNote(width float32) {
	if !n.note.shown() {
		n.Note.Segments = nil
		n.Note.Hide()
		return
	}
	at := 0 // where the text begins in the line, or would
	if n.note.label != "" {
		at = len(n.note.label) + 1
	}
	text, marks := n.note.text, n.note.marks
	line := fitLines(joinNote(n.note.label, text), width-2*theme.InnerPadding(), 1, len(marks) > 0)
	// The first match must show: words before it give way, one at a time,
	// while the line's end cuts it.
	for len(marks) > 0 && at+marks[0][1] > len(strings.TrimSuffix(line, " …")) {
		space := strings.IndexByte(text[:marks[0][0]], ' ')
		if space < 0 {
			break
		}
		text = "…" + text[space+1:]
		shift := len("…") - (space + 1)
		marks = slices.Clone(marks)
		for i := range marks {
			marks[i] = [2]int{marks[i][0] + shift, marks[i][1] + shift}
		}
		line = fitLines(joinNote(n.note.label, text), width-2*theme.InnerPadding(), 1, true)
	}
	grey := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}
	plain := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameForeground}
	var segs []widget.RichTextSegment
	if n.note.label != "" {
		segs = append(segs, &widget.TextSegment{Text: line[:min(at, len(line))], Style: grey})
	}
	if at < len(line) {
		segs = append(segs, markedSegments(line[at:], marks, plain)...)
	}
	n.Note.Segments = segs
	n.Note.Show()
	n.Note.Refresh()
}
