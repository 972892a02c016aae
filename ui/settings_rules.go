package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// groupRulesStore is the part of the store that keeps the group's rules
// of procedure (model.MeetingStore's GroupRules and SetGroupRules).
type groupRulesStore interface {
	GroupRules(ctx context.Context) (model.GroupRules, error)
	SetGroupRules(ctx context.Context, g model.GroupRules) error
}

// rulesPane is Inställningar → Mötesregler: when the group is quorate
// (model.QuorumKinds, and N for "minst N") and whether the chair's
// casting vote breaks a tie. Only the secretary changes them on a shared
// store; others see them read-only.
type rulesPane struct {
	d       *settingsDialog
	store   groupRulesStore
	kind    *widget.RadioGroup // labels of model.QuorumKinds, in that order
	n       *widget.Entry      // the number for model.QuorumAtLeast
	casting *widget.Check
	save    *widgets.Button
	message *widget.Label // why the rules could not be saved
	saved   *widget.Label
	note    *widget.Label // only the secretary changes them
	form    *widget.Form
}

// newRulesPane builds the pane over store; the rules are read by reload.
func newRulesPane(d *settingsDialog, store groupRulesStore) *rulesPane {
	return &rulesPane{d: d, store: store}
}

// rulesKindLabel names a kind of rule as the setting offers it.
func rulesKindLabel(k model.QuorumKind) string {
	if k == model.QuorumAtLeast {
		return lang.L("settings.rules.at_least")
	}
	return model.QuorumRule{Kind: k}.Label(uikit.Language())
}

func (p *rulesPane) buildUI() fyne.CanvasObject {
	intro := widget.NewLabel(lang.L("settings.rules.intro"))
	intro.Wrapping = fyne.TextWrapWord
	var options []string
	for _, k := range model.QuorumKinds {
		options = append(options, rulesKindLabel(k))
	}
	p.kind = widget.NewRadioGroup(options, func(string) { p.edited() })
	p.kind.Required = true
	p.n = widget.NewEntry()
	p.n.OnChanged = func(string) { p.edited() }
	p.casting = widget.NewCheck(lang.L("settings.rules.casting"), func(bool) { p.edited() })
	p.save = widgets.NewButton(lang.L("settings.rules.save"), p.onSave)
	p.save.Importance = widget.HighImportance
	p.message = uikit.ErrorLabel()
	p.saved = widget.NewLabel(lang.L("settings.rules.saved"))
	p.saved.Importance = widget.SuccessImportance
	p.saved.Hide()
	p.note = widget.NewLabel(lang.L("settings.rules.read_only"))
	p.note.Wrapping = fyne.TextWrapWord
	p.note.Hide()
	p.form = widget.NewForm(
		widget.NewFormItem(lang.L("settings.rules.quorum"), p.kind),
		widget.NewFormItem(lang.L("settings.rules.n"), p.n))
	return container.NewVBox(intro, p.note, p.form, p.casting, p.message,
		container.NewHBox(p.save, p.saved))
}

// reload reads the rules and shows them.
func (p *rulesPane) reload() {
	g, err := p.store.GroupRules(p.d.ctx)
	if err != nil {
		p.d.onError(err)
		return
	}
	p.show(g)
}

// show fills the form from g.
func (p *rulesPane) show(g model.GroupRules) {
	for i, k := range model.QuorumKinds {
		if k == g.Quorum.Kind {
			p.kind.SetSelected(p.kind.Options[i])
		}
	}
	p.n.SetText("")
	if g.Quorum.Kind == model.QuorumAtLeast {
		p.n.SetText(strconv.Itoa(g.Quorum.N))
	}
	p.casting.SetChecked(g.CastingVote)
	p.saved.Hide()
	p.message.Hide()
	p.enable()
}

// edited takes away "saved" and offers N only for "minst N".
func (p *rulesPane) edited() {
	if p.saved == nil {
		return
	}
	p.saved.Hide()
	p.enable()
}

// enable offers the form to the secretary, N only for "minst N".
func (p *rulesPane) enable() {
	ro := p.d.readOnly
	uikit.ShowIf(p.note, ro)
	for _, w := range []fyne.Disableable{p.kind, p.casting, p.save} {
		uikit.EnableIf(w, !ro)
	}
	uikit.EnableIf(p.n, !ro && p.chosen() == model.QuorumAtLeast)
	p.form.Refresh() // the labels take the colour of their fields
}

// chosen is the kind of rule chosen.
func (p *rulesPane) chosen() model.QuorumKind {
	for i, o := range p.kind.Options {
		if o == p.kind.Selected {
			return model.QuorumKinds[i]
		}
	}
	return ""
}

// rules reads the form; N that is not a whole number is said in the
// words of the form.
func (p *rulesPane) rules() (model.GroupRules, error) {
	g := model.GroupRules{Quorum: model.QuorumRule{Kind: p.chosen()}, CastingVote: p.casting.Checked}
	if g.Quorum.Kind == model.QuorumAtLeast {
		n, err := strconv.Atoi(strings.TrimSpace(p.n.Text))
		if err != nil || n < 1 {
			return g, uikit.Problem(lang.L("settings.rules.n_invalid"))
		}
		g.Quorum.N = n
	}
	return g, g.Validate()
}

// onSave stores the rules off the UI goroutine, and says so or why not.
func (p *rulesPane) onSave() {
	if p.d.readOnly {
		return
	}
	g, err := p.rules()
	if err != nil {
		p.message.SetText(uikit.UserMessage(err))
		p.message.Show()
		return
	}
	ctx := p.d.ctx
	saveWith(p.d.run, p.save, func() error { return p.store.SetGroupRules(ctx, g) }, func(err error) {
		if p.d.showProblem(p.message, err) {
			p.saved.Show()
		}
		p.enable()
	})
}
