package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// decisionsTab shows every decision taken on a proposal, oldest first:
// the meeting and §, the outcome, the decision text and conditions, and
// the revision decided on with its fingerprint. Items on an agenda that
// are not yet decided are shown too.
type decisionsTab struct {
	content fyne.CanvasObject
	text    *widget.RichText
	scroll  *container.Scroll
}

func newDecisionsTab() *decisionsTab {
	t := &decisionsTab{text: widget.NewRichText()}
	t.text.Wrapping = fyne.TextWrapWord
	t.scroll = container.NewVScroll(container.NewPadded(t.text))
	t.content = t.scroll
	return t
}

// agendaEntry is one item of one meeting about the shown proposal.
type agendaEntry struct {
	meeting model.Meeting
	item    model.Item
}

// decisionsData is what the tab shows of a proposal's detail.
type decisionsData struct {
	entries []agendaEntry
	names   map[int64]string // member names by id, for reservations
	err     error            // reading the detail failed
}

// decisionsOf takes what the tab shows from the proposal's detail, read
// with err; it touches no widget, so it may run off the UI goroutine.
func decisionsOf(d model.ProposalDetail, err error) decisionsData {
	if err != nil {
		return decisionsData{err: err}
	}
	out := decisionsData{names: make(map[int64]string, len(d.Members))}
	for _, e := range d.Agenda {
		out.entries = append(out.entries, agendaEntry{e.Meeting, e.Item})
	}
	for _, m := range d.Members {
		out.names[m.ID] = m.Name
	}
	return out
}

// clear empties the tab while another proposal's decisions are read.
func (t *decisionsTab) clear() {
	t.text.Segments = nil
	t.text.Refresh()
}

// waiting says the decisions are being read.
func (t *decisionsTab) waiting() {
	t.text.Segments = loadingText()
	t.text.Refresh()
}

// apply shows what read found for p.
func (t *decisionsTab) apply(p model.Proposal, d decisionsData) {
	if d.err != nil {
		t.text.Segments = []widget.RichTextSegment{paragraph(lang.L("detail.decisions.failed"))}
		t.text.Refresh()
		return
	}
	var segs []widget.RichTextSegment
	if len(d.entries) == 0 {
		segs = append(segs, paragraph(lang.L("detail.decisions.none")))
	}
	for i, e := range d.entries {
		if i > 0 {
			segs = append(segs, &widget.SeparatorSegment{})
		}
		segs = append(segs, decisionSegments(e, p, d.names)...)
	}
	t.text.Segments = segs
	t.text.Refresh()
	t.scroll.ScrollToTop()
}

func decisionSegments(e agendaEntry, p model.Proposal, names map[int64]string) []widget.RichTextSegment {
	m, it := e.meeting, e.item
	heading := lang.L("detail.decisions.meeting", map[string]any{
		"Date": uikit.FormatDate(model.DateOf(m.StartsAt.Local())), "N": it.Number})
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: heading, Style: widget.RichTextStyleSubHeading}}
	var where []string
	for _, s := range []string{m.Title, m.Place} {
		if s = strings.TrimSpace(s); s != "" {
			where = append(where, s)
		}
	}
	if len(where) > 0 {
		segs = append(segs, paragraph(strings.Join(where, " · ")))
	}
	field := func(key, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		segs = append(segs, &widget.TextSegment{Text: lang.L(key), Style: strongStyle()}, paragraph(value))
	}
	d := it.Decision
	if d == nil {
		field("detail.decisions.outcome", lang.L("detail.decisions.undecided"))
		field("detail.decisions.revision", revisionName(it.Revision))
		return segs
	}
	field("detail.decisions.outcome", d.Outcome.Label(uikit.Language()))
	field("detail.decisions.text", d.Text)
	field("detail.decisions.conditions", d.Conditions)
	if d.Outcome == model.OutcomeReturned {
		field("detail.decisions.return_what", d.Return.What)
		field("detail.decisions.return_who", d.Return.Who)
		field("detail.decisions.return_by", uikit.FormatDate(d.Return.By))
	}
	var reservations []string
	for _, r := range d.Reservations {
		name := names[r.MemberID]
		if name == "" {
			name = lang.L("detail.decisions.unknown_member")
		}
		reservations = append(reservations, name+": "+r.Text)
	}
	field("detail.decisions.reservations", bullets(reservations))
	revision := revisionName(d.Revision)
	if d.Revision != p.Revision {
		revision += " " + lang.L("detail.decisions.current_is", map[string]any{"N": p.Revision})
	}
	field("detail.decisions.revision", revision)
	field("field.fingerprint", model.ShortFingerprint(d.Fingerprint))
	return segs
}
