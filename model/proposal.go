package model

import (
	"slices"
	"strings"
	"time"
)

// Evidence is one item a proposal rests on: a citation of a given kind,
// with an optional link.
type Evidence struct {
	Kind     EvidenceKind `json:"kind"`
	Citation string       `json:"citation"`
	URL      string       `json:"url,omitempty"`
}

// Content is what a proposal says: every field a revision records and a
// fingerprint covers. Ref and Kind are part of it, so a revision stands on
// its own.
type Content struct {
	Ref               string          `json:"ref"`
	Kind              Kind            `json:"kind"`
	RegistryNumber    string          `json:"registry_number,omitempty"` // the municipality's diarienummer, "KS 2026/124"
	Title             string          `json:"title"`
	Summary           string          `json:"summary,omitempty"`
	Description       string          `json:"description,omitempty"`
	Rationale         string          `json:"rationale,omitempty"`
	Evidence          []Evidence      `json:"evidence,omitempty"`
	RiskFactors       []string        `json:"risk_factors,omitempty"`
	ProtectiveFactors []string        `json:"protective_factors,omitempty"`
	ProblemAreas      []ProblemArea   `json:"problem_areas,omitempty"`
	PreventionLevel   PreventionLevel `json:"prevention_level,omitempty"`
	TargetGroup       string          `json:"target_group,omitempty"`
	Responsible       string          `json:"responsible,omitempty"`
	Partners          []string        `json:"partners,omitempty"`
	Start             Date            `json:"start,omitzero"`
	End               Date            `json:"end,omitzero"`
	Cost              Money           `json:"cost,omitzero"`
	Funding           string          `json:"funding,omitempty"`
}

// AreaRef returns the ref of the area an intervention belongs to ("2" for
// "2.3"), and "" for an area.
func (c Content) AreaRef() string {
	if c.Kind != KindIntervention {
		return ""
	}
	return string(Ref(c.Ref).Area())
}

// Proposal is an area or an intervention put to the group, with its current
// content and where it stands.
type Proposal struct {
	ID int64
	Content
	Status   Status
	Outcome  Outcome // of the latest decision, "" before any
	Revision int     // number of the current revision, from 1
	// Fingerprint is the stored fingerprint of the current revision; shown
	// and exported as it is, never recomputed from the proposal's row.
	Fingerprint string
	// ReturnedAt is the revision that was returned for rework; the proposal
	// needs a later one before it is ready again. 0 when never returned.
	ReturnedAt int
	// Locked is set when the proposal's final decision is signed off.
	Locked    bool
	CreatedAt time.Time
	UpdatedAt time.Time
	UpdatedBy string
}

// Validate checks the content and returns every rule it breaks.
func (c Content) Validate() error {
	var errs Errors
	switch {
	case strings.TrimSpace(c.Ref) == "":
		errs = append(errs, FieldError("ref", "ref_required"))
	case !Ref(c.Ref).Valid():
		errs = append(errs, FieldError("ref", "ref_invalid", c.Ref))
	case c.Kind != Ref(c.Ref).Kind():
		errs = append(errs, FieldError("kind", "kind_mismatch", c.Ref, c.Kind))
	}
	if c.Kind != KindArea && c.Kind != KindIntervention {
		errs = append(errs, FieldError("kind", "kind_invalid", string(c.Kind)))
	}
	switch {
	case strings.TrimSpace(c.Title) == "":
		errs = append(errs, FieldError("title", "title_required"))
	case !hasLetterOrDigit(c.Title):
		errs = append(errs, FieldError("title", "title_no_letter"))
	}
	errs = append(errs, c.lengthErrors()...)
	// Values must be codes, not names ("våld"): a name would be stored as
	// is, and neither its label, the filters nor the fingerprint know it.
	seen := map[ProblemArea]bool{}
	for _, p := range c.ProblemAreas {
		if !slices.Contains(ProblemAreas, p) || seen[p] {
			errs = append(errs, FieldError("problem_areas", "problem_area_invalid", string(p)))
		}
		seen[p] = true
	}
	if c.PreventionLevel != "" {
		if !slices.Contains(PreventionLevels, c.PreventionLevel) {
			errs = append(errs, FieldError("prevention_level", "prevention_level_invalid", string(c.PreventionLevel)))
		}
	}
	for _, e := range c.Evidence {
		if !slices.Contains(EvidenceKinds, e.Kind) {
			errs = append(errs, FieldError("evidence", "evidence_kind_invalid", string(e.Kind)))
		}
		if strings.TrimSpace(e.Citation) == "" {
			errs = append(errs, FieldError("evidence", "evidence_citation_required"))
		}
	}
	if !c.Start.IsZero() && !c.End.IsZero() && c.End.Before(c.Start) {
		errs = append(errs, FieldError("end", "end_before_start", c.End.String(), c.Start.String()))
	}
	if c.Cost.Set && c.Cost.Ore < 0 {
		errs = append(errs, FieldError("cost", "cost_negative"))
	}
	return errs.Err()
}
