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
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// commentRow is one comment as shown: author, time, body and its buttons.
type commentRow struct {
	tab     *commentsTab
	comment model.Comment
	depth   int
	dimmed  bool // the comment or its thread is resolved
	author  *widget.Label
	when    *widget.Label
	// edited says "ändrad" and when, hidden unless the author changed it.
	edited *widget.Label
	body   *widget.Label
	// resolved says who resolved the comment and when, hidden unless it is
	// resolved.
	resolved *widget.Label
	answer   *widgets.Button
	// resolve marks the thread resolved or open again; hidden on the
	// answers in a resolved thread, which the thread's own comment reopens.
	resolve *widgets.Button
	// edit and remove are the author's, until the proposal is decided
	// (model.Comment.CheckChangeBy); hidden otherwise.
	edit, remove *widgets.Button
	bodyBox      *fyne.Container // holds the body, or the editor when it is open here
	replyBox     *fyne.Container // holds the reply field when it is open here
	content      fyne.CanvasObject
}

// threadIndent is how far each level of answers is moved to the right.
const threadIndent = 24

// newRow builds the row of c at depth; dimmed when it or its thread is
// resolved, inResolved when a comment above it in the thread is.
func (s *commentsTab) newRow(c model.Comment, depth int, dimmed, inResolved bool) *commentRow {
	r := &commentRow{tab: s, comment: c, depth: depth, dimmed: dimmed}
	r.author = widget.NewLabelWithStyle(s.authorName(c.AuthorID), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.when = widget.NewLabel(uikit.FormatTime(c.CreatedAt))
	r.edited = widget.NewLabelWithStyle(lang.L("comments.edited", map[string]any{"Time": uikit.FormatTime(c.EditedAt)}),
		fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	if !c.Edited() || c.Deleted() {
		r.edited.Hide()
	}
	r.body = widget.NewLabel(c.Body)
	r.body.Wrapping = fyne.TextWrapWord
	if c.Deleted() {
		r.body.SetText(lang.L("comments.deleted"))
		r.body.TextStyle = fyne.TextStyle{Italic: true}
	}
	r.resolved = widget.NewLabel(lang.L("comments.resolved_by", map[string]any{
		"Name": s.authorName(c.ResolvedBy), "Time": uikit.FormatTime(c.ResolvedAt)}))
	r.resolved.Importance = widget.SuccessImportance
	if !c.Resolved {
		r.resolved.Hide()
	}
	r.answer = widgets.NewButtonWithIcon(lang.L("comments.reply"), theme.MailReplyIcon(), r.onReply)
	label, icon := lang.L("comments.resolve"), theme.ConfirmIcon()
	if c.Resolved {
		label, icon = lang.L("comments.reopen"), theme.ContentUndoIcon()
	}
	r.resolve = widgets.NewButtonWithIcon(label, icon, r.onResolve)
	if s.shown.Locked { // comments on a signed-off decision stay as they are
		r.resolve.Disable()
	}
	if inResolved && !c.Resolved {
		r.resolve.Hide()
	}
	r.edit = widgets.NewButtonWithIcon(lang.L("comments.edit"), theme.DocumentCreateIcon(), r.onEdit)
	r.remove = widgets.NewButtonWithIcon(lang.L("comments.delete"), theme.DeleteIcon(), r.onDelete)
	if !c.MayChangeBy(s.shown, s.member.ID) {
		r.edit.Hide()
		r.remove.Hide()
	}
	if c.Deleted() {
		r.answer.Hide()
	}
	if dimmed { // the text stays readable on a projector; the rest steps back
		r.when.Importance = widget.LowImportance
		for _, b := range []*widgets.Button{r.answer, r.resolve, r.edit, r.remove} {
			b.Importance = widget.LowImportance
		}
	}
	r.bodyBox = container.NewVBox(r.body)
	r.replyBox = container.NewVBox()
	head := container.NewHBox(r.author, r.when, r.edited, r.resolved)
	buttons := container.NewHBox(r.answer, r.resolve, r.edit, r.remove)
	r.content = container.New(layout.NewCustomPaddedLayout(0, 0, float32(depth*threadIndent), 0),
		container.NewVBox(head, r.bodyBox, buttons, r.replyBox))
	return r
}

// authorName names a comment's author, or says the author is unknown.
func (s *commentsTab) authorName(id int64) string {
	if m, ok := s.members[id]; ok && strings.TrimSpace(m.Name) != "" {
		return m.Name
	}
	return lang.L("comments.unknown_author")
}
