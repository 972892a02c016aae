package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// commentEditor is the field, in place of a comment's body, in which its
// author changes it: Ctrl+Enter or Spara saves, Esc or Avbryt leaves it.
type commentEditor struct {
	tab    *commentsTab
	id     int64
	entry  *widgets.Entry
	save   *widgets.Button
	cancel *widgets.Button
	box    *fyne.Container
}

// onEdit opens the editor in place of the comment's body, closing any
// other.
func (r *commentRow) onEdit() {
	s := r.tab
	if s.editor != nil {
		if s.editor.id == r.comment.ID {
			s.focus(s.editor.entry)
			return
		}
		s.editor.close()
	}
	e := &commentEditor{tab: s, id: r.comment.ID}
	e.entry = widgets.NewEntry(true, 2)
	e.entry.SetText(r.comment.Body)
	e.entry.OnSave = e.onSave
	e.entry.OnEscape = e.close
	e.save = widgets.NewButtonWithIcon(lang.L("comments.save_edit"), theme.DocumentSaveIcon(), e.onSave)
	e.save.Importance = widget.HighImportance
	e.cancel = widgets.NewButton(lang.L("comments.cancel"), e.close)
	e.box = container.NewVBox(e.entry, container.NewHBox(layout.NewSpacer(), e.cancel, e.save))
	s.editor = e
	s.reattachEditor()
	s.scrollTo(e.box)
	s.focus(e.entry)
}

// reattachEditor shows the open editor in its comment's row in place of
// the body, after the threads were built again; an editor whose comment
// is gone closes.
func (s *commentsTab) reattachEditor() {
	if s.editor == nil {
		return
	}
	r, ok := s.rows[s.editor.id]
	if !ok || !r.comment.MayChangeBy(s.shown, s.member.ID) {
		s.editor = nil
		return
	}
	r.bodyBox.Objects = []fyne.CanvasObject{s.editor.box}
	r.bodyBox.Refresh()
	r.edit.Disable()
}

// onSave stores the changed body as the comment's author.
func (e *commentEditor) onSave() {
	s := e.tab
	body := strings.TrimSpace(e.entry.Text)
	me := s.me()
	if body == "" || me.ID == 0 {
		return
	}
	store, ctx, id := s.store, s.ctx(), e.id
	saveWith(s.run, e.save, func() error {
		_, err := store.EditComment(ctx, id, me.ID, body)
		return err
	}, func(err error) {
		if err != nil {
			s.onError(err) // the changed text stays in the editor
			return
		}
		if s.editor == e {
			s.editor = nil
		}
		s.reload()
	})
}

// close puts the comment's body back in place of the editor.
func (e *commentEditor) close() {
	s := e.tab
	if s.editor == e {
		s.editor = nil
	}
	if r, ok := s.rows[e.id]; ok {
		r.bodyBox.Objects = []fyne.CanvasObject{r.body}
		r.bodyBox.Refresh()
		r.edit.Enable()
	}
}

// onDelete asks whether to delete the comment, and deletes it as its
// author when the answer is yes. Esc says no; Enter says yes.
func (r *commentRow) onDelete() {
	s := r.tab
	win := s.window()
	if win == nil {
		return
	}
	question := widget.NewLabel(lang.L("comments.delete_question"))
	question.Wrapping = fyne.TextWrapWord
	var d *uikit.Confirm
	d = uikit.NewCustomConfirm(lang.L("comments.delete_title"), lang.L("comments.delete"), lang.L("comments.cancel"),
		question, func(yes bool) {
			if s.deleteAsk == d {
				s.deleteAsk = nil
			}
			if yes {
				r.delete()
			}
		}, win)
	d.SetConfirmImportance(widget.DangerImportance)
	uikit.DialogKeys(d, win.Canvas(), func() { d.Confirm() }, nil)
	d.Resize(fyne.NewSize(uikit.ErrorDialogWidth, d.MinSize().Height))
	s.deleteAsk = d
	d.Show()
}

// delete deletes the comment as its author.
func (r *commentRow) delete() {
	s := r.tab
	store, ctx, id, by := s.store, s.ctx(), r.comment.ID, s.me().ID
	saveWith(s.run, r.remove, func() error {
		return store.DeleteComment(ctx, id, by)
	}, func(err error) {
		if err != nil {
			s.onError(err)
			return
		}
		if s.editor != nil && s.editor.id == id {
			s.editor = nil
		}
		s.reload()
	})
}

// window is the window the tab is shown in, nil when none.
func (s *commentsTab) window() fyne.Window {
	a := fyne.CurrentApp()
	if a == nil {
		return nil
	}
	c := a.Driver().CanvasForObject(s.content)
	for _, w := range a.Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	return nil
}
