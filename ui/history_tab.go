package ui

import (
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// historyTab shows a proposal's revisions, newest first, the difference
// between any two revisions, field by field, and its timeline, oldest
// first.
type historyTab struct {
	content fyne.CanvasObject
	scroll  *container.Scroll

	revisionsText *widget.RichText
	timelineText  *widget.RichText
	from, to      *widget.Select
	diff          *fyne.Container

	shown     model.Proposal
	revisions []model.Revision // oldest first, as the selects list them
	// changed are the fields the diff shows, for tests.
	changed []string
}

func newHistoryTab() *historyTab {
	t := &historyTab{
		revisionsText: widget.NewRichText(),
		timelineText:  widget.NewRichText(),
		diff:          container.NewVBox(),
	}
	t.revisionsText.Wrapping = fyne.TextWrapWord
	t.timelineText.Wrapping = fyne.TextWrapWord
	t.from = widget.NewSelect(nil, t.onChosen)
	t.to = widget.NewSelect(nil, t.onChosen)
	t.from.PlaceHolder = lang.L("detail.history.choose")
	t.to.PlaceHolder = lang.L("detail.history.choose")
	heading := func(key string) *widget.RichText {
		return widget.NewRichText(&widget.TextSegment{Text: lang.L(key), Style: widget.RichTextStyleSubHeading})
	}
	chooser := func(key string, s *widget.Select) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(lang.L(key)), nil, s)
	}
	t.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(
		heading("detail.history.revisions"),
		t.revisionsText,
		widget.NewSeparator(),
		heading("detail.history.compare"),
		container.NewGridWithColumns(2, chooser("detail.history.from", t.from), chooser("detail.history.to", t.to)),
		t.diff,
		widget.NewSeparator(),
		heading("detail.history.timeline"),
		t.timelineText,
	)))
	t.content = t.scroll
	return t
}

// historyData is what the tab shows of a proposal's detail.
type historyData struct {
	revisions []model.Revision // oldest first
	timeline  []model.TimelineEvent
}

// historyOf takes what the tab shows from the proposal's detail, read
// with err; it touches no widget, so it may run off the UI goroutine.
func historyOf(d model.ProposalDetail, err error) historyData {
	if err != nil {
		return historyData{}
	}
	revs := slices.Clone(d.Revisions)
	sort.Slice(revs, func(i, j int) bool { return revs[i].Number < revs[j].Number })
	return historyData{revisions: revs, timeline: d.Timeline()}
}

// clear empties the tab while another proposal's history is read.
func (t *historyTab) clear() {
	t.revisions, t.changed = nil, nil
	t.revisionsText.Segments = nil
	t.revisionsText.Refresh()
	t.timelineText.Segments = nil
	t.timelineText.Refresh()
	t.from.SetOptions(nil)
	t.to.SetOptions(nil)
	t.from.Disable()
	t.to.Disable()
	t.diff.Objects = nil
	t.diff.Refresh()
}

// waiting says the history is being read.
func (t *historyTab) waiting() {
	t.revisionsText.Segments = loadingText()
	t.revisionsText.Refresh()
	t.timelineText.Segments = loadingText()
	t.timelineText.Refresh()
}

// apply shows what read found for p.
func (t *historyTab) apply(p model.Proposal, d historyData) {
	t.shown = p
	revs := d.revisions
	t.revisions = revs
	t.showRevisions()
	t.showTimeline(d.timeline)

	options := make([]string, len(revs))
	for i, r := range revs {
		options[i] = revisionOption(r)
	}
	// Setting the options clears the choice without calling onChosen.
	t.from.SetOptions(options)
	t.to.SetOptions(options)
	t.from.ClearSelected()
	t.to.ClearSelected()
	if len(revs) < 2 {
		t.from.Disable()
		t.to.Disable()
		t.showDiffMessage(lang.L("detail.history.one_revision"))
	} else {
		t.from.Enable()
		t.to.Enable()
		t.compare(len(revs)-2, len(revs)-1)
	}
	t.scroll.ScrollToTop()
}

func revisionOption(r model.Revision) string {
	return revisionName(r.Number) + " · " + uikit.FormatTime(r.CreatedAt)
}

// revisionName is "Version 2", for the start of a line.
func revisionName(n int) string {
	return lang.L("detail.history.revision", map[string]any{"N": n})
}

