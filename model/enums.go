package model

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Kind tells an area from an intervention.
type Kind string

// Kinds of proposal.
const (
	KindArea         Kind = "area"
	KindIntervention Kind = "intervention"
)

// Status is where a proposal stands: draft → ready → decided, or withdrawn.
type Status string

// Statuses of a proposal.
const (
	StatusDraft     Status = "draft"
	StatusReady     Status = "ready"
	StatusDecided   Status = "decided"
	StatusWithdrawn Status = "withdrawn"
)

// Outcome is what a meeting decided on an item.
type Outcome string

// Outcomes of a decision.
const (
	OutcomeApproved           Outcome = "approved"
	OutcomeApprovedConditions Outcome = "approved_with_conditions"
	OutcomeRejected           Outcome = "rejected"
	OutcomeDeferred           Outcome = "deferred"
	OutcomeReturned           Outcome = "returned"
	OutcomeWithdrawn          Outcome = "withdrawn"
)

// Approves tells whether the outcome approves the proposal and so opens its
// follow-up.
func (o Outcome) Approves() bool {
	return o == OutcomeApproved || o == OutcomeApprovedConditions
}

// ProblemArea is one of the five points of the prevention star.
type ProblemArea string

// The prevention star.
const (
	IllHealth ProblemArea = "ill_health"
	ANDTS     ProblemArea = "andts"
	Violence  ProblemArea = "violence"
	Crime     ProblemArea = "crime"
	Exclusion ProblemArea = "exclusion"
)

// PreventionLevel is who an intervention reaches.
type PreventionLevel string

// Prevention levels; the empty level means not given.
const (
	Universal PreventionLevel = "universal"
	Selective PreventionLevel = "selective"
	Indicated PreventionLevel = "indicated"
)

// EvidenceKind is what an evidence item rests on.
type EvidenceKind string

// Kinds of evidence.
const (
	EvidenceResearch   EvidenceKind = "research"
	EvidenceStatistics EvidenceKind = "statistics"
	EvidenceReport     EvidenceKind = "report"
	EvidenceExperience EvidenceKind = "experience"
	EvidenceOther      EvidenceKind = "other"
)

// Role is a member's part in one meeting.
type Role string

// Roles in a meeting.
const (
	RoleChair     Role = "chair"
	RoleSecretary Role = "secretary"
	RoleAdjuster  Role = "adjuster"
)

// FollowUpStatus is how far an approved intervention has come.
type FollowUpStatus string

// Follow-up statuses: not started → in progress → completed or stopped.
const (
	FollowUpNotStarted FollowUpStatus = "not_started"
	FollowUpInProgress FollowUpStatus = "in_progress"
	FollowUpCompleted  FollowUpStatus = "completed"
	FollowUpStopped    FollowUpStatus = "stopped"
)

// Enumerations in their display order.
var (
	Kinds            = []Kind{KindArea, KindIntervention}
	Statuses         = []Status{StatusDraft, StatusReady, StatusDecided, StatusWithdrawn}
	Outcomes         = []Outcome{OutcomeApproved, OutcomeApprovedConditions, OutcomeRejected, OutcomeDeferred, OutcomeReturned, OutcomeWithdrawn}
	ProblemAreas     = []ProblemArea{IllHealth, ANDTS, Violence, Crime, Exclusion}
	PreventionLevels = []PreventionLevel{Universal, Selective, Indicated}
	EvidenceKinds    = []EvidenceKind{EvidenceResearch, EvidenceStatistics, EvidenceReport, EvidenceExperience, EvidenceOther}
	Roles            = []Role{RoleChair, RoleSecretary, RoleAdjuster}
	FollowUpStatuses = []FollowUpStatus{FollowUpNotStarted, FollowUpInProgress, FollowUpCompleted, FollowUpStopped}
)

// Label returns the kind's name in l.
func (k Kind) Label(l Language) string { return label(l, "kind."+string(k)) }

// Label returns the status's name in l.
func (s Status) Label(l Language) string { return label(l, "status."+string(s)) }

