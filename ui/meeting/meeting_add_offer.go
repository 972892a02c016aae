package meeting

import (
	"maps"
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// addChoices lists what Lägg till ärende offers for mt's agenda
// (model.AgendaOffers), each with its reasons in words.
func (m *Window) addChoices(mt model.Meeting) []addChoice {
	proposals := slices.Collect(maps.Values(m.proposals))
	var out []addChoice
	for _, o := range model.AgendaOffers(proposals, m.meetings, mt) {
		c := addChoice{Proposal: o.Proposal, Part: o.Part(), Why: rememberedText(o), Elsewhere: o.Waits()}
		switch {
		case o.Waits():
			c.Waits = lang.L("meetings.waits_elsewhere", map[string]any{
				"Date": meetingDate(o.WaitsAt), "Number": o.WaitsItem.Number})
		case o.NeedsRevision:
			c.Waits = c.Why
			c.Why = ""
		}
		out = append(out, c)
	}
	return out
}

// rememberedText says which earlier decision brings the proposal back:
// "Bordlagt 14 oktober 2026, § 5", "Återremitterat 14 oktober 2026, § 6
// – ny version 3"; "" for a proposal with nothing to remember.
func rememberedText(o model.AgendaOffer) string {
	var s string
	switch o.Remembered {
	case model.OutcomeDeferred:
		s = lang.L("meetings.offer_deferred")
	case model.OutcomeReturned:
		s = lang.L("meetings.offer_returned")
	default:
		return ""
	}
	if o.Item.Number != 0 {
		s += " " + lang.L("meetings.offer_at", map[string]any{"Date": meetingDate(o.At), "Number": o.Item.Number})
	}
	if o.Remembered != model.OutcomeReturned {
		return s
	}
	key := "meetings.offer_new_version"
	switch {
	case o.NeedsRevision:
		key = "meetings.offer_needs_version"
	case o.Proposal.Status == model.StatusDraft:
		key = "meetings.offer_new_version_draft"
	}
	return s + " – " + lang.L(key, map[string]any{"Revision": o.Proposal.Revision})
}

// meetingDate is the day a meeting is held, as people read it.
func meetingDate(mt model.Meeting) string {
	return uikit.FormatDate(model.DateOf(mt.StartsAt.Local()))
}

// partHeadings name the parts of Lägg till ärende's list.
var partHeadings = map[model.OfferPart]string{
	model.OfferRemembered: "meetings.offer_part_remembered",
	model.OfferReady:      "meetings.offer_part_ready",
	model.OfferBlocked:    "meetings.offer_part_blocked",
}

// withHeaders puts each part of choices under its heading, when more
// than one part is there.
func withHeaders(choices []addChoice) []addChoice {
	parts := map[model.OfferPart]bool{}
	for _, c := range choices {
		parts[c.Part] = true
	}
	if len(parts) < 2 {
		return choices
	}
	var out []addChoice
	for i, c := range choices {
		if i == 0 || choices[i-1].Part != c.Part {
			out = append(out, addChoice{Part: c.Part, Header: lang.L(partHeadings[c.Part])})
		}
		out = append(out, c)
	}
	return out
}

// fitHeadings gives the headings' rows the height of their one line, and
// the proposals' rows their usual height.
func (a *addItemDialog) fitHeadings() {
	row := a.newRow().MinSize().Height
	heading := widget.NewLabel("§").MinSize().Height
	for k, c := range a.shown {
		if c.Header != "" {
			a.list.SetItemHeight(k, heading)
		} else {
			a.list.SetItemHeight(k, row)
		}
	}
}
