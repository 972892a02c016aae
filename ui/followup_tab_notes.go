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

// buildNotes makes the notes' part of the tab: the list, and the field,
// date and button with which a member adds one (Ctrl+Enter too).
func (t *followUpTab) buildNotes() {
	t.notesHead = followUpHeading("followup_tab.notes")
	t.notesBox = container.NewVBox()
	t.noteEntry = widgets.NewEntry(true, 3)
	t.noteEntry.SetPlaceHolder(lang.L("followup_tab.note_placeholder"))
	t.noteEntry.OnSave = t.onAddNote
	t.noteEntry.OnWheel = func(e *fyne.ScrollEvent) { t.scroll.Scrolled(e) }
	t.noteEntry.OnChanged = func(string) { t.noteErr.Hide() }
	t.noteDate = widget.NewEntry()
	t.noteDate.SetPlaceHolder("2027-03-01")
	t.addNote = widgets.NewButtonWithIcon(lang.L("followup_tab.add_note"), theme.ContentAddIcon(), t.onAddNote)
	t.noteHint = widget.NewLabel(lang.L("followup_tab.choose_member"))
	t.noteHint.Wrapping = fyne.TextWrapWord
	t.noteHint.Importance = widget.WarningImportance
	t.noteErr = uikit.ErrorLabel()
	date := container.NewHBox(widget.NewLabel(lang.L("followup_tab.note_date")), sizedEntry(t.noteDate, "2027-03-01 "))
	t.noteArea = container.NewVBox(t.noteHint, t.noteEntry,
		container.NewHBox(date, layout.NewSpacer(), t.addNote), t.noteErr)
}

// showNotes lists base's notes, oldest first, each with its date and
// author, and dates a new note today unless the user has dated it.
func (t *followUpTab) showNotes() {
	t.notesBox.RemoveAll()
	if len(t.base.Notes) == 0 {
		t.notesBox.Add(widget.NewLabel(lang.L("followup_tab.no_notes")))
	}
	var segs []widget.RichTextSegment
	for _, n := range t.base.Notes {
		segs = append(segs,
			&widget.TextSegment{Text: n.Date.String() + " · " + t.memberName(n.AuthorID), Style: strongStyle()},
			paragraph(n.Text))
	}
	if len(segs) > 0 {
		notes := widget.NewRichText(segs...)
		notes.Wrapping = fyne.TextWrapWord
		t.notesBox.Add(notes)
	}
	if strings.TrimSpace(t.noteDate.Text) == "" {
		t.noteDate.SetText(t.today().String())
	}
	for _, r := range t.conditions { // the members are known by now
		t.showMet(r)
	}
}

// onAddNote stores the typed note, dated as its date field says (today
// unless changed), as the current member, the button saying "Sparar …"
// meanwhile; then the tab shows it, or why it was not stored.
func (t *followUpTab) onAddNote() {
	text := strings.TrimSpace(t.noteEntry.Text)
	me := t.me()
	if !t.mayNote() || t.addNote.Disabled() {
		return
	}
	date, err := uikit.ParseDate("note", t.noteDate.Text)
	if err == nil && date.IsZero() {
		date = t.today()
	}
	n := model.FollowUpNote{Date: date, AuthorID: me.ID, Text: text}
	if err == nil {
		err = n.Validate()
	}
	if err != nil {
		t.showNoteError(err)
		return
	}
	t.noteErr.Hide()
	p, store, ctx := t.shown, t.store, t.ctx()
	var out model.FollowUp
	saveWith(t.run, t.addNote, func() error {
		var err error
		out, err = store.AddFollowUpNote(ctx, p.ID, n)
		return err
	}, func(err error) {
		if p.ID != t.shown.ID {
			return
		}
		t.updateButtons()
		if err != nil {
			t.showNoteError(err) // the typed note stays
			return
		}
		t.noteEntry.SetText("")
		t.noteDate.SetText(t.today().String())
		t.apply(p, followUpData{followUp: out})
		t.onSaved()
	})
}

// showNoteError says why a note was not stored, under its field.
func (t *followUpTab) showNoteError(err error) { t.showRefusal(err, t.noteErr) }
