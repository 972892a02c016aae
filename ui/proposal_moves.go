package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// markReady marks the shown proposal for decision (för beslut); a move
// the rules forbid shows their message and changes nothing.
func (w *MainWindow) markReady() {
	if w.refuseUnlessSecretary() {
		return
	}
	p := w.detail.shown
	if p.ID == 0 {
		w.showNoProposal()
		return
	}
	gaps := p.DecisionGaps()
	if len(gaps) == 0 {
		w.markReadyNow(p.ID)
		return
	}
	names := make([]string, len(gaps))
	for i, g := range gaps {
		names[i] = strings.ToLower(lang.L("field." + g))
	}
	w.readyAsk = uikit.NewCustomConfirm(lang.L("edit.ready_gaps_title"), lang.L("edit.ready_anyway"), lang.L("edit.cancel"),
		wrapped(lang.L("edit.ready_gaps_message", map[string]any{"Ref": p.Ref, "Missing": strings.Join(names, ", ")})),
		func(ok bool) {
			if ok {
				w.markReadyNow(p.ID)
			}
		}, w.win)
	uikit.ConfirmKeys(w.readyAsk, w.win.Canvas(), nil)
	w.readyAsk.Resize(fyne.NewSize(520, 220))
	w.readyAsk.Show()
}

// markReadyNow marks the proposal for decision and shows it so.
func (w *MainWindow) markReadyNow(id int64) {
	w.moveProposal(w.readyBtn, w.store.MarkReady, id)
}

// withdraw asks, then withdraws the shown proposal (återtar det). A move
// the rules forbid is refused with their message before anything is asked.
func (w *MainWindow) withdraw() {
	if w.refuseUnlessSecretary() {
		return
	}
	p := w.detail.shown
	if p.ID == 0 {
		w.showNoProposal()
		return
	}
	check := p
	if err := check.Withdraw(); err != nil {
		w.showError(err)
		return
	}
	// Withdrawn ends the proposal: Enter, as Escape, keeps it.
	d := uikit.NewCustomConfirm(lang.L("edit.withdraw_title"), lang.L("edit.withdraw_confirm"), lang.L("edit.cancel"),
		wrapped(lang.L("edit.withdraw_message", map[string]any{"Ref": p.Ref, "Title": p.Title})),
		func(ok bool) {
			if ok {
				w.withdrawNow(p.ID)
			}
		}, w.win)
	uikit.CloseOnKeys(d, w.win.Canvas())
	d.Show()
}

func (w *MainWindow) withdrawNow(id int64) {
	w.moveProposal(w.withdrawBtn, w.store.Withdraw, id)
}

func (w *MainWindow) showNoProposal() {
	uikit.ShowInformation(lang.L("edit.no_proposal_title"), lang.L("edit.no_proposal"), w.win)
}
