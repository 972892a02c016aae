package pdf

import (
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// voteLabels are the words of the vote and the recusals in the minutes.
var voteLabels = map[model.Language]map[string]string{
	model.Swedish: {
		"vote":           "Omröstning",
		"vote_put":       "Omröstning begärs och verkställs. Ja-röst för %s, nej-röst för %s.",
		"vote_ballots":   "Röstat har",
		"recusal_reason": "Skäl: %s",
	},
	model.English: {
		"vote":           "Vote",
		"vote_put":       "A vote is requested and taken. A yes vote for %s, a no vote for %s.",
		"vote_ballots":   "Votes cast",
		"recusal_reason": "Reason: %s",
	},
}

func init() { addLabels(voteLabels) }

// recusals writes, at the head of a §, each recused member's statement
// that they take no part in the handling or the decision, and why.
func (d *docWriter) recusals(in MinutesInput, dec *model.Decision) {
	if dec == nil || len(dec.Recusals) == 0 {
		return
	}
	l := d.lang
	d.heading(text(l, "recusals"))
	for _, r := range dec.Recusals {
		d.prose(model.RecusalStatement(l, memberName(in.Members, r.MemberID)))
		if reason := strings.TrimSpace(r.Reason); reason != "" {
			d.font("I", 9.5, muted)
			d.para(d.x, d.w, text(l, "recusal_reason", reason))
		}
		d.gap(1.5)
	}
}

// vote writes an open vote as Swedish minutes do: what was put against
// what, how each member voted, and the result.
func (d *docWriter) vote(in MinutesInput, v model.Vote) {
	l := d.lang
	d.heading(text(l, "vote"))
	d.prose(text(l, "vote_put", strings.TrimSpace(v.Yes), strings.TrimSpace(v.No)))
	d.gap(1.5)
	d.font("I", 9.5, muted)
	d.para(d.x, d.w, text(l, "vote_ballots"))
	for _, b := range v.Ballots {
		d.pair(contentX, 70, contentW, memberName(in.Members, b.MemberID), b.Choice.Label(l), "")
	}
	d.gap(1.5)
	d.prose(v.Count(in.Meeting.ChairID).Text(l, v))
}
