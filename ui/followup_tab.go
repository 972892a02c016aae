package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// followUpStore is what the Uppföljning tab reads and writes: an approved
// proposal's follow-up, saved by the secretary, and the notes any member
// adds as themselves.
type followUpStore interface {
	FollowUp(ctx context.Context, proposalID int64) (model.FollowUp, error)
	SaveFollowUp(ctx context.Context, f model.FollowUp) (model.FollowUp, error)
	AddFollowUpNote(ctx context.Context, proposalID int64, n model.FollowUpNote) (model.FollowUp, error)
}

// followUpTab shows and edits the follow-up of an approved proposal: its
// status (only the moves the model allows), progress, responsible,
// review date and the approval's conditions, saved with Spara, and its
// dated notes, to which any member adds one as themselves.
type followUpTab struct {
	content fyne.CanvasObject
	scroll  *container.Scroll

	store followUpStore
	// ctx gives the context of a read or write started now, with the
	// actor and the window's clock.
	ctx       func() context.Context
	me        func() model.Member
	secretary func() bool
	onError   func(error)
	// onSaved is told of a save or a note stored: the window reads the
	// proposal again (its timeline has a new event).
	onSaved func()
	// run runs the tab's writes off the UI goroutine; nil runs them at
	// once.
	run async.Runner

	shown model.Proposal
	// base is the follow-up as last read or saved; the widgets show it
	// with the user's changes.
	base    model.FollowUp
	loaded  bool // base is shown's
	members map[int64]model.Member
	// refused is the store's word that the follow-up can no longer be
	// changed at all (followup_locked, followup_not_approved); "" else.
	refused string
	saved   string // state() when the widgets were filled

	why         *widget.Label // why something is read-only, or what is read
	status      *widget.Select
	statuses    []model.FollowUpStatus // the options of status, in order
	progress    *formEntry
	bar         *widget.ProgressBar
	responsible *formEntry
	review      *formEntry
	fields      *fyne.Container // the form of the above, shown while the user may edit
	facts       *followUpFacts  // the same as text, shown while not
	condHead    fyne.CanvasObject
	condBox     *fyne.Container
	conditions  []*conditionRow
	saveBtn     *widgets.Button
	saveErr     *widget.Label

	notesHead fyne.CanvasObject
	notesBox  *fyne.Container
	noteEntry *widgets.Entry
	noteDate  *widget.Entry
	addNote   *widgets.Button
	noteHint  *widget.Label // choose who you are, to write notes
	noteErr   *widget.Label
	noteArea  fyne.CanvasObject
}

func newFollowUpTab(store followUpStore, ctx func() context.Context, me func() model.Member, secretary func() bool,
	onError func(error), onSaved func()) *followUpTab {
	t := &followUpTab{store: store, ctx: ctx, me: me, secretary: secretary, onError: onError, onSaved: onSaved}
	t.why = widget.NewLabel("")
	t.why.Wrapping = fyne.TextWrapWord
	t.why.TextStyle = fyne.TextStyle{Italic: true}
	t.status = widget.NewSelect(nil, func(string) { t.onStatus() })
	t.progress = newFormEntry(false, 0, t.save)
	t.progress.OnChanged = func(string) { t.onProgress() }
	t.bar = widget.NewProgressBar()
	t.bar.Max = 100
	t.responsible = newFormEntry(false, 0, t.save)
	t.responsible.OnChanged = func(string) { t.updateButtons() }
	t.review = newFormEntry(false, 0, t.save)
	t.review.SetPlaceHolder(lang.L("edit.hint.date"))
	t.review.OnChanged = func(string) { t.updateButtons() }
	t.fields = followUpForm(container.NewBorder(nil, nil, t.status, nil),
		container.NewHBox(sizedEntry(&t.progress.Entry, "1000"), widget.NewLabel("%"), progressBar(t.bar)),
		t.responsible, t.review)
	t.facts = newFollowUpFacts()
	t.condHead = followUpHeading("followup_tab.conditions")
	t.condBox = container.NewVBox()
	t.saveBtn = widgets.NewButtonWithIcon(lang.L("followup_tab.save"), theme.DocumentSaveIcon(), t.save)
	t.saveBtn.Importance = widget.HighImportance
	t.saveErr = uikit.ErrorLabel()
	t.buildNotes()
	body := container.NewVBox(t.why, t.fields, t.facts.content, t.condHead, t.condBox,
		container.NewHBox(t.saveBtn), t.saveErr, widget.NewSeparator(),
		t.notesHead, t.notesBox, t.noteArea)
	t.scroll = container.NewVScroll(container.NewPadded(body))
	t.content = t.scroll
	t.clear()
	return t
}

