package model

import "strings"

// QuorumKind is the kind of a group's quorum rule (beslutsförhet).
type QuorumKind string

// The quorum rules a group may have: a share of its deciding members, or
// a number of them.
const (
	QuorumMoreThanHalf QuorumKind = "more_than_half"
	QuorumAtLeastHalf  QuorumKind = "at_least_half"
	QuorumTwoThirds    QuorumKind = "two_thirds"
	QuorumAtLeast      QuorumKind = "at_least"
)

// QuorumKinds lists the rules in the order a setting offers them.
var QuorumKinds = []QuorumKind{QuorumMoreThanHalf, QuorumAtLeastHalf, QuorumTwoThirds, QuorumAtLeast}

// QuorumRule is when the group may decide: how many of its deciding
// members must take part. N is the number for QuorumAtLeast.
type QuorumRule struct {
	Kind QuorumKind `json:"kind"`
	N    int        `json:"n,omitempty"`
}

// Needed returns how many of `of` deciding members must take part.
func (r QuorumRule) Needed(of int) int {
	switch r.Kind {
	case QuorumAtLeastHalf:
		return (of + 1) / 2
	case QuorumTwoThirds:
		return (2*of + 2) / 3
	case QuorumAtLeast:
		return r.N
	default:
		return of/2 + 1
	}
}

// Label names the rule in l: "mer än hälften av de beslutande".
func (r QuorumRule) Label(l Language) string {
	if r.Kind == QuorumAtLeast {
		return Message(l, "quorum.at_least", r.N)
	}
	return label(l, "quorum."+string(r.Kind))
}

// Validate checks that the rule is one the program knows.
func (r QuorumRule) Validate() error {
	switch r.Kind {
	case QuorumMoreThanHalf, QuorumAtLeastHalf, QuorumTwoThirds:
		return nil
	case QuorumAtLeast:
		if r.N >= 1 {
			return nil
		}
	}
	return FieldError("quorum", "quorum_rule_invalid", strings.TrimSpace(string(r.Kind)))
}

// GroupRules are the steering group's rules of procedure that the program
// applies: its quorum, and whether the chair's casting vote breaks a tie
// (ordförandens utslagsröst).
type GroupRules struct {
	Quorum      QuorumRule `json:"quorum"`
	CastingVote bool       `json:"casting_vote"`
}

// DefaultGroupRules are the rules of a group that has set none: more than
// half of the deciding members present, and the chair's casting vote, as
// the Local Government Act has them for a municipal board.
func DefaultGroupRules() GroupRules {
	return GroupRules{Quorum: QuorumRule{Kind: QuorumMoreThanHalf}, CastingVote: true}
}

// Validate checks the rules.
func (g GroupRules) Validate() error { return g.Quorum.Validate() }

// Quorum is whether the group may decide on one §: Taking is the number
// of deciding members present for it and not recused, Of the meeting's
// deciding members, Needed what the rule asks.
type Quorum struct {
	Taking, Of, Needed int
	Met                bool
}

// QuorumAt tells whether the meeting is quorate on § n with the given
// recusals, under rule.
func (m Meeting) QuorumAt(n int, recusals []Recusal, rule QuorumRule) Quorum {
	q := Quorum{Taking: len(m.Participants(n, recusals)), Of: m.DecidingMembers()}
	q.Needed = rule.Needed(q.Of)
	q.Met = q.Of > 0 && q.Taking >= q.Needed
	return q
}

// Text says in l whether the group is quorate: "Beslutsför: 5 av 7
// beslutande deltar (minst 4 behövs)."
func (q Quorum) Text(l Language) string {
	key := "quorum.met"
	if !q.Met {
		key = "quorum.not_met"
	}
	return Message(l, key, q.Taking, q.Of, q.Needed)
}
