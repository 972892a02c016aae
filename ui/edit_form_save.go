package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// save writes the form: nothing when a field is at fault (the messages
// show under the fields), otherwise a new proposal or a new revision.
func (f *editForm) save() { f.trySave() }

// trySave saves as save does and reports whether the form was saved (or
// had nothing to save) and closed.
func (f *editForm) trySave() bool {
	f.clearErrors()
	c, err := f.content()
	if err != nil {
		f.showErrors(err)
		return false
	}
	if f.orig.ID != 0 && !f.changed() {
		f.close()
		return true
	}
	var p model.Proposal
	if f.orig.ID == 0 {
		p, err = f.w.store.CreateProposal(f.w.ctx, c)
	} else {
		p, err = f.w.store.UpdateProposal(f.w.ctx, f.orig.ID, c, f.orig.Revision)
	}
	var e *model.Error
	switch {
	case err == nil:
	case errors.As(err, &e) && e.Key == "revision_conflict":
		f.showConflict(err)
		return false
	case model.ErrorCode(err) == model.EInternal:
		f.w.showError(err)
		return false
	case model.Unreachable(err):
		// The form stays open with what was typed, saying why above the
		// fields; the window's banner says it too until the server is back.
		f.showErrors(err)
		f.w.showError(err)
		return false
	default:
		f.showErrors(err)
		return false
	}
	f.close()
	f.w.Reload()
	f.w.Select(p.Ref)
	return true
}

// showErrors puts each message under its field, or above the fields when
// it names none, and scrolls to the first.
func (f *editForm) showErrors(err error) {
	if model.ErrorCode(err) != model.EInvalid {
		fyne.LogError("styrgrupp: edit "+f.orig.Ref, err)
	}
	list := model.ErrorList(err)
	texts := map[*widget.Label][]string{}
	var order []*widget.Label
	for _, e := range list {
		field := e.Field
		if field == "" && strings.HasPrefix(e.Key, "ref_") {
			field = "ref"
		}
		l, ok := f.errs[field]
		if !ok {
			l = f.general
		}
		if texts[l] == nil {
			order = append(order, l)
		}
		texts[l] = append(texts[l], e.Message(uikit.Language()))
	}
	for _, l := range order {
		l.SetText(strings.Join(texts[l], "\n"))
		l.Show()
	}
	if f.general.Hidden {
		f.general.SetText(lang.L("edit.fix_errors"))
		f.general.Show()
	}
	if f.scroll != nil && len(order) > 0 {
		f.scroll.Refresh()
		if order[0] != f.general {
			f.scroll.Offset.Y = max(0, order[0].Position().Y-3*order[0].MinSize().Height)
			f.scroll.Refresh()
		}
	}
}

func (f *editForm) clearErrors() {
	for _, l := range append([]*widget.Label{f.general}, mapValues(f.errs)...) {
		l.SetText("")
		l.Hide()
	}
}

func mapValues(m map[string]*widget.Label) []*widget.Label {
	out := make([]*widget.Label, 0, len(m))
	for _, l := range m {
		out = append(out, l)
	}
	return out
}

// showConflict tells that someone else saved the proposal since the form
// was opened, and offers to read their version into the form.
func (f *editForm) showConflict(err error) {
	msg := widget.NewLabel(model.ErrorMessage(err, uikit.Language()))
	msg.Wrapping = fyne.TextWrapWord
	f.conflict = uikit.NewCustomConfirm(lang.L("edit.conflict_title"), lang.L("edit.reload"), lang.L("edit.keep_editing"),
		msg, f.onConflictAnswer, f.w.win)
	uikit.ConfirmKeys(f.conflict, f.w.win.Canvas(), nil)
	f.conflict.Resize(fyne.NewSize(520, 220))
	f.conflict.Show()
}

func (f *editForm) onConflictAnswer(reload bool) {
	if reload {
		f.reload()
	}
}

// reload reads the revision saved since the form was opened and merges it
// with what was typed (model.MergeContent): a field the user changed keeps
// the user's value, every other field shows the saved one. A field both
// changed keeps the user's value and says, beneath it, what the other
// saved. Nothing is saved until the user saves again, now on the new
// revision.
func (f *editForm) reload() {
	p, err := f.w.store.Proposal(f.w.ctx, f.orig.ID)
	if err != nil {
		f.w.showError(err)
		return
	}
	mine, _ := f.content() // read while the form was valid: the conflict came from a save
	merged, clashes := model.MergeContent(f.orig.Content, mine, p.Content)
	f.orig = p
	f.clearErrors()
	f.fill(p.Content)
	saved := f.saved
	f.fill(merged)
	f.saved = saved // what the user typed is still unsaved
	who := actorName(p.UpdatedBy)
	for _, field := range clashes {
		l := f.errs[field]
		theirs := clip(fieldValue(p.Content, field), 300)
		if theirs == "" {
			theirs = lang.L("detail.history.empty_value")
		}
		l.SetText(lang.L("edit.merge_clash", map[string]any{"Who": who, "Value": theirs}))
		l.Show()
	}
	f.general.SetText(lang.L("edit.merged", map[string]any{"Who": who}))
	f.general.Show()
	f.scroll.Offset.Y = 0
	f.scroll.Refresh()
}

// clip shortens s to at most n runes, ending with an ellipsis when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + " …"
}

// cancel leaves the form, asking first when there are unsaved changes.
func (f *editForm) cancel() {
	if !f.changed() {
		f.close()
		return
	}
	f.askUnsaved(nil)
}

// askUnsaved asks whether to save the changes: Spara saves, Släng closes
// the form without saving, Fortsätt redigera goes back to the form. After
// a successful Spara or after Släng, then is called when it is not nil.
// Asked again while the question is shown, it only takes the new then.
func (f *editForm) askUnsaved(then func()) {
	f.afterGuard = then
	if f.asking {
		return
	}
	f.asking = true
	msg := widget.NewLabel(lang.L("edit.unsaved_message"))
	msg.Wrapping = fyne.TextWrapWord
	f.guard = dialog.NewCustomWithoutButtons(lang.L("edit.unsaved_title"), msg, f.w.win)
	save := widgets.NewButton(lang.L("edit.save"), f.guardSave)
	save.Importance = widget.HighImportance
	f.guard.SetButtons([]fyne.CanvasObject{
		widgets.NewButton(lang.L("edit.keep_editing"), f.guardKeep),
		widgets.NewButton(lang.L("edit.discard"), f.guardDiscard),
		save,
	})
	// Escape keeps editing, as closing the question without an answer;
	// Enter saves, the highlighted answer.
	uikit.EscapeKeys(f.guard, f.w.win.Canvas(), f.guardKeep, f.guardSave, nil)
	f.guard.Resize(fyne.NewSize(480, 180))
	f.guard.Show()
}

func (f *editForm) guardSave() {
	then := f.answered()
	if f.trySave() && then != nil {
		then()
	}
}

func (f *editForm) guardDiscard() {
	then := f.answered()
	f.close()
	if then != nil {
		then()
	}
}

func (f *editForm) guardKeep() { f.answered() }

// answered hides the question and returns what was to follow it.
func (f *editForm) answered() func() {
	f.guard.Hide()
	f.asking = false
	then := f.afterGuard
	f.afterGuard = nil
	return then
}

func (f *editForm) close() {
	f.closed = true
	if f.w.form == f {
		f.w.form = nil
	}
	if f.dialog != nil {
		f.w.win.Canvas().RemoveShortcut(saveShortcut)
		f.dialog.Hide()
	}
}