// sizedEntry holds e at the width sample takes, so a short field does not
// take the whole row.
func sizedEntry(e *widget.Entry, sample string) fyne.CanvasObject {
	w := fyne.MeasureText(sample, theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.Padding()
	return container.NewGridWrap(fyne.NewSize(w, e.MinSize().Height), e)
}

func followUpFieldLabel(key string) *widget.Label {
	return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func followUpHeading(key string) *widget.RichText {
	return widget.NewRichText(&widget.TextSegment{Text: lang.L(key), Style: widget.RichTextStyleSubHeading})
}

// setBackground makes the tab write the store through run, off the UI
// goroutine, and show the result with fyne.Do.
func (t *followUpTab) setBackground(run async.Runner) { t.run = run }

// hasFollowUp tells whether p has a follow-up to show: it is approved,
// with or without conditions (model.OpenFollowUp).
func hasFollowUp(p model.Proposal) bool {
	_, err := model.OpenFollowUp(p)
	return p.ID != 0 && err == nil
}

// followUpData is what the tab shows of a proposal: its follow-up and the
// members, who wrote the notes and marked conditions met.
type followUpData struct {
	followUp model.FollowUp
	members  map[int64]model.Member
	err      error
	reported bool // err has been reported by the proposal view's reading
}

// reader returns the reading of p's follow-up for the proposal view's
// reading, to run off the UI goroutine with the members it read; it
// reads nothing for a proposal without a follow-up.
func (t *followUpTab) reader(p model.Proposal) func(members []model.Member) followUpData {
	if t == nil || !hasFollowUp(p) {
		return func([]model.Member) followUpData { return followUpData{} }
	}
	store, ctx := t.store, t.ctx()
	return func(members []model.Member) followUpData {
		f, err := store.FollowUp(ctx, p.ID)
		return followUpData{followUp: f, members: membersByID(members), err: err}
	}
}

// switchTo makes p the proposal shown, before its follow-up is read: for
// another proposal than the one shown, the tab is emptied at once and the
// returned func says "Läser …"; it returns nil for the same proposal.
func (t *followUpTab) switchTo(p model.Proposal) (waiting func()) {
	if t == nil {
		return nil
	}
	if p.ID != t.shown.ID {
		t.shown = p
		t.clear()
		t.noteEntry.SetText("")
		t.noteDate.SetText("")
		t.noteErr.Hide()
		return t.waiting
	}
	t.shown = p
	return nil
}

// clear empties the tab while a follow-up is read.
func (t *followUpTab) clear() {
	t.loaded, t.refused = false, ""
	t.base = model.FollowUp{}
	t.why.SetText("")
	t.why.Hide()
	for _, o := range []fyne.CanvasObject{t.fields, t.facts.content, t.condHead, t.condBox, t.saveBtn, t.saveErr, t.notesHead, t.notesBox, t.noteArea} {
		o.Hide()
	}
}

// waiting says the follow-up is being read.
func (t *followUpTab) waiting() {
	if !t.loaded {
		t.why.SetText(lang.L("detail.loading"))
		t.why.Show()
	}
}

// apply shows what was read or saved for p, unless another proposal is
// shown by now. While the user has changed fields and not saved them,
// only the notes and who wrote them are taken: the changes stay.
func (t *followUpTab) apply(p model.Proposal, d followUpData) {
	if t == nil || p.ID != t.shown.ID || !hasFollowUp(p) {
		return
	}
	if d.members != nil {
		t.members = d.members
	}
	if d.err != nil {
		t.readFailed(d.err, d.reported)
		return
	}
	keep := t.loaded && t.refused == "" && t.changed()
	if keep {
		t.base.Notes = d.followUp.Notes
	} else {
		t.base = d.followUp
		t.fill()
	}
	t.loaded = true
	t.showNotes()
	t.updateModes()
}

// readFailed says why the follow-up is not shown: the store's refusal in
// its words, or, for a failure to read, that it could not be read.
func (t *followUpTab) readFailed(err error, reported bool) {
	if refusedForGood(err) {
		t.refuse(err)
		return
	}
	if !reported {
		t.onError(err)
	}
	if !t.loaded {
		t.why.SetText(lang.L("followup_tab.failed"))
		t.why.Show()
	}
}

// refusedForGood tells whether err is the store's word that the
// follow-up cannot be changed at all: a later decision does not approve
// the proposal.
func refusedForGood(err error) bool {
	var e *model.Error
	return errors.As(err, &e) && (e.Key == "followup_locked" || e.Key == "followup_not_approved")
}

// refuse makes everything read-only, saying err's message.
func (t *followUpTab) refuse(err error) {
	t.refused = uikit.UserMessage(err)
	if t.loaded {
		t.fill()
		t.showNotes()
	}
	t.updateModes()
}

// mayEdit tells whether the user may change the status, progress,
// responsible, review date and conditions: the secretary's, while the
// work goes on and the store has not refused.
func (t *followUpTab) mayEdit() bool {
	return t.loaded && t.refused == "" && t.secretary() && !t.base.Final()
}

// mayNote tells whether the user may add a note: any member, as
// themselves, unless the store has refused.
func (t *followUpTab) mayNote() bool { return t.loaded && t.refused == "" && t.me().ID != 0 }

// updateModes shows what the user may do and says why the rest is
// read-only.
func (t *followUpTab) updateModes() {
	loaded := t.loaded
	for _, o := range []fyne.CanvasObject{t.notesHead, t.notesBox} {
		uikit.ShowIf(o, loaded)
	}
	uikit.ShowIf(t.condHead, loaded && len(t.conditions) > 0)
	uikit.ShowIf(t.condBox, loaded && len(t.conditions) > 0)
	edit, note := t.mayEdit(), t.mayNote()
	uikit.ShowIf(t.fields, loaded && edit)
	uikit.ShowIf(t.facts.content, loaded && !edit)
	var why string
	switch {
	case t.refused != "":
		why = t.refused
	case t.loaded && t.base.Final():
		why = uikit.UserMessage(model.Errorf(model.EState, "followup_final"))
	case t.loaded && !t.secretary():
		why = lang.L("followup_tab.member_line")
	}
	t.why.SetText(why)
	uikit.ShowIf(t.why, why != "")
	uikit.ShowIf(t.saveBtn, edit)
	uikit.ShowIf(t.noteArea, t.loaded && t.refused == "")
	uikit.ShowIf(t.noteHint, t.loaded && t.refused == "" && t.me().ID == 0)
	uikit.EnableIf(t.status, edit && len(t.statuses) > 1)
	uikit.EnableIf(t.responsible, edit)
	uikit.EnableIf(t.review, edit)
	for _, r := range t.conditions {
		uikit.EnableIf(r.check, edit && t.me().ID != 0)
	}
	uikit.EnableIf(t.noteEntry, note)
	uikit.EnableIf(t.noteDate, note)
	t.onProgress()
	t.updateButtons()
}

// updateButtons enables Spara while there is something to save, and
// Lägg till anteckning while the user may add a note.
func (t *followUpTab) updateButtons() {
	uikit.EnableIf(t.saveBtn, t.mayEdit() && t.changed())
	uikit.EnableIf(t.addNote, t.mayNote())
}

// memberName names a member by id, or says the member is unknown.
func (t *followUpTab) memberName(id int64) string {
	if m, ok := t.members[id]; ok && m.Name != "" {
		return m.Name
	}
	if me := t.me(); me.ID == id && me.Name != "" {
		return me.Name
	}
	return lang.L("followup_tab.unknown_member")
}

// today is the date at the window's clock, in Swedish time.
func (t *followUpTab) today() model.Date {
	return model.SwedishDay(model.Now(t.ctx()))
}
