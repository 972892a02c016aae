package meeting

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// meetingForm edits a meeting's time, place, roles and attendees, in a
// dialog on the meetings window. A new meeting is offered the members'
// standing chair and secretary, every active member as present and
// deciding, and the previous meeting's place, hour and length
// (newMeeting). Under the roles the form says which of those the minutes
// need are missing; with no members in the store, it points to adding
// them in Inställningar.
type meetingForm struct {
	owner   *Window
	meeting model.Meeting
	members []model.Member

	title, date, start, end, place *widget.Entry
	signOffPlace, signOffDate      *widget.Entry // where and when the minutes are to be signed off
	signOffHint                    *widget.Label // by when they are to be (showSignOffHint)
	chair, secretary, adjuster     *widget.Select
	present, decides               map[int64]*widget.Check
	message                        *widget.Label
	roles                          *widget.Label // the roles the minutes need that are not chosen
	dlg                            dialog.Dialog
}

// onNew opens the form for a new meeting.
func (m *Window) onNew() *meetingForm { return m.openForm(m.newMeeting()) }

// onEdit opens the form for the meeting shown, if any.
func (m *Window) onEdit() *meetingForm {
	if mt, ok := m.current(); ok {
		return m.openForm(mt)
	}
	return nil
}

// openForm opens the form on mt and returns it.
func (m *Window) openForm(mt model.Meeting) *meetingForm {
	f := &meetingForm{owner: m, meeting: mt, members: m.sortedMembers()}
	title := lang.L("meetings.edit")
	if mt.ID == 0 {
		title = lang.L("meetings.new")
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, f.build(), m.win)
	save := widgets.NewButton(lang.L("meetings.save"), f.onSave)
	save.Importance = widget.HighImportance
	cancel := widgets.NewButton(lang.L("meetings.cancel"), f.dlg.Hide)
	f.dlg.(*dialog.CustomDialog).SetButtons([]fyne.CanvasObject{cancel, save})
	f.dlg.Resize(fyne.NewSize(760, 620))
	uikit.DialogKeys(f.dlg, m.win.Canvas(), f.onSave, nil)
	f.dlg.Show()
	return f
}

func (f *meetingForm) build() fyne.CanvasObject {
	mt := f.meeting
	f.title = widget.NewEntry()
	f.title.SetText(mt.Title)
	f.date = widget.NewEntry()
	f.date.SetPlaceHolder(lang.L("meetings.date_placeholder"))
	f.start = widget.NewEntry()
	f.start.SetPlaceHolder(lang.L("meetings.time_placeholder"))
	f.end = widget.NewEntry()
	f.end.SetPlaceHolder(lang.L("meetings.time_placeholder"))
	if !mt.StartsAt.IsZero() {
		f.date.SetText(mt.StartsAt.Local().Format("2006-01-02"))
		f.start.SetText(mt.StartsAt.Local().Format("15:04"))
	}
	if !mt.EndsAt.IsZero() {
		f.end.SetText(mt.EndsAt.Local().Format("15:04"))
	}
	f.keepLength()
	f.place = widget.NewEntry()
	f.place.SetText(mt.Place)
	f.place.SetPlaceHolder(lang.L("meetings.place_hint"))
	f.signOffPlace = widget.NewEntry()
	f.signOffPlace.SetText(mt.SignOffPlace)
	f.signOffPlace.SetPlaceHolder(lang.L("meetings.signoff_place_hint"))
	f.signOffDate = widget.NewEntry()
	if !mt.SignOffDate.IsZero() {
		f.signOffDate.SetText(mt.SignOffDate.String())
	}
	f.signOffDate.SetPlaceHolder(lang.L("meetings.date_placeholder"))
	f.signOffHint = newSignOffHint()
	f.showSignOffHint()
	f.date.OnChanged = func(string) { f.showSignOffHint() }
	f.signOffDate.OnChanged = func(string) { f.showSignOffHint() }
	names := []string{lang.L("meetings.nobody")}
	for _, mb := range f.members {
		names = append(names, mb.Name)
	}
	pick := func(id int64) *widget.Select {
		s := widget.NewSelect(names, nil)
		s.SetSelectedIndex(0)
		for i, mb := range f.members {
			if mb.ID == id {
				s.SetSelectedIndex(i + 1)
			}
		}
		return s
	}
	f.chair, f.secretary, f.adjuster = pick(mt.ChairID), pick(mt.SecretaryID), pick(mt.AdjusterID)
	f.roles = widget.NewLabel("")
	f.roles.Importance = widget.WarningImportance
	f.roles.Wrapping = fyne.TextWrapWord
	for _, s := range []*widget.Select{f.chair, f.secretary, f.adjuster} {
		s.OnChanged = func(string) { f.showMissingRoles() }
	}
	f.showMissingRoles()
	f.message = uikit.ErrorLabel()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("meetings.field.title"), f.title),
		widget.NewFormItem(lang.L("meetings.field.date"), container.NewGridWithColumns(3, f.date, f.start, f.end)),
		widget.NewFormItem(lang.L("meetings.place"), f.place),
		widget.NewFormItem(lang.L("meetings.chair"), f.chair),
		widget.NewFormItem(lang.L("meetings.secretary"), f.secretary),
		widget.NewFormItem(lang.L("meetings.adjuster"), f.adjuster),
		widget.NewFormItem(lang.L("meetings.signoff_where"), container.NewGridWithColumns(2, f.signOffPlace, f.signOffDate)),
		widget.NewFormItem("", f.signOffHint),
	)
	return container.NewBorder(container.NewVBox(form, f.roles, f.noMembers(), f.message,
		widget.NewLabelWithStyle(lang.L("meetings.attendance"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		nil, nil, nil, container.NewVScroll(f.attendance()))
}

// attendance is a row a member: name, present, deciding.
func (f *meetingForm) attendance() fyne.CanvasObject {
	f.present, f.decides = map[int64]*widget.Check{}, map[int64]*widget.Check{}
	was := map[int64]model.Attendee{}
	for _, a := range f.meeting.Attendees {
		was[a.MemberID] = a
	}
	rows := container.NewVBox()
	for _, mb := range f.members {
		a, listed := was[mb.ID]
		if !listed && !mb.Active {
			continue
		}
		present := widget.NewCheck(lang.L("meetings.present"), nil)
		decides := widget.NewCheck(lang.L("meetings.decides"), nil)
		present.SetChecked(a.Present)
		decides.SetChecked(a.Decides)
		present.OnChanged = func(on bool) {
			if !on {
				decides.SetChecked(false)
			}
		}
		f.present[mb.ID], f.decides[mb.ID] = present, decides
		rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(present, decides), widget.NewLabel(model.PersonLine(mb.Name, mb.Title))))
	}
	return rows
}

