package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// commentsStore is what the Kommentarer tab reads and writes: the
// comments and the members who wrote them, read with the rest of the
// proposal's detail (one round trip to a shared store).
type commentsStore interface {
	model.CommentStore
	model.MemberStore
	model.DetailStore
}

// commentsTab shows a proposal's comments as threads and lets the current
// member write new ones, answer, and mark threads resolved.
type commentsTab struct {
	content fyne.CanvasObject

	store commentsStore
	// ctx gives the context of a write started now, with the actor.
	ctx     func() context.Context
	me      func() model.Member
	onError func(error)
	// run runs the tab's writes off the UI goroutine; nil runs them at
	// once.
	run async.Runner

	shown    model.Proposal
	comments []model.Comment
	members  map[int64]model.Member
	member   model.Member // the current member, as last read by reload

	// loads reads the comments, off the UI goroutine once setBackground
	// has been called.
	loads loads

	scroll *container.Scroll     // around the threads
	list   *fyne.Container       // the threads
	rows   map[int64]*commentRow // each shown comment by id
	order  []int64               // the ids in the order shown
	empty  *widget.Label         // "no comments yet" or "choose a proposal"
	hint   *widget.Label         // "choose who you are" when nobody is
	locked *widget.Label         // says the comments can no longer be resolved
	entry  *widgets.Entry        // the new comment; Ctrl+Enter sends it
	send   *widgets.Button       // stores the new comment
	reply  *replyField           // the open reply field, nil when none
	editor *commentEditor        // the open edit of a comment, nil when none
	// deleteAsk asks whether to delete a comment, while it is shown.
	deleteAsk *uikit.Confirm
	// scrollToID is a comment just written, to be scrolled into view once
	// the threads are shown with it.
	scrollToID int64
}

func newCommentsTab(store commentsStore, ctx func() context.Context, me func() model.Member, onError func(error)) *commentsTab {
	s := &commentsTab{store: store, ctx: ctx, me: me, onError: onError, rows: map[int64]*commentRow{}}
	s.list = container.NewVBox()
	s.empty = widget.NewLabel(lang.L("comments.no_proposal"))
	s.empty.Wrapping = fyne.TextWrapWord
	s.hint = widget.NewLabel(lang.L("comments.choose_member"))
	s.hint.Wrapping = fyne.TextWrapWord
	s.hint.Importance = widget.WarningImportance
	s.hint.Hide()
	s.locked = widget.NewLabel(lang.L("comments.locked"))
	s.locked.Wrapping = fyne.TextWrapWord
	s.locked.TextStyle = fyne.TextStyle{Italic: true}
	s.locked.Hide()
	s.entry = widgets.NewEntry(true, 3)
	s.entry.OnSave = s.onSend
	s.entry.SetPlaceHolder(lang.L("comments.placeholder"))
	s.send = widgets.NewButtonWithIcon(lang.L("comments.send"), theme.MailSendIcon(), s.onSend)
	s.send.Importance = widget.HighImportance
	// Skicka beside the field rather than under it: a row less, which the
	// larger text sizes need at 1366 × 768.
	bottom := container.NewVBox(widget.NewSeparator(), s.hint,
		container.NewBorder(nil, nil, nil, container.NewVBox(layout.NewSpacer(), s.send), s.entry))
	s.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(s.locked, s.empty, s.list)))
	s.content = container.NewBorder(nil, bottom, nil, nil, s.scroll)
	s.member = me()
	s.updateSend()
	return s
}

// setBackground makes the tab read and write the store through run, off
// the UI goroutine, and show the result with fyne.Do.
func (s *commentsTab) setBackground(run async.Runner) {
	s.loads.setRun(run)
	s.run = run
}

// show fills the tab with p's comments, read by the tab itself. When p is
// another proposal than the one shown, the last one's threads go at once
// and "Läser …" is shown if the reading takes a while.
func (s *commentsTab) show(p model.Proposal) { s.load(s.switchTo(p)) }

// switchTo makes p the proposal shown, before its comments are read: when
// p is another than the one shown, the last one's threads go at once, and
// the returned func says "Läser …"; it returns nil for the same
// proposal. A reading of the tab's own still running is dropped.
func (s *commentsTab) switchTo(p model.Proposal) (waiting func()) {
	s.loads.cancel()
	if p.ID != s.shown.ID {
		s.entry.SetText("")
		s.reply = nil
		s.editor = nil
		s.scrollToID = 0
		s.comments = nil
		s.clearThreads()
		s.empty.Hide()
		waiting = s.waiting
	}
	s.shown = p
	if p.Locked {
		s.locked.Show()
	} else {
		s.locked.Hide()
	}
	return waiting
}

// commentsOf takes what the tab shows from a proposal's detail, read with
// err (the proposal view's reading); the error is the view's to report.
func commentsOf(d model.ProposalDetail, err error) commentsData {
	if err != nil {
		return commentsData{err: err}
	}
	return commentsData{comments: d.Comments, members: membersByID(d.Members)}
}

