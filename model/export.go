package model

import (
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"time"
)

// ExportVersion is the format_version of the export's JSON form (README,
// "Export formats"). Fields are added within a version; a reader ignores
// those it does not know.
const ExportVersion = 1

// Export is the export's JSON form: every proposal with its decisions
// (styrgrupp export), one proposal with its decisions (a decision basis's
// beslut.json), or one meeting with its items and decisions (the
// beslut.json of minutes and extracts).
type Export struct {
	FormatVersion int                `json:"format_version"`
	ExportedAt    time.Time          `json:"exported_at"`
	Meeting       *ExportedMeeting   `json:"meeting,omitempty"`
	Proposals     []ExportedProposal `json:"proposals,omitempty"`
}

// ExportedProposal is a proposal's current content with where it stands
// and its decisions.
type ExportedProposal struct {
	Content
	Status      Status             `json:"status"`
	Revision    int                `json:"revision"`
	Fingerprint string             `json:"fingerprint"`
	Decisions   []ExportedDecision `json:"decisions,omitempty"`
}

// ExportedMeeting is a meeting with its items as its minutes record them.
type ExportedMeeting struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	Date      Date      `json:"date"`
	StartsAt  time.Time `json:"starts_at"`
	EndsAt    time.Time `json:"ends_at,omitzero"`
	Place     string    `json:"place,omitempty"`
	SignedOff bool      `json:"signed_off"`
	// MinutesFingerprint is the fingerprint of the minutes frozen at the
	// sign-off; "" before it.
	MinutesFingerprint string         `json:"minutes_fingerprint,omitempty"`
	Items              []ExportedItem `json:"items"`
}

// ExportedItem is one § of a meeting: the proposal at the revision it
// prints, and its decision once taken.
type ExportedItem struct {
	Section     int               `json:"section"`
	Ref         string            `json:"ref"`
	Title       string            `json:"title"`
	Revision    int               `json:"revision"`
	Fingerprint string            `json:"fingerprint"`
	Decision    *ExportedDecision `json:"decision,omitempty"`
}

// ExportedDecision is one decision as the export writes it.
type ExportedDecision struct {
	Meeting      int64           `json:"meeting"`
	MeetingDate  Date            `json:"meeting_date"`
	Section      int             `json:"section"`
	Outcome      Outcome         `json:"outcome"`
	Text         string          `json:"text"`
	Conditions   string          `json:"conditions,omitempty"`
	Return       *ReturnReason   `json:"return,omitempty"`
	Reservations []ExportedEntry `json:"reservations,omitempty"`
	Notes        []ExportedEntry `json:"notes,omitempty"`
	Recusals     []ExportedEntry `json:"recusals,omitempty"`
	Vote         *ExportedVote   `json:"vote,omitempty"`
	Recipients   []string        `json:"recipients,omitempty"`
	Revision     int             `json:"revision"`
	Fingerprint  string          `json:"fingerprint"`
	DecidedAt    time.Time       `json:"decided_at"`
	SignedOff    bool            `json:"signed_off"`
}

// ExportedEntry is a reservation, minutes note or recusal: the member by
// name ("" for a note of the meeting itself) and their text or reason.
type ExportedEntry struct {
	Member string `json:"member,omitempty"`
	Text   string `json:"text,omitempty"`
}

// ExportedVote is an open vote as the export writes it: the propositions,
// each member's vote by name, and the result as counted.
type ExportedVote struct {
	Yes           string          `json:"yes"`
	No            string          `json:"no"`
	Ballots       []ExportedEntry `json:"ballots"`
	YesVotes      int             `json:"yes_votes"`
	NoVotes       int             `json:"no_votes"`
	Abstained     int             `json:"abstained"`
	Carried       VoteChoice      `json:"carried,omitempty"`
	ByCastingVote bool            `json:"by_casting_vote,omitempty"`
}

// DecisionPlace is where a decision was taken: the meeting, when it
// began, the § and whether the meeting is signed off.
type DecisionPlace struct {
	Meeting   int64
	StartsAt  time.Time
	Section   int
	SignedOff bool
	ChairID   int64 // whose vote breaks a tie
}

