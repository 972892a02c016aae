package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/uikit"

	"github.com/styrgrupp/styrgrupp/model"
)

// rights returns what the store lets its login do (model.RightsOf).
// When the server cannot say, the window offers everything: the server
// still refuses, in words, what the login may not do.
func (w whoAmI) rights() model.Rights {
	r, err := model.RightsOf(w.ctx, w.store)
	if err != nil {
		fyne.LogError("styrgrupp: asking the server what the login may do", err)
		return model.AllRights
	}
	return r
}

// secretary tells whether the window offers what only the secretary does
// on a shared store: writing proposals, importing, and preparing
// meetings and recording their decisions.
func (w *MainWindow) secretary() bool { return w.rights.Secretary }

// withRightsLine puts under bar the line that says why the secretary's
// actions are disabled (why), while they are; the window is built anew
// when it moves to another store, and so to other rights.
func (w *MainWindow) withRightsLine(bar fyne.CanvasObject) fyne.CanvasObject {
	w.why = widget.NewLabel(lang.L("rights.member_line"))
	w.why.Wrapping = fyne.TextWrapWord
	w.why.Importance = widget.LowImportance
	if w.secretary() {
		w.why.Hide()
		return bar
	}
	return container.NewVBox(bar, w.why)
}

// refuseUnlessSecretary tells whether the login may do what only the
// secretary does; when not, it says why. The buttons and menu items of
// such actions are disabled, so this answers the ways in that have no
// button: a shortcut, a file dropped onto the window.
func (w *MainWindow) refuseUnlessSecretary() bool {
	if w.secretary() {
		return false
	}
	uikit.ShowInformation(lang.L("rights.title"), lang.L("rights.member_line"), w.win)
	return true
}

// disableUnlessSecretary disables the menu items of what only the
// secretary does while the login is not the secretary's.
func (w *MainWindow) disableUnlessSecretary(items ...*fyne.MenuItem) {
	for _, it := range items {
		it.Disabled = it.Disabled || !w.secretary()
	}
}
