package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// commentsFixture is a comments tab on the demo store showing proposal
// 2.1 (open for change), in a window, with a chosen member.
type commentsFixture struct {
	t      *testing.T
	store  model.Store
	ctx    context.Context
	tab    *commentsTab
	p      model.Proposal
	me     model.Member
	errors []error
}

func newCommentsFixture(t *testing.T, chooseMember bool) *commentsFixture {
	return newCommentsFixtureOn(t, "2.1", chooseMember)
}

// newCommentsFixtureOn is a fixture on the proposal with the given ref.
func newCommentsFixtureOn(t *testing.T, ref string, chooseMember bool) *commentsFixture {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	f := &commentsFixture{t: t, store: demoStore(t), ctx: testCtx("")}
	p, err := f.store.ProposalByRef(f.ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	f.p = p
	ms, err := f.store.Members(f.ctx)
	if err != nil || len(ms) == 0 {
		t.Fatalf("the demo has no members: %v", err)
	}
	if chooseMember {
		f.me = ms[0]
	}
	f.tab = newCommentsTab(f.store, func() context.Context { return f.ctx }, func() model.Member { return f.me },
		func(err error) { f.errors = append(f.errors, err) })
	w := a.NewWindow("comments")
	w.SetContent(f.tab.content)
	w.Resize(fyne.NewSize(800, 1200))
	f.tab.show(p)
	return f
}

func (f *commentsFixture) comments() []model.Comment {
	f.t.Helper()
	cs, err := f.store.Comments(f.ctx, f.p.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	return cs
}

func (f *commentsFixture) noErrors() {
	f.t.Helper()
	if len(f.errors) > 0 {
		f.t.Fatalf("errors: %v", f.errors)
	}
}

func TestSendingACommentStoresItUnderTheCurrentMember(t *testing.T) {
	f := newCommentsFixture(t, true)
	before := len(f.comments())
	if f.tab.send.Disabled() {
		t.Fatal("Skicka is disabled although a member is chosen")
	}
	if !f.tab.hint.Hidden {
		t.Error("the hint to choose a member shows although one is chosen")
	}
	test.Type(f.tab.entry, "Hur följs insatsen upp?")
	test.Tap(f.tab.send)
	f.noErrors()
	cs := f.comments()
	if len(cs) != before+1 {
		t.Fatalf("%d comments after sending, want %d", len(cs), before+1)
	}
	c := cs[len(cs)-1]
	if c.Body != "Hur följs insatsen upp?" || c.AuthorID != f.me.ID || c.ParentID != 0 || c.ProposalID != f.p.ID {
		t.Errorf("stored %+v, want the body as a new thread by member %d", c, f.me.ID)
	}
	if f.tab.entry.Text != "" {
		t.Errorf("the entry still holds %q", f.tab.entry.Text)
	}
	r, ok := f.tab.rows[c.ID]
	if !ok {
		t.Fatal("the new comment is not shown")
	}
	if r.author.Text != f.me.Name || r.body.Text != c.Body || r.when.Text != uikit.FormatTime(c.CreatedAt) || r.depth != 0 {
		t.Errorf("shown as %q %q %q depth %d", r.author.Text, r.when.Text, r.body.Text, r.depth)
	}
}

func TestAStoreErrorKeepsTheTypedText(t *testing.T) {
	f := newCommentsFixture(t, true)
	f.tab.show(model.Proposal{ID: 999999}) // no such proposal
	test.Type(f.tab.entry, "Ska inte försvinna")
	test.Tap(f.tab.send)
	if len(f.errors) == 0 {
		t.Fatal("no error was reported")
	}
	if f.tab.entry.Text != "Ska inte försvinna" {
		t.Errorf("the entry holds %q after the error", f.tab.entry.Text)
	}
}

func TestAReplyLandsInTheThread(t *testing.T) {
	f := newCommentsFixture(t, true)
	test.Type(f.tab.entry, "Vem ansvarar?")
	test.Tap(f.tab.send)
	f.noErrors()
	cs := f.comments()
	parent := cs[len(cs)-1]

	test.Tap(f.tab.rows[parent.ID].answer)
	if f.tab.reply == nil || f.tab.reply.parent != parent.ID {
		t.Fatal("Svara opened no reply field under the comment")
	}
	if len(f.tab.rows[parent.ID].replyBox.Objects) != 1 {
		t.Fatal("the reply field is not under its comment")
	}
	test.Type(f.tab.reply.entry, "Socialtjänsten.")
	test.Tap(f.tab.reply.send)
	f.noErrors()

	cs = f.comments()
	reply := cs[len(cs)-1]
	if reply.ParentID != parent.ID || reply.Body != "Socialtjänsten." || reply.AuthorID != f.me.ID {
		t.Fatalf("stored %+v, want an answer to %d", reply, parent.ID)
	}
	if f.tab.reply != nil {
		t.Error("the reply field is still open after sending")
	}
	pos := map[int64]int{}
	for i, id := range f.tab.order {
		pos[id] = i
	}
	if pos[reply.ID] != pos[parent.ID]+1 {
		t.Errorf("the answer is shown at %d, not right under its parent at %d", pos[reply.ID], pos[parent.ID])
	}
	if r := f.tab.rows[reply.ID]; r.depth != f.tab.rows[parent.ID].depth+1 {
		t.Errorf("the answer is at depth %d, want it indented under its parent", r.depth)
	}
}

func TestThreadsShowAnswersUnderTheirParentOldestFirst(t *testing.T) {
	f := newCommentsFixture(t, true)
	add := func(parent int64, body string) model.Comment {
		c, err := f.store.AddComment(f.ctx, model.Comment{ProposalID: f.p.ID, ParentID: parent, AuthorID: f.me.ID, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	a := add(0, "A")
	b := add(0, "B")
	a1 := add(a.ID, "A1")
	a2 := add(a.ID, "A2")
	a11 := add(a1.ID, "A1.1")
	f.tab.reload()
	var got []int64
	for _, id := range f.tab.order {
		switch id {
		case a.ID, b.ID, a1.ID, a2.ID, a11.ID:
			got = append(got, id)
		}
	}
	want := []int64{a.ID, a1.ID, a11.ID, a2.ID, b.ID}
	if len(got) != len(want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
	if f.tab.rows[a11.ID].depth != 2 || f.tab.rows[b.ID].depth != 0 {
		t.Errorf("depths %d, %d; want 2, 0", f.tab.rows[a11.ID].depth, f.tab.rows[b.ID].depth)
	}
}

func TestResolveTogglesResolved(t *testing.T) {
	f := newCommentsFixture(t, true)
	test.Type(f.tab.entry, "Är budgeten klar?")
	test.Tap(f.tab.send)
	cs := f.comments()
	id := cs[len(cs)-1].ID

	r := f.tab.rows[id]
	if r.resolve.Text != "Markera löst" || !r.resolved.Hidden || r.dimmed {
		t.Fatalf("an open comment shows %q, resolved label hidden %v, dimmed %v", r.resolve.Text, r.resolved.Hidden, r.dimmed)
	}
	test.Tap(r.resolve)
	f.noErrors()
	c := f.find(id)
	if !c.Resolved || c.ResolvedBy != f.me.ID {
		t.Fatalf("after Markera löst: %+v", c)
	}
	r = f.tab.rows[id]
	want := "Löst av " + f.me.Name + " " + uikit.FormatTime(c.ResolvedAt)
	if r.resolve.Text != "Öppna igen" || r.resolved.Hidden || r.resolved.Text != want || !r.dimmed {
		t.Errorf("a resolved comment shows %q, %q (hidden %v), dimmed %v; want %q", r.resolve.Text, r.resolved.Text, r.resolved.Hidden, r.dimmed, want)
	}
	test.Tap(r.resolve)
	f.noErrors()
	if c := f.find(id); c.Resolved {
		t.Errorf("after Öppna igen: %+v", c)
	}
	if f.tab.rows[id].dimmed {
		t.Error("the reopened comment is still dimmed")
	}
}

func TestCommentsOnASignedOffDecisionCannotBeResolved(t *testing.T) {
	f := newCommentsFixtureOn(t, "1.1", true)
	if !f.p.Locked {
		t.Fatal("the demo's 1.1 is not locked")
	}
	if len(f.tab.order) == 0 {
		t.Fatal("the demo's comments on 1.1 are not shown")
	}
	for _, id := range f.tab.order {
		if !f.tab.rows[id].resolve.Disabled() {
			t.Errorf("comment %d can be resolved on a locked proposal", id)
		}
	}
	if f.tab.locked.Hidden {
		t.Error("the tab does not say the comments are locked")
	}
	before := len(f.comments())
	test.Type(f.tab.entry, "En fråga efter beslutet")
	test.Tap(f.tab.send)
	f.noErrors()
	if len(f.comments()) != before+1 {
		t.Error("a new comment on a locked proposal was not stored")
	}
}

func (f *commentsFixture) find(id int64) model.Comment {
	f.t.Helper()
	for _, c := range f.comments() {
		if c.ID == id {
			return c
		}
	}
	f.t.Fatalf("comment %d is gone", id)
	return model.Comment{}
}

func TestWithNoMemberChosenSendIsDisabled(t *testing.T) {
	f := newCommentsFixture(t, false)
	before := len(f.comments())
	if !f.tab.send.Disabled() {
		t.Fatal("Skicka is enabled although nobody is chosen")
	}
	if f.tab.hint.Hidden || !strings.Contains(f.tab.hint.Text, "Välj vem du är under Arkiv") {
		t.Errorf("hint hidden %v, text %q", f.tab.hint.Hidden, f.tab.hint.Text)
	}
	test.Type(f.tab.entry, "Anonym")
	test.Tap(f.tab.send)
	if n := len(f.comments()); n != before {
		t.Errorf("a comment was stored without an author: %d, was %d", n, before)
	}
	f.me, _ = f.firstMember()
	f.tab.show(f.p)
	if f.tab.send.Disabled() || !f.tab.hint.Hidden {
		t.Error("Skicka stays disabled after a member is chosen")
	}
}

func (f *commentsFixture) firstMember() (model.Member, error) {
	ms, err := f.store.Members(f.ctx)
	if err != nil || len(ms) == 0 {
		return model.Member{}, errors.Join(err, errors.New("no members"))
	}
	return ms[0], nil
}

func TestFormatTime(t *testing.T) {
	t.Cleanup(func() { uikit.SetLanguage(model.Swedish) })
	at := time.Date(2026, 11, 25, 14, 3, 0, 0, time.Local)
	uikit.SetLanguage(model.Swedish)
	if got := uikit.FormatTime(at); got != "25 nov. 2026 14:03" {
		t.Errorf("sv: %q", got)
	}
	if got := uikit.FormatTime(time.Date(2027, 3, 1, 9, 5, 0, 0, time.Local)); got != "1 mars 2027 09:05" {
		t.Errorf("sv: %q", got)
	}
	uikit.SetLanguage(model.English)
	if got := uikit.FormatTime(at); got != "25 Nov 2026 14:03" {
		t.Errorf("en: %q", got)
	}
}

func TestWhoAmIStoresTheChosenMemberInThePreferences(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	ctx := context.Background()
	who := whoAmI{app: a, store: s, ctx: ctx}
	if m := who.current(); m.ID != 0 || who.chosen() {
		t.Fatalf("a new app knows a member: %+v", m)
	}
	ms, err := s.Members(ctx)
	if err != nil || len(ms) < 2 {
		t.Fatalf("the demo has too few members: %d, %v", len(ms), err)
	}
	want := ms[1]

	w := a.NewWindow("who")
	w.Resize(fyne.NewSize(800, 600))
	d, err := who.newDialog(w, nil)
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	d.done = func() { closed = true }
	found := -1
	for i, m := range d.members {
		if m.ID == want.ID {
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("member %s is not offered: %v", want.Name, d.sel.Options)
	}
	if want.Title != "" && !strings.Contains(d.sel.Options[found], want.Title) {
		t.Errorf("option %q does not give the title %q", d.sel.Options[found], want.Title)
	}
	d.dlg.Show()
	d.sel.SetSelectedIndex(found)
	d.onClose(true)
	if !closed {
		t.Error("done was not called")
	}
	if got := a.Preferences().Int("member_id"); int64(got) != want.ID {
		t.Errorf("preference member_id = %d, want %d", got, want.ID)
	}
	if got := who.current(); got.ID != want.ID || got.Name != want.Name {
		t.Errorf("current() = %+v, want %+v", got, want)
	}

	// Cancelling keeps the earlier choice.
	d2, err := who.newDialog(w, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d2.sel.SelectedIndex() < 0 || d2.members[d2.sel.SelectedIndex()].ID != want.ID {
		t.Error("the dialog does not preselect the uikit.Language() member")
	}
	d2.sel.SetSelectedIndex((d2.sel.SelectedIndex() + 1) % len(d2.members))
	d2.onClose(false)
	if got := who.current(); got.ID != want.ID {
		t.Errorf("cancelling changed the member to %+v", got)
	}

	// A stored member who is no longer in the store counts as nobody.
	a.Preferences().SetInt("member_id", 987654)
	if m := who.current(); m.ID != 0 {
		t.Errorf("an unknown member id gives %+v", m)
	}
}

// A comment written in the window is logged in the audit trail in the name
// of the member the user said they are.
func TestTheAuditTrailNamesTheChosenMember(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := syncWindow(a, demoStore(t))
	ms, err := w.store.Members(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	me := ms[2]
	w.who.set(me) // as the who-am-I dialog's OK does
	w.Select("2.1")
	test.Type(w.comments.entry, "Vem ansvarar för uppföljningen?")
	test.Tap(w.comments.send)
	rows, err := w.store.Audit(context.Background(), "", "", 1)
	if err != nil || len(rows) != 1 {
		t.Fatalf("audit: %v, %v", rows, err)
	}
	if rows[0].Actor != me.Name {
		t.Errorf("the audit row names %q, want %q", rows[0].Actor, me.Name)
	}
}

// Svara on a comment low in a long list scrolls the reply field, with its
// buttons, into view and gives its entry the keyboard.
func TestReplyFieldIsScrolledIntoViewAndFocused(t *testing.T) {
	f := newCommentsFixture(t, true)
	for i := range 8 {
		test.Type(f.tab.entry, "Fråga nummer "+strings.Repeat("x", i+1))
		test.Tap(f.tab.send)
	}
	f.noErrors()
	win := fyne.CurrentApp().Driver().AllWindows()
	w := win[len(win)-1] // the fixture's, made last
	w.Resize(fyne.NewSize(800, 500))
	sc := f.tab.scroll
	sc.ScrollToTop()
	if sc.Content.MinSize().Height <= sc.Size().Height {
		t.Fatalf("the threads (%v high) fit in the view (%v): the test tests nothing", sc.Content.MinSize().Height, sc.Size().Height)
	}
	last := f.tab.order[len(f.tab.order)-1]
	test.Tap(f.tab.rows[last].answer)
	r := f.tab.reply
	if r == nil {
		t.Fatal("Svara opened no reply field")
	}
	pos, ok := positionIn(sc.Content, r.box)
	if !ok {
		t.Fatal("the reply field is not in the threads")
	}
	top, bottom := pos.Y, pos.Y+r.box.Size().Height
	if r.box.Size().Height < r.send.MinSize().Height || top < sc.Offset.Y || bottom > sc.Offset.Y+sc.Size().Height+0.5 {
		t.Errorf("the reply field spans %v–%v; the view shows %v–%v", top, bottom, sc.Offset.Y, sc.Offset.Y+sc.Size().Height)
	}
	if got := w.Canvas().Focused(); got != r.entry {
		t.Errorf("the focus is on %T, want the reply entry", got)
	}
}
