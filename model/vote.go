package model

import (
	"slices"
	"strings"
)

// VoteChoice is one member's vote: ja, nej or avstår.
type VoteChoice string

// The choices of an open vote.
const (
	VoteYes     VoteChoice = "yes"
	VoteNo      VoteChoice = "no"
	VoteAbstain VoteChoice = "abstain"
)

// VoteChoices lists the choices in the order a form offers them.
var VoteChoices = []VoteChoice{VoteYes, VoteNo, VoteAbstain}

// Label names the choice in l: "ja", "nej", "avstår".
func (c VoteChoice) Label(l Language) string { return label(l, "vote."+string(c)) }

// Vote is an open vote (omröstning) on an item: the proposition a ja vote
// supports against the one a nej vote supports, and each taking part
// member's vote. CastingVote records the group's rule when the vote was
// taken, so that the result reads the same after the rule changes.
type Vote struct {
	Yes         string   `json:"yes"`
	No          string   `json:"no"`
	Ballots     []Ballot `json:"ballots"`
	CastingVote bool     `json:"casting_vote"`
}

// Ballot is one member's vote.
type Ballot struct {
	MemberID int64      `json:"member_id"`
	Choice   VoteChoice `json:"choice"`
}

// VoteResult is a vote counted. Carried is the proposition that won:
// VoteYes or VoteNo, or "" when the votes tied and no casting vote broke
// the tie. ByCastingVote tells that the chair's casting vote decided it.
type VoteResult struct {
	Yes, No, Abstain int
	Carried          VoteChoice
	ByCastingVote    bool
}

// Count counts the vote; chairID is the meeting's chair, whose vote breaks
// a tie when the vote has CastingVote and the chair voted ja or nej.
func (v Vote) Count(chairID int64) VoteResult {
	var r VoteResult
	var chair VoteChoice
	for _, b := range v.Ballots {
		switch b.Choice {
		case VoteYes:
			r.Yes++
		case VoteNo:
			r.No++
		default:
			r.Abstain++
		}
		if b.MemberID == chairID && chairID != 0 {
			chair = b.Choice
		}
	}
	switch {
	case r.Yes > r.No:
		r.Carried = VoteYes
	case r.No > r.Yes:
		r.Carried = VoteNo
	case v.CastingVote && (chair == VoteYes || chair == VoteNo):
		r.Carried, r.ByCastingVote = chair, true
	}
	return r
}

// Validate checks the vote on its own: both propositions named, every
// ballot a known choice by a member who votes once.
func (v Vote) Validate() error { return v.problems().Err() }

func (v Vote) problems() Errors {
	var errs Errors
	if strings.TrimSpace(v.Yes) == "" || strings.TrimSpace(v.No) == "" {
		errs = append(errs, FieldError("vote", "vote_propositions_required"))
	}
	if len(v.Ballots) == 0 {
		errs = append(errs, FieldError("vote", "vote_no_ballots"))
	}
	seen := map[int64]bool{}
	for _, b := range v.Ballots {
		if !slices.Contains(VoteChoices, b.Choice) {
			errs = append(errs, FieldError("vote", "vote_choice_invalid", string(b.Choice)))
		}
		if seen[b.MemberID] {
			errs = append(errs, FieldError("vote", "vote_twice", b.MemberID))
		}
		seen[b.MemberID] = true
	}
	return errs
}

// CheckBallots refuses a vote whose ballots are not exactly those of the
// members taking part in § n (checkBallots): what a change of attendance
// must keep true of a vote already recorded.
func (v Vote) CheckBallots(m Meeting, n int, recusals []Recusal, name func(int64) string) error {
	return v.checkBallots(m, n, recusals, name).Err()
}

// checkBallots refuses a vote whose ballots are not exactly those of the
// members taking part in § n: a member absent, not deciding or recused
// has no vote, and one taking part who did not vote is entered as
// abstaining by the form, never left out.
func (v Vote) checkBallots(m Meeting, n int, recusals []Recusal, name func(int64) string) Errors {
	var errs Errors
	taking := m.Participants(n, recusals)
	voted := map[int64]bool{}
	for _, b := range v.Ballots {
		voted[b.MemberID] = true
		if !slices.Contains(taking, b.MemberID) {
			errs = append(errs, FieldError("vote", "vote_not_taking_part", name(b.MemberID), n))
		}
	}
	for _, id := range taking {
		if !voted[id] {
			errs = append(errs, FieldError("vote", "vote_missing", name(id)))
		}
	}
	return errs
}

// Text tells the result as the minutes do, in l: the counts and which
// proposition the meeting decided on.
func (r VoteResult) Text(l Language, v Vote) string {
	var s string
	switch {
	case r.ByCastingVote:
		s = Message(l, "vote.result_casting", r.Yes, r.No, r.Carried.Label(l), proposition(v, r.Carried))
	case r.Carried == "":
		s = Message(l, "vote.result_tie", r.Yes, r.No)
	default:
		s = Message(l, "vote.result", r.Yes, r.No, proposition(v, r.Carried))
	}
	if r.Abstain > 0 {
		s += " " + Message(l, "vote.abstained", r.Abstain)
	}
	return s
}

func proposition(v Vote, c VoteChoice) string {
	if c == VoteNo {
		return strings.TrimSpace(v.No)
	}
	return strings.TrimSpace(v.Yes)
}