// PlaceOf is where the decision of item it of meeting m was taken.
func PlaceOf(m Meeting, it Item) DecisionPlace {
	return DecisionPlace{Meeting: m.ID, StartsAt: m.StartsAt, Section: it.Number, SignedOff: m.SignedOff(), ChairID: m.ChairID}
}

// ExportDecision is decision d, taken where p says, as the export writes
// it; name gives a member's name by ID.
func ExportDecision(p DecisionPlace, d Decision, name func(int64) string) ExportedDecision {
	out := ExportedDecision{
		Meeting: p.Meeting, MeetingDate: DateOf(p.StartsAt), Section: p.Section,
		Outcome: d.Outcome, Text: d.Text, Conditions: d.Conditions, Recipients: d.Recipients,
		Revision: d.Revision, Fingerprint: d.Fingerprint, DecidedAt: d.DecidedAt.UTC(), SignedOff: p.SignedOff,
	}
	if d.Return != (ReturnReason{}) {
		r := d.Return
		out.Return = &r
	}
	for _, r := range d.Reservations {
		out.Reservations = append(out.Reservations, ExportedEntry{name(r.MemberID), r.Text})
	}
	for _, n := range d.Notes {
		out.Notes = append(out.Notes, ExportedEntry{name(n.MemberID), n.Text})
	}
	for _, r := range d.Recusals {
		out.Recusals = append(out.Recusals, ExportedEntry{name(r.MemberID), r.Reason})
	}
	if v := d.Vote; v != nil {
		r := v.Count(p.ChairID)
		out.Vote = &ExportedVote{Yes: v.Yes, No: v.No, YesVotes: r.Yes, NoVotes: r.No, Abstained: r.Abstain,
			Carried: r.Carried, ByCastingVote: r.ByCastingVote}
		for _, b := range v.Ballots {
			out.Vote.Ballots = append(out.Vote.Ballots, ExportedEntry{name(b.MemberID), string(b.Choice)})
		}
	}
	return out
}

// ExportMeeting is meeting m as the export writes it, with items (all of
// the meeting's, or the one an extract prints, in order of §): revs gives
// the revision each item prints by item ID, name a member's name by ID,
// and minutesFP the minutes fingerprint of a signed-off meeting.
func ExportMeeting(m Meeting, items []Item, revs map[int64]Revision, name func(int64) string, minutesFP string) ExportedMeeting {
	out := ExportedMeeting{
		ID: m.ID, Title: m.Title, Date: DateOf(m.StartsAt), StartsAt: m.StartsAt.UTC(), Place: m.Place,
		SignedOff: m.SignedOff(), MinutesFingerprint: minutesFP, Items: []ExportedItem{},
	}
	if !m.EndsAt.IsZero() {
		out.EndsAt = m.EndsAt.UTC()
	}
	for _, it := range items {
		r := revs[it.ID]
		e := ExportedItem{Section: it.Number, Ref: r.Content.Ref, Title: r.Content.Title, Revision: r.Number, Fingerprint: r.Fingerprint}
		if it.Decision != nil {
			d := ExportDecision(PlaceOf(m, it), *it.Decision, name)
			e.Decision = &d
		}
		out.Items = append(out.Items, e)
	}
	return out
}

// SortDecisions puts a proposal's exported decisions in the order they
// were taken.
func SortDecisions(ds []ExportedDecision) {
	slices.SortStableFunc(ds, func(a, b ExportedDecision) int { return a.DecidedAt.Compare(b.DecidedAt) })
}

// WriteExportJSON writes e as the export writes it: indented JSON, no
// HTML escaping, one line feed at the end.
func WriteExportJSON(w io.Writer, e Export) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(e)
}

// MemberNames names members by ID from members: "#7" for one it does not
// hold, "" for ID 0 (the meeting itself).
func MemberNames(members map[int64]Member) func(int64) string {
	return func(id int64) string {
		if m, ok := members[id]; ok && m.Name != "" {
			return m.Name
		}
		if id == 0 {
			return ""
		}
		return "#" + strconv.FormatInt(id, 10)
	}
}