// showRead shows the comments the proposal view read for p, unless
// another proposal is shown by now.
func (s *commentsTab) showRead(p model.Proposal, d commentsData) {
	if p.ID != s.shown.ID {
		return
	}
	d.me = s.me()
	if d.err != nil {
		s.member = d.me
		s.updateSend()
		return
	}
	s.apply(p, d)
}

// commentsData is what reload reads from the store.
type commentsData struct {
	comments []model.Comment
	members  map[int64]model.Member
	me       model.Member
	err      error
}

// reload reads the shown proposal's comments, the members and who the
// user is again, in the background, and shows them; the threads shown stay
// until then.
func (s *commentsTab) reload() { s.load(nil) }

// load reads as reload does, calling waiting if the reading takes a while.
func (s *commentsTab) load(waiting func()) {
	p, store, ctx, me := s.shown, s.store, s.ctx(), s.me()
	s.loads.start(func() func() {
		d := commentsData{me: me}
		if p.ID != 0 {
			d.comments, d.members, d.err = readComments(ctx, store, p.ID)
		}
		return func() { s.apply(p, d) }
	}, waiting)
}

// readComments reads proposal id's comments and the members by id; it
// touches no widget, so it may run off the UI goroutine.
func readComments(ctx context.Context, store commentsStore, id int64) ([]model.Comment, map[int64]model.Member, error) {
	d, err := store.ProposalDetail(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	return d.Comments, membersByID(d.Members), nil
}

func membersByID(ms []model.Member) map[int64]model.Member {
	members := make(map[int64]model.Member, len(ms))
	for _, m := range ms {
		members[m.ID] = m
	}
	return members
}

// apply shows what reload read for p.
func (s *commentsTab) apply(p model.Proposal, d commentsData) {
	s.member = d.me
	s.updateSend()
	if d.err != nil {
		s.onError(d.err)
		return
	}
	if p.ID == 0 {
		s.comments = nil
		s.render()
		return
	}
	s.members = d.members
	s.comments = d.comments
	s.render()
}

// waiting says the comments are being read.
func (s *commentsTab) waiting() {
	s.clearThreads()
	s.empty.SetText(lang.L("detail.loading"))
	s.empty.Show()
}

// clearThreads takes the shown threads away; an open reply field goes
// with them.
func (s *commentsTab) clearThreads() {
	s.rows = map[int64]*commentRow{}
	s.order = nil
	s.list.RemoveAll()
}

// updateSend enables sending only when a proposal is shown and the user
// has said who they are (as reload last read it).
func (s *commentsTab) updateSend() {
	if s.member.ID == 0 {
		s.hint.Show()
		s.send.Disable()
		if s.reply != nil {
			s.reply.send.Disable()
		}
		return
	}
	s.hint.Hide()
	if s.shown.ID == 0 {
		s.send.Disable()
	} else {
		s.send.Enable()
	}
	if s.reply != nil {
		s.reply.send.Enable()
	}
}

// render builds the threads from s.comments: each comment that answers no
// other, then its answers indented below it, oldest first.
func (s *commentsTab) render() {
	s.clearThreads()
	switch {
	case s.shown.ID == 0:
		s.empty.SetText(lang.L("comments.no_proposal"))
		s.empty.Show()
	case len(s.comments) == 0:
		s.empty.SetText(lang.L("comments.none"))
		s.empty.Show()
	default:
		s.empty.Hide()
	}
	known := map[int64]bool{}
	children := map[int64][]model.Comment{}
	for _, c := range s.comments {
		known[c.ID] = true
	}
	var roots []model.Comment
	for _, c := range s.comments {
		if c.ParentID == 0 || !known[c.ParentID] {
			roots = append(roots, c)
		} else {
			children[c.ParentID] = append(children[c.ParentID], c)
		}
	}
	var add func(c model.Comment, depth int, dimmed bool)
	add = func(c model.Comment, depth int, inResolved bool) {
		dimmed := inResolved || c.Resolved
		r := s.newRow(c, depth, dimmed, inResolved)
		s.rows[c.ID] = r
		s.order = append(s.order, c.ID)
		s.list.Add(r.content)
		for _, child := range children[c.ID] {
			add(child, depth+1, dimmed)
		}
	}
	for i, c := range roots {
		if i > 0 {
			s.list.Add(widget.NewSeparator())
		}
		add(c, 0, false)
	}
	if s.reply != nil {
		if r, ok := s.rows[s.reply.parent]; ok {
			r.replyBox.Add(s.reply.box)
		} else {
			s.reply = nil
		}
	}
	s.reattachEditor()
	s.list.Refresh()
	if r, ok := s.rows[s.scrollToID]; ok {
		s.scrollToID = 0
		s.scrollTo(r.content)
	}
}
