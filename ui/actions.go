package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// actionBar holds what can be done with the chosen proposal.
func (w *MainWindow) actionBar() fyne.CanvasObject {
	w.editBtn = widgets.NewButtonWithIcon(lang.L("action.edit"), theme.DocumentCreateIcon(), w.editShown)
	w.readyBtn = widgets.NewButtonWithIcon(lang.L("action.ready"), theme.ConfirmIcon(), w.markReady)
	w.withdrawBtn = widgets.NewButtonWithIcon(lang.L("action.withdraw"), theme.CancelIcon(), w.withdraw)
	w.newBtn = widgets.NewButtonWithIcon(lang.L("action.new"), theme.ContentAddIcon(), w.newIntervention)
	w.updateActions()
	return w.withRightsLine(container.NewHBox(
		w.newBtn, w.editBtn, w.readyBtn, w.withdrawBtn,
		layout.NewSpacer(),
		widgets.NewButtonWithIcon(lang.L("meetings.title"), theme.CalendarIcon(), w.showMeetings),
	))
}

// updateActions enables Redigera, Markera för beslut and Återta only when
// a proposal is shown, the model's state rules allow the move on it and
// the login may write proposals; + Ny only when it may.
func (w *MainWindow) updateActions() {
	if w.editBtn == nil {
		return
	}
	p := w.detail.shown
	ready, withdraw := p, p // the rules move the copy they are given
	sec := w.secretary()
	canEdit := sec && p.ID != 0 && p.CheckEditable() == nil
	canReady := sec && p.ID != 0 && ready.MarkReady() == nil
	canWithdraw := sec && p.ID != 0 && withdraw.Withdraw() == nil
	uikit.EnableIf(w.newBtn, sec)
	uikit.EnableIf(w.editBtn, canEdit)
	uikit.EnableIf(w.readyBtn, canReady)
	uikit.EnableIf(w.withdrawBtn, canWithdraw)
	if w.editItem != nil {
		w.editItem.Disabled, w.readyItem.Disabled, w.withdrawItem.Disabled = !canEdit, !canReady, !canWithdraw
		if m := w.win.MainMenu(); m != nil {
			m.Refresh()
		}
	}
}
