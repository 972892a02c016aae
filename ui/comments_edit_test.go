package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// commentCtrlEnter is Ctrl+Enter as the window hands it to the entry that
// has the keyboard.
var commentCtrlEnter = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}

// commentOther is a member of the demo other than the fixture's own.
func (f *commentsFixture) commentOther() model.Member {
	f.t.Helper()
	ms, err := f.store.Members(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	for _, m := range ms {
		if m.ID != f.me.ID {
			return m
		}
	}
	f.t.Fatal("the demo has one member only")
	return model.Member{}
}

// commentAdd stores a comment by author through the store and shows the
// tab again.
func (f *commentsFixture) commentAdd(author model.Member, parent int64, body string) model.Comment {
	f.t.Helper()
	c, err := f.store.AddComment(f.ctx, model.Comment{ProposalID: f.p.ID, ParentID: parent, AuthorID: author.ID, Body: body})
	if err != nil {
		f.t.Fatal(err)
	}
	f.tab.reload()
	return c
}

func TestCommentOwnCommentIsEditedAndMarkedEdited(t *testing.T) {
	f := newCommentsFixture(t, true)
	other := f.commentAdd(f.commentOther(), 0, "Någon annans fråga.")
	mine := f.commentAdd(f.me, 0, "Vad kostar det?")
	if r := f.tab.rows[other.ID]; !r.edit.Hidden || !r.remove.Hidden {
		t.Error("another member's comment offers Ändra or Ta bort")
	}
	r := f.tab.rows[mine.ID]
	if r.edit.Hidden || r.remove.Hidden || r.edit.Text != "Ändra" || r.remove.Text != "Ta bort" {
		t.Fatalf("one's own comment offers %q (hidden %v) and %q (hidden %v)", r.edit.Text, r.edit.Hidden, r.remove.Text, r.remove.Hidden)
	}
	if !r.edited.Hidden {
		t.Error("a comment never changed says it is edited")
	}
	test.Tap(r.edit)
	e := f.tab.editor
	if e == nil || e.entry.Text != mine.Body || len(r.bodyBox.Objects) != 1 || r.bodyBox.Objects[0] != e.box {
		t.Fatal("Ändra opened no editor with the text in place of the body")
	}
	e.entry.SetText("Vad kostar det per familj?")
	e.entry.TypedShortcut(commentCtrlEnter)
	f.noErrors()
	c := f.find(mine.ID)
	if c.Body != "Vad kostar det per familj?" || !c.Edited() {
		t.Fatalf("after Ctrl+Enter in the editor: %+v", c)
	}
	if f.tab.editor != nil {
		t.Error("the editor is still open after saving")
	}
	r = f.tab.rows[mine.ID]
	if r.body.Text != c.Body || r.edited.Hidden || r.edited.Text != "ändrad "+uikit.FormatTime(c.EditedAt) {
		t.Errorf("the edited comment shows %q and %q (hidden %v)", r.body.Text, r.edited.Text, r.edited.Hidden)
	}

	// Esc leaves the editor and keeps the text as it was.
	test.Tap(r.edit)
	f.tab.editor.entry.SetText("Bortkastat")
	f.tab.editor.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.tab.editor != nil || f.find(mine.ID).Body != c.Body || f.tab.rows[mine.ID].bodyBox.Objects[0] != f.tab.rows[mine.ID].body {
		t.Error("Esc did not put the comment back as it was")
	}
}

func TestCommentDeleteAsksFirst(t *testing.T) {
	f := newCommentsFixture(t, true)
	mine := f.commentAdd(f.me, 0, "Felskrivet.")
	test.Tap(f.tab.rows[mine.ID].remove)
	d := f.tab.deleteAsk
	if d == nil {
		t.Fatal("Ta bort asked nothing")
	}
	d.Hide() // Avbryt, or Esc
	f.noErrors()
	if _, ok := f.tab.rows[mine.ID]; !ok || f.tab.deleteAsk != nil {
		t.Fatal("the comment went although the question was answered no")
	}
	f.find(mine.ID)

	test.Tap(f.tab.rows[mine.ID].remove)
	f.tab.deleteAsk.Confirm()
	f.noErrors()
	if _, ok := f.tab.rows[mine.ID]; ok {
		t.Error("the deleted comment is still shown")
	}
	for _, c := range f.comments() {
		if c.ID == mine.ID {
			t.Errorf("the deleted comment is still stored: %+v", c)
		}
	}
}

// A comment others answered keeps its place as "[borttagen]", with its
// answers under it.
func TestCommentDeletedWithAnswersKeepsTheThread(t *testing.T) {
	f := newCommentsFixture(t, true)
	mine := f.commentAdd(f.me, 0, "Vem ansvarar?")
	answer := f.commentAdd(f.commentOther(), mine.ID, "Socialtjänsten.")
	test.Tap(f.tab.rows[mine.ID].remove)
	f.tab.deleteAsk.Confirm()
	f.noErrors()
	r, ok := f.tab.rows[mine.ID]
	if !ok || r.body.Text != "[borttagen]" || !r.edit.Hidden || !r.remove.Hidden || !r.answer.Hidden {
		t.Fatalf("the deleted comment shows %q, buttons hidden %v %v %v", r.body.Text, r.edit.Hidden, r.remove.Hidden, r.answer.Hidden)
	}
	if a, ok := f.tab.rows[answer.ID]; !ok || a.depth != r.depth+1 || a.body.Text != answer.Body {
		t.Error("the answer is no longer shown under the deleted comment")
	}
}

// Once the proposal is decided, one's own comments offer neither Ändra
// nor Ta bort; a tab that still shows the proposal undecided gets the
// store's refusal and says it.
func TestCommentChangeIsRefusedAfterTheDecision(t *testing.T) {
	f := newCommentsFixtureOn(t, "1.1", true)
	mine := f.commentAdd(f.me, 0, "Efter beslutet.")
	if r := f.tab.rows[mine.ID]; !r.edit.Hidden || !r.remove.Hidden {
		t.Fatal("one's own comment on a decided proposal offers Ändra or Ta bort")
	}
	stale := f.p
	stale.Status, stale.Locked = model.StatusReady, false
	f.tab.shown = stale
	f.tab.render()
	test.Tap(f.tab.rows[mine.ID].edit)
	f.tab.editor.entry.SetText("Ändrad i efterhand")
	test.Tap(f.tab.editor.save)
	if len(f.errors) != 1 || model.ErrorCode(f.errors[0]) != model.ELocked {
		t.Fatalf("errors %v, want the store's refusal", f.errors)
	}
	msg := model.ErrorMessage(f.errors[0], model.Swedish)
	if !strings.Contains(msg, "beslutat") || f.tab.editor == nil || f.tab.editor.entry.Text != "Ändrad i efterhand" {
		t.Errorf("the refusal says %q; editor open %v", msg, f.tab.editor != nil)
	}
	if f.find(mine.ID).Body != "Efter beslutet." {
		t.Error("the refused edit changed the comment")
	}
}

func TestCommentCtrlEnterSends(t *testing.T) {
	f := newCommentsFixture(t, true)
	before := len(f.comments())
	test.Type(f.tab.entry, "Skickas med tangentbordet")
	f.tab.entry.TypedShortcut(commentCtrlEnter)
	f.noErrors()
	cs := f.comments()
	if len(cs) != before+1 || cs[len(cs)-1].Body != "Skickas med tangentbordet" || f.tab.entry.Text != "" {
		t.Fatalf("after Ctrl+Enter: %d comments (want %d), the field holds %q", len(cs), before+1, f.tab.entry.Text)
	}
	test.Tap(f.tab.rows[cs[len(cs)-1].ID].answer)
	test.Type(f.tab.reply.entry, "Svar med tangentbordet")
	f.tab.reply.entry.TypedShortcut(commentCtrlEnter)
	f.noErrors()
	cs = f.comments()
	if got := cs[len(cs)-1]; got.Body != "Svar med tangentbordet" || got.ParentID == 0 {
		t.Errorf("after Ctrl+Enter in the reply field: %+v", got)
	}
}

// A new comment lands at the end of a long list: it is scrolled into view.
func TestCommentNewCommentIsScrolledIntoView(t *testing.T) {
	f := newCommentsFixture(t, true)
	for i := range 8 {
		f.commentAdd(f.me, 0, "Fråga nummer "+strings.Repeat("x", i+1))
	}
	win := fyne.CurrentApp().Driver().AllWindows()
	win[len(win)-1].Resize(fyne.NewSize(800, 500))
	sc := f.tab.scroll
	sc.ScrollToTop()
	if sc.Content.MinSize().Height <= sc.Size().Height {
		t.Fatalf("the threads (%v high) fit in the view (%v): the test tests nothing", sc.Content.MinSize().Height, sc.Size().Height)
	}
	test.Type(f.tab.entry, "Den nya frågan")
	test.Tap(f.tab.send)
	f.noErrors()
	cs := f.comments()
	r := f.tab.rows[cs[len(cs)-1].ID]
	pos, ok := positionIn(sc.Content, r.content)
	if !ok {
		t.Fatal("the new comment is not in the threads")
	}
	top, bottom := pos.Y, pos.Y+r.content.Size().Height
	if top < sc.Offset.Y || bottom > sc.Offset.Y+sc.Size().Height+0.5 {
		t.Errorf("the new comment spans %v–%v; the view shows %v–%v", top, bottom, sc.Offset.Y, sc.Offset.Y+sc.Size().Height)
	}
}

// A resolved thread says who resolved it and when; its answers do not
// offer Markera löst.
func TestCommentResolvedThreadSaysWhoAndItsAnswersOfferNoResolve(t *testing.T) {
	f := newCommentsFixture(t, true)
	other := f.commentOther()
	root := f.commentAdd(other, 0, "Är budgeten klar?")
	answer := f.commentAdd(f.me, root.ID, "Nästan.")
	if f.tab.rows[answer.ID].resolve.Hidden {
		t.Fatal("an answer in an open thread offers no Markera löst")
	}
	test.Tap(f.tab.rows[root.ID].resolve)
	f.noErrors()
	c := f.find(root.ID)
	r := f.tab.rows[root.ID]
	if want := "Löst av " + f.me.Name + " " + uikit.FormatTime(c.ResolvedAt); r.resolved.Hidden || r.resolved.Text != want {
		t.Errorf("the resolved thread says %q (hidden %v), want %q", r.resolved.Text, r.resolved.Hidden, want)
	}
	if a := f.tab.rows[answer.ID]; !a.resolve.Hidden || !a.dimmed {
		t.Errorf("an answer in the resolved thread: Markera löst hidden %v, dimmed %v", a.resolve.Hidden, a.dimmed)
	}
	if r.resolve.Hidden || r.resolve.Text != "Öppna igen" {
		t.Errorf("the resolved comment offers %q (hidden %v)", r.resolve.Text, r.resolve.Hidden)
	}

	if err := SetLanguage(model.English); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	f.tab.render()
	if want := "Resolved by " + f.me.Name + " " + uikit.FormatTime(c.ResolvedAt); f.tab.rows[root.ID].resolved.Text != want {
		t.Errorf("in English the thread says %q, want %q", f.tab.rows[root.ID].resolved.Text, want)
	}
}
