package ui

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// conditionRow is one condition of the approval: a box to mark it met,
// its text, and when and by whom it was marked.
type conditionRow struct {
	check *widget.Check
	text  *widget.Label
	met   *widget.Label
	// cond is the condition as it will be saved: base's, or marked or
	// unmarked by the user since.
	cond model.FollowUpCondition
}

// fill puts base into the widgets and takes it as the unchanged state.
func (t *followUpTab) fill() {
	f := t.base
	t.statuses = []model.FollowUpStatus{f.Status}
	for _, s := range model.FollowUpStatuses {
		moved := f
		if s != f.Status && moved.MoveTo(s) == nil {
			t.statuses = append(t.statuses, s)
		}
	}
	options := make([]string, len(t.statuses))
	for i, s := range t.statuses {
		options[i] = s.Label(uikit.Language())
	}
	t.status.SetOptions(options)
	t.status.SetSelectedIndex(0)
	t.progress.SetText(strconv.Itoa(f.Progress))
	t.responsible.SetText(f.Responsible)
	t.review.SetText(dateText(f.ReviewDate))
	t.facts.show(f)
	t.fillConditions()
	t.saveErr.Hide()
	t.saved = t.state()
}

// fillConditions makes a row for each condition of base.
func (t *followUpTab) fillConditions() {
	t.conditions = nil
	t.condBox.RemoveAll()
	for _, c := range t.base.Conditions {
		r := &conditionRow{cond: c, text: widget.NewLabel(c.Text), met: widget.NewLabel("")}
		r.text.Wrapping = fyne.TextWrapWord
		r.met.Importance = widget.SuccessImportance
		r.check = widget.NewCheck("", nil)
		r.check.SetChecked(c.Met())
		base := c
		r.check.OnChanged = func(on bool) { t.mark(r, base, on) }
		t.showMet(r)
		t.conditions = append(t.conditions, r)
		t.condBox.Add(container.NewBorder(nil, nil, container.NewVBox(r.check), nil, container.NewVBox(r.text, r.met)))
	}
}

// mark marks r met today by the user, or not met; checked again, a
// condition met before keeps its date and member.
func (t *followUpTab) mark(r *conditionRow, base model.FollowUpCondition, on bool) {
	switch {
	case on && base.Met():
		r.cond = base
	case on:
		r.cond.MetOn, r.cond.MetBy = t.today(), t.me().ID
	default:
		r.cond.MetOn, r.cond.MetBy = model.Date{}, 0
	}
	t.showMet(r)
	t.updateButtons()
}

// showMet says when and by whom r's condition was marked met: "Uppfyllt
// 2026-12-10 av Anna Lindqvist".
func (t *followUpTab) showMet(r *conditionRow) {
	c := r.cond
	if c.Met() {
		r.met.SetText(lang.L("followup_tab.met", map[string]any{"Date": c.MetOn.String(), "By": t.memberName(c.MetBy)}))
	}
	uikit.ShowIf(r.met, c.Met())
}

// state is the text of every field and the marks, to compare with what
// was filled.
func (t *followUpTab) state() string {
	parts := []string{t.status.Selected, t.progress.Text, t.responsible.Text, t.review.Text}
	for _, r := range t.conditions {
		parts = append(parts, r.cond.MetOn.String()+"/"+strconv.FormatInt(r.cond.MetBy, 10))
	}
	return strings.Join(parts, "\x1e")
}

// changed tells whether the user has changed anything since the fields
// were filled.
func (t *followUpTab) changed() bool { return t.loaded && t.state() != t.saved }

// chosenStatus is the status chosen in the select.
func (t *followUpTab) chosenStatus() model.FollowUpStatus {
	if i := t.status.SelectedIndex(); i >= 0 && i < len(t.statuses) {
		return t.statuses[i]
	}
	return t.base.Status
}

// onStatus follows a status chosen: completing shows 100 %, and going
// back to the status read shows its progress again.
func (t *followUpTab) onStatus() {
	switch t.chosenStatus() {
	case model.FollowUpCompleted:
		t.progress.SetText("100")
	case t.base.Status:
		t.progress.SetText(strconv.Itoa(t.base.Progress))
	}
	t.onProgress()
	t.updateButtons()
}

// onProgress lets the progress be typed only while the work is (to be)
// in progress, and draws the bar.
func (t *followUpTab) onProgress() {
	uikit.EnableIf(t.progress, t.mayEdit() && t.chosenStatus() == model.FollowUpInProgress)
	if p, err := strconv.Atoi(strings.TrimSpace(t.progress.Text)); err == nil {
		t.bar.SetValue(float64(min(max(p, 0), 100)))
	}
	t.updateButtons()
}

// edited returns base with the user's changes, moved by the model's
// rules; what cannot be read or is not allowed is an error.
func (t *followUpTab) edited() (model.FollowUp, error) {
	f := t.base
	f.Notes = nil // a save adds none: notes have a button of their own
	f.Conditions = slices.Clone(f.Conditions)
	for i, r := range t.conditions {
		f.Conditions[i] = r.cond
	}
	if s := t.chosenStatus(); s != f.Status {
		if err := f.MoveTo(s); err != nil {
			return f, err
		}
	}
	if f.Status == model.FollowUpInProgress {
		text := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t.progress.Text), "%"))
		p, err := strconv.Atoi(text)
		if err != nil {
			return f, uikit.Problem(lang.L("followup_tab.progress_number", map[string]any{"Text": t.progress.Text}))
		}
		if p != f.Progress {
			if err := f.SetProgress(p); err != nil {
				return f, err
			}
		}
	}
	f.Responsible = strings.TrimSpace(t.responsible.Text)
	d, err := uikit.ParseDate("review_date", t.review.Text)
	if err != nil {
		return f, err
	}
	f.ReviewDate = d
	return f, f.Validate()
}

// save stores the changes through the store, Spara saying "Sparar …"
// meanwhile; then the tab shows the follow-up as saved, or why it was not.
func (t *followUpTab) save() {
	if !t.mayEdit() || !t.changed() || t.saveBtn.Disabled() {
		return
	}
	f, err := t.edited()
	if err != nil {
		t.showSaveError(err)
		return
	}
	t.saveErr.Hide()
	p, store, ctx := t.shown, t.store, t.ctx()
	var out model.FollowUp
	saveWith(t.run, t.saveBtn, func() error {
		var err error
		out, err = store.SaveFollowUp(ctx, f)
		return err
	}, func(err error) {
		if p.ID != t.shown.ID {
			return
		}
		if err != nil {
			t.updateButtons()
			t.showSaveError(err)
			return
		}
		t.loaded = false // what was saved is shown as it is now
		t.apply(p, followUpData{followUp: out})
		t.onSaved()
	})
}

// showSaveError says why a save was refused, under Spara.
func (t *followUpTab) showSaveError(err error) { t.showRefusal(err, t.saveErr) }

// showRefusal says why a write was refused: in at, or for good when the
// store says the follow-up can no longer change; a server that cannot be
// reached is the window's to say.
func (t *followUpTab) showRefusal(err error, at *widget.Label) {
	switch {
	case model.Unreachable(err):
		t.onError(err)
	case refusedForGood(err):
		t.refuse(err)
	default:
		at.SetText(uikit.UserMessage(err))
		at.Show()
	}
}
