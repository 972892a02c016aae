package meeting

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// showUnsaved marks the form, and the current item in the agenda, as not
// saved while it differs from what is stored: an outcome chosen with the
// keys 1–5 on a decided item is otherwise easy to take for the saved one.
func (p *decisionPanel) showUnsaved() {
	text := lang.L("meetingmode.not_saved")
	if d := p.host.currentDecision(); d != nil {
		text = lang.L("meetingmode.not_saved_decided", map[string]any{"Saved": d.Outcome.Label(uikit.Language())})
	}
	if p.unsaved.Text != text {
		p.unsaved.SetText(text)
	}
	uikit.ShowIf(p.unsaved, p.dirty())
	p.host.refreshCurrentRow()
}

// choose takes o as the outcome: the decision text becomes the outcome's
// own unless the secretary has written another, and the fields the
// outcome asks for show and get the keyboard.
func (p *decisionPanel) choose(o model.Outcome) {
	if p.readOnly {
		return
	}
	p.outcome = o
	if t := strings.TrimSpace(p.text.Text); t == "" || model.IsDefaultDecisionText(t) {
		p.text.SetText(model.DefaultDecisionText(o, uikit.Language()))
	}
	p.hideError("outcome")
	p.updateOutcome()
	p.changed()
	switch o {
	case model.OutcomeApprovedConditions:
		p.focus(p.conditions)
	case model.OutcomeReturned:
		p.focus(p.returnWhat)
	default:
		p.host.unfocus()
	}
}

// updateOutcome marks the chosen outcome's button, names the outcome in
// words (not by colour alone) and shows the fields it asks for.
func (p *decisionPanel) updateOutcome() {
	for o, b := range p.buttons {
		imp := widget.MediumImportance
		if o == p.outcome {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
	switch {
	case p.outcome != "":
		p.chosen.SetText(lang.L("meetingmode.chosen", map[string]any{"Outcome": p.outcome.Label(uikit.Language())}))
	case p.readOnly:
		p.chosen.SetText(lang.L("meetingmode.undecided"))
	default:
		p.chosen.SetText(lang.L("meetingmode.choose"))
	}
	uikit.ShowIf(p.conditionsBox, p.outcome == model.OutcomeApprovedConditions)
	uikit.ShowIf(p.returnBox, p.outcome == model.OutcomeReturned)
}
