package model

// DecisionGaps names, in FieldNames order, the fields a proposal put to
// the steering group should have and c lacks: a summary and evidence for
// every proposal ("every item is to rest on evidence", DESIGN.md §1), and
// for an intervention also who is responsible and which points of the
// prevention star it addresses. The rules do not refuse such a proposal;
// the window asks before marking it ready for decision.
func (c Content) DecisionGaps() []string {
	var gaps []string
	if c.Summary == "" {
		gaps = append(gaps, "summary")
	}
	if len(c.Evidence) == 0 {
		gaps = append(gaps, "evidence")
	}
	if c.Kind == KindIntervention {
		if len(c.ProblemAreas) == 0 {
			gaps = append(gaps, "problem_areas")
		}
		if c.Responsible == "" {
			gaps = append(gaps, "responsible")
		}
	}
	return gaps
}
