package ui

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// historyTab shows a proposal's revisions, newest first, its entries in
// the audit log, and the difference between any two revisions, field by
// field.
type historyTab struct {
	content fyne.CanvasObject
	scroll  *container.Scroll

	revisionsText *widget.RichText
	auditText     *widget.RichText
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
		auditText:     widget.NewRichText(),
		diff:          container.NewVBox(),
	}
	t.revisionsText.Wrapping = fyne.TextWrapWord
	t.auditText.Wrapping = fyne.TextWrapWord
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
		heading("detail.history.audit"),
		t.auditText,
	)))
	t.content = t.scroll
	return t
}

// historyData is what the tab shows of a proposal's detail.
type historyData struct {
	revisions []model.Revision // oldest first
	audit     []model.AuditEntry
}

// historyOf takes what the tab shows from the proposal's detail, read
// with err; it touches no widget, so it may run off the UI goroutine.
func historyOf(d model.ProposalDetail, err error) historyData {
	if err != nil {
		return historyData{}
	}
	revs := slices.Clone(d.Revisions)
	sort.Slice(revs, func(i, j int) bool { return revs[i].Number < revs[j].Number })
	return historyData{revisions: revs, audit: newestFirst(slices.Clone(d.Audit))}
}

// newestFirst orders audit entries by when they were made, the newest
// first; entries of the same moment keep the store's order (its newest
// first). The store lists them in the order they were written, which is
// not always the order of their times (the demo's history, an import).
func newestFirst(entries []model.AuditEntry) []model.AuditEntry {
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].At.After(entries[j].At) })
	return entries
}

// clear empties the tab while another proposal's history is read.
func (t *historyTab) clear() {
	t.revisions, t.changed = nil, nil
	t.revisionsText.Segments = nil
	t.revisionsText.Refresh()
	t.auditText.Segments = nil
	t.auditText.Refresh()
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
	t.auditText.Segments = loadingText()
	t.auditText.Refresh()
}

// apply shows what read found for p.
func (t *historyTab) apply(p model.Proposal, d historyData) {
	t.shown = p
	revs := d.revisions
	t.revisions = revs
	t.showRevisions()
	t.showAudit(d.audit)

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

func (t *historyTab) showAudit(entries []model.AuditEntry) {
	var segs []widget.RichTextSegment
	for _, e := range entries {
		segs = append(segs,
			&widget.TextSegment{Text: uikit.FormatTime(e.At) + " · " + actorName(e.Actor), Style: strongStyle()},
			paragraph(auditText(e)))
	}
	if len(segs) == 0 {
		segs = append(segs, paragraph(lang.L("detail.none")))
	}
	t.auditText.Segments = segs
	t.auditText.Refresh()
}

// auditActions are the audit actions the interface names, each with the
// label "detail.audit."+action: every action the store writes (see the
// t.audit calls in model/sqlite), so Historik shows no raw code.
var auditActions = map[string]bool{
	"proposal.create": true, "proposal.update": true, "proposal.ready": true,
	"proposal.draft": true, "proposal.withdraw": true,
	"comment.add": true, "comment.resolve": true, "comment.reopen": true,
	"decision.record": true, "followup.save": true,
	"item.add": true, "item.remove": true, "item.move": true,
	"meeting.create": true, "meeting.update": true, "meeting.sign_off": true, "meeting.signed_off": true, "meeting.protocol": true,
	"member.create": true, "member.update": true,
}

// auditText says what an audit row records, in words: the action, the
// revision it made and the fields it changed.
func auditText(e model.AuditEntry) string {
	text := e.Action
	if auditActions[e.Action] {
		text = lang.L("detail.audit." + e.Action)
	}
	var d struct {
		Revision int      `json:"revision"`
		Changed  []string `json:"changed"`
	}
	if json.Unmarshal([]byte(e.Detail), &d) == nil {
		if d.Revision > 0 && (e.Action == "proposal.create" || e.Action == "proposal.update") {
			text += " (" + lang.L("detail.revision", map[string]any{"N": d.Revision}) + ")"
		}
		if len(d.Changed) > 0 {
			var names []string
			for _, f := range d.Changed {
				names = append(names, strings.ToLower(lang.L("field."+f)))
			}
			text += ". " + lang.L("detail.history.changed") + ": " + strings.Join(names, ", ")
		}
	}
	return text
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