// onSave stores the meeting; a message under the form says what is wrong
// and keeps the dialog open.
func (f *meetingForm) onSave() {
	mt, err := f.read()
	if err == nil {
		if mt.ID == 0 {
			mt, err = f.owner.store.CreateMeeting(f.owner.ctx(), mt)
		} else {
			mt, err = f.owner.store.UpdateMeeting(f.owner.ctx(), mt)
		}
	}
	if err != nil {
		fyne.LogError("styrgrupp: saving a meeting", err)
		text := uikit.UserMessage(err)
		f.message.SetText(text)
		f.message.Show()
		return
	}
	f.dlg.Hide()
	f.owner.selected = mt.ID
	f.owner.changed()
}

// read makes the meeting from the fields.
func (f *meetingForm) read() (model.Meeting, error) {
	mt := f.meeting
	mt.Title = strings.TrimSpace(f.title.Text)
	mt.Place = strings.TrimSpace(f.place.Text)
	mt.SignOffPlace = strings.TrimSpace(f.signOffPlace.Text)
	mt.SignOffDate = model.Date{}
	if s := strings.TrimSpace(f.signOffDate.Text); s != "" {
		d, err := model.ParseISODate(s)
		if err != nil {
			return mt, uikit.Problem(lang.L("meetings.bad_signoff_date", map[string]any{"Text": s}))
		}
		mt.SignOffDate = d
	}
	day, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(f.date.Text), time.Local)
	if err != nil {
		return mt, uikit.Problem(lang.L("meetings.bad_date"))
	}
	at := func(e *widget.Entry) (time.Time, error) {
		s := strings.TrimSpace(e.Text)
		if s == "" {
			return time.Time{}, nil
		}
		clock, err := time.Parse("15:04", strings.ReplaceAll(s, ".", ":"))
		if err != nil {
			return time.Time{}, uikit.Problem(lang.L("meetings.bad_time", map[string]any{"Text": s}))
		}
		return time.Date(day.Year(), day.Month(), day.Day(), clock.Hour(), clock.Minute(), 0, 0, time.Local), nil
	}
	if mt.StartsAt, err = at(f.start); err != nil {
		return mt, err
	}
	if mt.StartsAt.IsZero() {
		mt.StartsAt = day
	}
	if mt.EndsAt, err = at(f.end); err != nil {
		return mt, err
	}
	mt.ChairID, mt.SecretaryID, mt.AdjusterID = f.memberAt(f.chair), f.memberAt(f.secretary), f.memberAt(f.adjuster)
	mt.Attendees = keptAttendance(f.meeting.Attendees, f.members, f.present, f.decides)
	return mt, nil
}

func (f *meetingForm) memberAt(s *widget.Select) int64 {
	if i := s.SelectedIndex(); i > 0 && i <= len(f.members) {
		return f.members[i-1].ID
	}
	return 0
}

// sortedMembers returns the members, chair and secretary first, then by
// name.
func (m *Window) sortedMembers() []model.Member {
	var out []model.Member
	for _, mb := range m.members {
		out = append(out, mb)
	}
	rank := func(r model.MemberRole) int {
		for i, x := range model.MemberRoles {
			if x == r.OrDefault() {
				return i
			}
		}
		return len(model.MemberRoles)
	}
	slices.SortFunc(out, func(a, b model.Member) int {
		if c := rank(a.Role) - rank(b.Role); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}
