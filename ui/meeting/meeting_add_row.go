package meeting

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// addRow is one proposal in Lägg till ärende: a check box, the ref and
// title, and below, the earlier decision that brings it back and, greyed
// out, why it cannot be added; or the heading of a part of the list. A click
// anywhere on it checks it, a double-click adds it.
type addRow struct {
	widget.BaseWidget
	dlg     *addItemDialog
	id      widget.ListItemID
	check   *addCheck
	title   *widget.Label
	why     *widget.Label
	whyBox  fyne.CanvasObject // why, cut with … only while narrow
	content fyne.CanvasObject
}

func (a *addItemDialog) newRow() fyne.CanvasObject {
	r := &addRow{dlg: a, id: -1}
	r.check = newAddCheck()
	r.check.onEnter = a.submit
	r.check.onEscape = func() { a.dlg.Hide() }
	r.title = widget.NewLabel("")
	r.why = widget.NewLabel("")
	r.why.SizeName = theme.SizeNameCaptionText
	r.why.Importance = widget.LowImportance
	r.whyBox = widgets.CutWhenNarrow(r.why)
	r.content = container.NewBorder(nil, nil, r.check, nil, container.NewVBox(widgets.CutWhenNarrow(r.title), r.whyBox))
	r.ExtendBaseWidget(r)
	return r
}

func (a *addItemDialog) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(a.shown) {
		return
	}
	r := o.(*addRow)
	c := a.shown[id]
	r.id = id
	r.check.OnChanged = nil // showing the state is no change of it
	r.check.SetChecked(a.checked[c.Proposal.ID])
	r.check.OnChanged = func(on bool) { a.setChecked(r.id, on) }
	uikit.ShowIf(r.check, c.Header == "")
	uikit.EnableIf(r.check, c.addable())
	text, imp, style := c.Proposal.Ref+"  "+c.Proposal.Title, widget.MediumImportance, fyne.TextStyle{}
	switch {
	case c.Header != "":
		text, style.Bold = c.Header, true
	case c.Waits != "":
		imp = widget.LowImportance
	}
	r.title.Text, r.title.Importance, r.title.TextStyle = text, imp, style
	widgets.RefreshCut(r.title)
	r.why.Importance = widget.MediumImportance
	if c.Waits != "" {
		r.why.Importance = widget.LowImportance
	}
	r.why.Text = strings.Join(slices.DeleteFunc([]string{c.Why, c.Waits}, func(s string) bool { return s == "" }), " · ")
	widgets.RefreshCut(r.why)
	// The holder of why, not why, is hidden, so that the list's heading
	// rows keep no empty line under their title.
	uikit.ShowIf(r.whyBox, c.Header == "")
}

// CreateRenderer draws the row's check box and labels.
func (r *addRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// Tapped checks or unchecks the row.
func (r *addRow) Tapped(*fyne.PointEvent) { r.dlg.toggle(r.id) }

// DoubleTapped adds the row's proposal, with those checked.
func (r *addRow) DoubleTapped(*fyne.PointEvent) { r.dlg.addRowNow(r.id) }

// addCheck is a row's check box. A box ticked with the mouse keeps the
// keyboard, and Fyne's check ignores Enter and Escape, so this one adds
// the checked proposals on Enter and closes the dialog on Escape, as the
// search field does.
type addCheck struct {
	widget.Check
	onEnter, onEscape func()
}

func newAddCheck() *addCheck {
	c := &addCheck{}
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey adds on Enter, closes on Escape and leaves the rest (Space
// ticks) to the check box.
func (c *addCheck) TypedKey(k *fyne.KeyEvent) {
	switch {
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && c.onEnter != nil:
		c.onEnter()
	case k.Name == fyne.KeyEscape && c.onEscape != nil:
		c.onEscape()
	default:
		c.Check.TypedKey(k)
	}
}
