package ui

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// followUpLines describe, for the import's preview, each follow-up the
// plan changes: what changes in all, then a line for each row that
// changes something.
func followUpLines(p importer.Plan) []string {
	l := uikit.Language()
	var out []string
	for _, c := range p.FollowUps {
		if c.Kind != importer.Changed {
			continue
		}
		out = append(out, fmt.Sprintf("%s  %s  %s: %s", lang.L("import.kind.changed"), c.Proposal.Ref, c.Proposal.Title, c.Effect(l)))
		for _, s := range c.Steps {
			if what := s.Effect(l); what != "" {
				out = append(out, fmt.Sprintf("        %s, %s: %s", s.Row.Place(l), s.Row.Date, what))
			}
		}
	}
	return out
}