// Label returns the outcome's name in l.
func (o Outcome) Label(l Language) string { return label(l, "outcome."+string(o)) }

// Label returns the problem area's name in l.
func (p ProblemArea) Label(l Language) string { return label(l, "problem."+string(p)) }

// Label returns the prevention level's name in l.
func (p PreventionLevel) Label(l Language) string { return label(l, "level."+string(p)) }

// Label returns the evidence kind's name in l.
func (k EvidenceKind) Label(l Language) string { return label(l, "evidence."+string(k)) }

// Label returns the role's name in l.
func (r Role) Label(l Language) string { return label(l, "role."+string(r)) }

// Label returns the follow-up status's name in l.
func (s FollowUpStatus) Label(l Language) string { return label(l, "followup."+string(s)) }

// ParseProblemArea reads a problem area by its code or by its Swedish or
// English name, in any case.
func ParseProblemArea(s string) (ProblemArea, bool) { return parseEnum(s, ProblemAreas, "problem.") }

// ParsePreventionLevel reads a level by its code or its Swedish or English
// name ("universell", "universal"), in any case.
func ParsePreventionLevel(s string) (PreventionLevel, bool) {
	return parseEnum(s, PreventionLevels, "level.")
}

// ParseEvidenceKind reads an evidence kind by its code or name.
func ParseEvidenceKind(s string) (EvidenceKind, bool) {
	return parseEnum(s, EvidenceKinds, "evidence.")
}

// ParseKind reads a kind by its code or name ("Område", "Insats").
func ParseKind(s string) (Kind, bool) { return parseEnum(s, Kinds, "kind.") }

// ParseOutcome reads an outcome by its code or name.
func ParseOutcome(s string) (Outcome, bool) { return parseEnum(s, Outcomes, "outcome.") }

// ParseStatus reads a status by its code or name.
func ParseStatus(s string) (Status, bool) { return parseEnum(s, Statuses, "status.") }

// ParseFollowUpStatus reads a follow-up status by its code or name.
func ParseFollowUpStatus(s string) (FollowUpStatus, bool) {
	return parseEnum(s, FollowUpStatuses, "followup.")
}

// ParseRole reads a role by its code or name.
func ParseRole(s string) (Role, bool) { return parseEnum(s, Roles, "role.") }

func parseEnum[T ~string](s string, values []T, prefix string) (T, bool) {
	s = strings.ToLower(strings.TrimSpace(norm.NFC.String(s)))
	for _, v := range values {
		if s == string(v) {
			return v, true
		}
		for _, l := range []Language{Swedish, English} {
			if s == strings.ToLower(label(l, prefix+string(v))) {
				return v, true
			}
			for _, alias := range aliases[prefix+string(v)] {
				if s == alias {
					return v, true
				}
			}
		}
	}
	var zero T
	return zero, false
}

// aliases are further names a value is known by in files people write.
var aliases = map[string][]string{
	"kind.area":                        {"område", "strategiskt område", "omrade"},
	"kind.intervention":                {"insats", "strategisk insats"},
	"problem.ill_health":               {"ohälsa", "ill-health", "ill health", "health"},
	"problem.andts":                    {"andt", "andts", "andt(s)"},
	"problem.violence":                 {"våld", "vald"},
	"problem.crime":                    {"kriminalitet", "brott", "criminality"},
	"problem.exclusion":                {"utanförskap", "social exclusion"},
	"level.universal":                  {"universell", "generell"},
	"level.selective":                  {"selektiv"},
	"level.indicated":                  {"indikerad"},
	"evidence.research":                {"forskning", "vetenskap"},
	"evidence.statistics":              {"statistik"},
	"evidence.report":                  {"rapport", "utredning"},
	"evidence.experience":              {"beprövad erfarenhet", "erfarenhet", "proven experience"},
	"evidence.other":                   {"övrigt", "annat"},
	"outcome.approved_with_conditions": {"godkänt med villkor"},
}

func label(l Language, key string) string {
	if s, ok := catalogue[l][key]; ok {
		return s
	}
	if s, ok := catalogue[English][key]; ok {
		return s
	}
	return key
}
