package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// replyField is the entry under a comment for answering it.
type replyField struct {
	tab    *commentsTab
	parent int64
	entry  *widgets.Entry // Ctrl+Enter sends the answer, Esc closes the field
	send   *widgets.Button
	cancel *widgets.Button
	box    *fyne.Container
}

// onSend stores the new comment as the current member.
func (s *commentsTab) onSend() {
	body := strings.TrimSpace(s.entry.Text)
	me := s.me()
	if body == "" || me.ID == 0 || s.shown.ID == 0 {
		return
	}
	c := model.Comment{ProposalID: s.shown.ID, AuthorID: me.ID, Body: body}
	store, ctx := s.store, s.ctx()
	var added model.Comment
	saveWith(s.run, s.send, func() error {
		var err error
		added, err = store.AddComment(ctx, c)
		return err
	}, func(err error) {
		s.updateSend()
		if err != nil {
			s.onError(err) // the typed text stays
			return
		}
		if s.shown.ID == c.ProposalID {
			s.entry.SetText("")
			s.scrollToID = added.ID
		}
		s.reload()
	})
}

// onReply opens a reply field under the comment, closing any other.
func (r *commentRow) onReply() {
	s := r.tab
	if s.reply != nil {
		if s.reply.parent == r.comment.ID {
			s.focus(s.reply.entry)
			return
		}
		s.reply.close()
	}
	f := &replyField{tab: s, parent: r.comment.ID}
	f.entry = widgets.NewEntry(true, 2)
	f.entry.OnSave = f.onSend
	f.entry.OnEscape = f.close
	f.entry.SetPlaceHolder(lang.L("comments.reply_placeholder", map[string]any{"Name": r.author.Text}))
	f.send = widgets.NewButtonWithIcon(lang.L("comments.send_reply"), theme.MailSendIcon(), f.onSend)
	f.send.Importance = widget.HighImportance
	f.cancel = widgets.NewButton(lang.L("comments.cancel"), f.close)
	f.box = container.NewVBox(f.entry, container.NewHBox(layout.NewSpacer(), f.cancel, f.send))
	s.reply = f
	s.updateSend()
	r.replyBox.Add(f.box)
	s.scrollTo(f.box)
	s.focus(f.entry)
}

// scrollTo scrolls the threads so that o, somewhere in them, is wholly in
// view (its top, when it is taller than the view), as the reply field
// opened under a comment low in the list would otherwise be hidden below
// the visible area.
func (s *commentsTab) scrollTo(o fyne.CanvasObject) {
	s.scroll.Refresh() // lays the threads out again with o in them
	pos, ok := positionIn(s.scroll.Content, o)
	if !ok {
		return
	}
	view := s.scroll.Size().Height
	top, bottom := pos.Y, pos.Y+o.Size().Height
	y := s.scroll.Offset.Y
	switch {
	case bottom-top > view || top < y:
		y = top
	case bottom > y+view:
		y = bottom - view
	default:
		return
	}
	s.scroll.ScrollToOffset(fyne.NewPos(s.scroll.Offset.X, y))
}

// positionIn returns where o lies within root, which holds it through
// containers only.
func positionIn(root, o fyne.CanvasObject) (fyne.Position, bool) {
	if root == o {
		return fyne.Position{}, true
	}
	c, ok := root.(*fyne.Container)
	if !ok {
		return fyne.Position{}, false
	}
	for _, child := range c.Objects {
		if p, ok := positionIn(child, o); ok {
			return child.Position().Add(p), true
		}
	}
	return fyne.Position{}, false
}

// focus gives the keyboard to e when the tab is shown in a window.
func (s *commentsTab) focus(e fyne.Focusable) {
	if a := fyne.CurrentApp(); a != nil {
		if c := a.Driver().CanvasForObject(s.content); c != nil {
			c.Focus(e)
		}
	}
}

// onResolve marks the comment resolved, or open again.
func (r *commentRow) onResolve() {
	s := r.tab
	store, ctx, id, by, resolved := s.store, s.ctx(), r.comment.ID, s.me().ID, !r.comment.Resolved
	saveWith(s.run, r.resolve, func() error {
		_, err := store.ResolveComment(ctx, id, by, resolved)
		return err
	}, func(err error) {
		if err != nil {
			s.onError(err)
			return
		}
		s.reload()
	})
}

// onSend stores the answer as the current member.
func (f *replyField) onSend() {
	s := f.tab
	body := strings.TrimSpace(f.entry.Text)
	me := s.me()
	if body == "" || me.ID == 0 || s.shown.ID == 0 {
		return
	}
	c := model.Comment{ProposalID: s.shown.ID, ParentID: f.parent, AuthorID: me.ID, Body: body}
	store, ctx := s.store, s.ctx()
	var added model.Comment
	saveWith(s.run, f.send, func() error {
		var err error
		added, err = store.AddComment(ctx, c)
		return err
	}, func(err error) {
		s.updateSend()
		if err != nil {
			s.onError(err) // the typed answer stays
			return
		}
		if s.reply == f {
			s.reply = nil
		}
		if s.shown.ID == c.ProposalID {
			s.scrollToID = added.ID
		}
		s.reload()
	})
}

// close removes the reply field.
func (f *replyField) close() {
	s := f.tab
	if r, ok := s.rows[f.parent]; ok {
		r.replyBox.Remove(f.box)
	}
	if s.reply == f {
		s.reply = nil
	}
}
