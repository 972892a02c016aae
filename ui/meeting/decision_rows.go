package meeting

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// memberText is one reservation, minutes note or recusal as the form
// holds it: a member (0 for the meeting itself) and a text.
type memberText struct {
	MemberID int64
	Text     string
}

// memberRows edits a list of member + text pairs: the reservations, the
// minutes notes or the recusals of a decision. Each row is a choice of
// member, a text and a button that removes the row.
type memberRows struct {
	panel        *decisionPanel
	field        string // the field its messages are shown for: reservations, notes or recusals
	members      []model.Member
	allowMeeting bool // a note may be the meeting's own (member 0)
	placeholder  string
	rows         []*memberRow
	box          *fyne.Container
	add          *widget.Button
	actions      *fyne.Container // the add button, and a link to the handbook
	errLabel     *widget.Label
	hint         *widget.Label // who can be chosen, when it needs saying
	none         *widget.Label // why no row can be added
	noMembers    bool          // no member can be chosen: no row is added
	content      fyne.CanvasObject
}

type memberRow struct {
	member *widget.Select
	ids    []int64 // the member of each option
	text   *widgets.Entry
	remove *widget.Button
	box    fyne.CanvasObject
}

func newMemberRows(p *decisionPanel, addLabel, placeholder string, allowMeeting bool) *memberRows {
	r := &memberRows{panel: p, placeholder: placeholder, allowMeeting: allowMeeting}
	r.box = container.NewVBox()
	r.add = widget.NewButtonWithIcon(addLabel, theme.ContentAddIcon(), func() {
		row := r.addRow(memberText{})
		p.restyle()
		p.changed()
		p.openSection(r.content)
		p.focus(row.text)
		widgets.ScrollIntoView(p.scroll, row.box)
		// Again once the window has laid out the new row and its large
		// type, which under a real driver ends after this callback.
		fyne.Do(func() { widgets.ScrollIntoView(p.scroll, row.box) })
	})
	r.errLabel = uikit.ErrorLabel()
	r.hint = widget.NewLabel("")
	r.hint.Wrapping = fyne.TextWrapWord
	r.hint.Hide()
	r.none = widget.NewLabel("")
	r.none.Wrapping = fyne.TextWrapWord
	r.none.Importance = widget.WarningImportance
	r.none.Hide()
	r.actions = container.NewHBox(r.add)
	r.content = container.NewVBox(r.hint, r.box, r.actions, r.none, r.errLabel)
	return r
}

// explain puts link, to the handbook's page on what the rows are, beside
// the button that adds a row.
func (r *memberRows) explain(link fyne.CanvasObject) { r.actions.Add(link) }

// setNone says whether no member can be chosen: then no row can be
// added, and the label none says why.
func (r *memberRows) setNone(none bool) {
	r.noMembers = none
	uikit.ShowIf(r.none, none && r.none.Text != "")
	r.enableAdd()
}

// enableAdd enables the add button unless the form is read-only or no
// member can be chosen.
func (r *memberRows) enableAdd() {
	uikit.EnableIf(r.add, !r.panel.readOnly && !r.noMembers)
}

// set shows items, one row each.
func (r *memberRows) set(items []memberText) {
	r.rows = nil
	r.box.RemoveAll()
	for _, it := range items {
		r.addRow(it)
	}
	if len(items) > 0 {
		r.panel.restyle()
	}
}

func (r *memberRows) addRow(it memberText) *memberRow {
	row := &memberRow{}
	var options []string
	if r.allowMeeting {
		options = append(options, lang.L("meetingmode.by_meeting"))
		row.ids = append(row.ids, 0)
	}
	known := false
	for _, m := range r.members {
		options = append(options, m.Name)
		row.ids = append(row.ids, m.ID)
		known = known || m.ID == it.MemberID
	}
	if !known && it.MemberID != 0 { // a member no longer offered keeps the row's name
		options = append(options, r.panel.memberName(it.MemberID))
		row.ids = append(row.ids, it.MemberID)
	}
	row.member = widget.NewSelect(options, func(string) { r.panel.edited(r.field) })
	row.member.PlaceHolder = lang.L("meetingmode.member")
	for i, id := range row.ids {
		if id == it.MemberID && (id != 0 || r.allowMeeting && it.Text != "") {
			row.member.SetSelectedIndex(i)
		}
	}
	row.text = r.panel.entry(true, 2)
	row.text.SetPlaceHolder(r.placeholder)
	row.text.SetText(it.Text)
	row.text.OnChanged = func(string) { r.panel.edited(r.field) }
	row.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { r.removeRow(row) })
	row.box = container.NewBorder(container.NewBorder(nil, nil, nil, row.remove, row.member), nil, nil, nil, row.text)
	r.rows = append(r.rows, row)
	r.box.Add(row.box) // the caller restyles it in the window's large type
	return row
}

func (r *memberRows) removeRow(row *memberRow) {
	for i, x := range r.rows {
		if x == row {
			r.rows = append(r.rows[:i], r.rows[i+1:]...)
			break
		}
	}
	r.box.Remove(row.box)
	r.panel.edited(r.field)
}

// read returns the rows that hold anything, and whether one of them lacks
// a member (the meeting counts as one where it is offered).
func (r *memberRows) read() (out []memberText, missing bool) {
	for _, row := range r.rows {
		text := strings.TrimSpace(row.text.Text)
		i := row.member.SelectedIndex()
		if text == "" && i < 0 {
			continue
		}
		if i < 0 {
			missing = true
			out = append(out, memberText{Text: text})
			continue
		}
		out = append(out, memberText{MemberID: row.ids[i], Text: text})
	}
	return out, missing
}

// count is the number of rows that hold anything.
func (r *memberRows) count() int {
	items, _ := r.read()
	return len(items)
}

// state is the rows' content as one string, to tell a change. A row just
// added and still empty changes nothing: it is not saved either.
func (r *memberRows) state() string {
	var b strings.Builder
	for _, row := range r.rows {
		if row.member.Selected == "" && strings.TrimSpace(row.text.Text) == "" {
			continue
		}
		b.WriteString(row.member.Selected + "\x1f" + row.text.Text + "\x1e")
	}
	return b.String()
}