// compare chooses revisions i and j (indexes into t.revisions) and shows
// what differs between them.
func (t *historyTab) compare(i, j int) {
	t.from.SetSelectedIndex(i) // calls onChosen, which draws the diff
	t.to.SetSelectedIndex(j)
}

func (t *historyTab) onChosen(string) {
	i, j := t.from.SelectedIndex(), t.to.SelectedIndex()
	if i < 0 || j < 0 || i >= len(t.revisions) || j >= len(t.revisions) {
		return
	}
	if i == j {
		t.changed = nil
		t.showDiffMessage(lang.L("detail.history.same"))
		return
	}
	t.showDiff(t.revisions[i], t.revisions[j])
}

func (t *historyTab) showDiffMessage(msg string) {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	t.diff.Objects = []fyne.CanvasObject{l}
	t.diff.Refresh()
}

// showDiff shows, for every field in which b differs from a, its name and
// the value in each, side by side.
func (t *historyTab) showDiff(a, b model.Revision) {
	t.changed = a.Content.ChangedFields(b.Content)
	if len(t.changed) == 0 {
		t.showDiffMessage(lang.L("detail.history.no_change"))
		return
	}
	side := func(r model.Revision, field string) fyne.CanvasObject {
		value := fieldValue(r.Content, field)
		style := widget.RichTextStyleParagraph
		if value == "" {
			value = lang.L("detail.history.empty_value")
			style = widget.RichTextStyleEmphasis
			style.Inline = false
		}
		rt := widget.NewRichText(
			&widget.TextSegment{Text: revisionName(r.Number), Style: strongStyle()},
			&widget.TextSegment{Text: value, Style: style})
		rt.Wrapping = fyne.TextWrapWord
		return rt
	}
	objs := []fyne.CanvasObject{widget.NewLabel(lang.L("detail.history.changed_count", map[string]any{"N": len(t.changed)}))}
	for _, f := range t.changed {
		name := widget.NewLabelWithStyle(lang.L("field."+f), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		objs = append(objs, name, container.NewGridWithColumns(2, side(a, f), side(b, f)))
	}
	t.diff.Objects = objs
	t.diff.Refresh()
}

func (t *historyTab) showRevisions() {
	var segs []widget.RichTextSegment
	for i := len(t.revisions) - 1; i >= 0; i-- {
		r := t.revisions[i]
		line := revisionName(r.Number) + " · " + uikit.FormatTime(r.CreatedAt) + " · " + actorName(r.CreatedBy)
		segs = append(segs,
			&widget.TextSegment{Text: line, Style: strongStyle()},
			paragraph(lang.L("field.fingerprint")+": "+model.ShortFingerprint(r.Fingerprint)))
	}
	if len(segs) == 0 {
		segs = append(segs, paragraph(lang.L("detail.none")))
	}
	t.revisionsText.Segments = segs
	t.revisionsText.Refresh()
}

// showTimeline lists the proposal's events, oldest first, each with
// when and who.
func (t *historyTab) showTimeline(events []model.TimelineEvent) {
	var segs []widget.RichTextSegment
	for _, e := range events {
		segs = append(segs,
			&widget.TextSegment{Text: uikit.FormatTime(e.At) + " · " + actorName(e.Actor), Style: strongStyle()},
			paragraph(e.Text(uikit.Language())))
	}
	if len(segs) == 0 {
		segs = append(segs, paragraph(lang.L("detail.none")))
	}
	t.timelineText.Segments = segs
	t.timelineText.Refresh()
}

func actorName(a string) string {
	if a == "" || a == "system" {
		return lang.L("detail.history.system")
	}
	return a
}

// fieldValue writes one content field, named by its JSON name, as text,
// by its kind in model.Fields; "" when it is empty.
func fieldValue(c model.Content, field string) string {
	f, ok := model.FieldByName(field)
	if !ok {
		return ""
	}
	switch v := f.Value(&c).(type) {
	case []string:
		return bullets(v)
	case []model.Evidence:
		var items []string
		for _, e := range v {
			line := e.Kind.Label(uikit.Language()) + ": " + e.Citation
			if e.URL != "" {
				line += " (" + e.URL + ")"
			}
			items = append(items, line)
		}
		return bullets(items)
	case model.Date:
		return uikit.FormatDate(v)
	}
	return f.Display(&c, uikit.Language())
}
