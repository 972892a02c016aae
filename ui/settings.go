package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// languagePreference is the preferences key holding the chosen interface
// language, "sv" or "en".
const languagePreference = "language"

// settingsLanguages lists the languages in the order the settings offer
// them.
var settingsLanguages = []model.Language{model.Swedish, model.English}

// settingsDialog is Inställningar: the members of the steering group
// (names, titles and standing roles), the language, the look (theme and
// text size), the group's meeting rules and what the group trusts for
// signatures.
type settingsDialog struct {
	app        fyne.App
	win        fyne.Window
	store      model.MemberStore
	ctx        context.Context
	onError    func(error)
	onLanguage func(model.Language)
	// onLook is called after the theme or the text size is changed here,
	// so that the window's Visa menu can tick the new choice; may be nil.
	onLook func()
	// run runs the saves of members off the UI goroutine; nil runs them
	// at once.
	run async.Runner
	// onMember is told each member saved here, so the window can take a
	// new name of the member the user is; may be nil.
	onMember func(model.Member)

	// Ledamöter
	members  []model.Member
	list     *widget.List
	selected int // index into members; -1 when none is selected

	name, title *widget.Entry   // the selected member
	role        *widgets.Select // the selected member's standing role, in the order of model.MemberRoles
	active      *widget.Check
	save        *widgets.Button
	message     *widget.Label // why the selected member could not be saved

	newName, newTitle *widget.Entry // a member to add
	add               *widgets.Button
	addMessage        *widget.Label // why the new member could not be added
	// readOnly shows the members without offering to change them, and
	// readOnlyNote says why (readOnlyMembers).
	readOnly     bool
	readOnlyNote *widget.Label

	// Språk
	language *widget.RadioGroup

	// Utseende
	theme    *widget.RadioGroup
	textSize *widget.RadioGroup

	// Signering, when the store keeps what the group trusts.
	trust *trustPane
	// Mötesregler, when the store keeps the group's rules.
	rules *rulesPane

	tabs *container.AppTabs
	dlg  *uikit.Custom
}

// showSettings opens Inställningar on win. Errors the user cannot fix in
// the dialog (the store failing) go to onError; a validation error is
// shown in the dialog beside the form at fault. When the user picks
// another language it is stored in the preferences, the dialog closes and
// onLanguage is called with it, so the caller can set the language and
// rebuild the window.
// A change of the theme or the text size is applied at once and reported
// to onLook, which may be nil. It returns the dialog shown, nil when the
// members could not be read.
func showSettings(a fyne.App, win fyne.Window, store model.MemberStore, ctx context.Context,
	onError func(error), onLanguage func(model.Language), onLook func()) *settingsDialog {
	d, err := newSettingsDialog(a, win, store, ctx, onError, onLanguage)
	if err != nil {
		onError(err)
		return nil
	}
	d.onLook = onLook
	d.dlg.Show()
	return d
}

// newSettingsDialog builds the dialog without showing it; it reads the
// members before it returns.
func newSettingsDialog(a fyne.App, win fyne.Window, store model.MemberStore, ctx context.Context,
	onError func(error), onLanguage func(model.Language)) (*settingsDialog, error) {
	d := &settingsDialog{app: a, win: win, store: store, ctx: ctx,
		onError: onError, onLanguage: onLanguage, selected: -1}
	if d.onError == nil {
		d.onError = func(err error) { fyne.LogError("styrgrupp: settings", err) }
	}
	members, err := store.Members(ctx)
	if err != nil {
		return nil, err
	}
	d.members = members
	d.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("settings.tab.members"), d.membersPane()),
		container.NewTabItem(lang.L("settings.tab.language"), d.languagePane()),
		container.NewTabItem(lang.L("settings.tab.appearance"), d.appearancePane()),
	)
	if rs, ok := store.(groupRulesStore); ok {
		d.rules = newRulesPane(d, rs)
		d.tabs.Append(container.NewTabItem(lang.L("settings.tab.rules"), d.rules.buildUI()))
		d.rules.reload()
	}
	if ts, ok := store.(model.TrustStore); ok {
		d.trust = newTrustPane(d, ts)
		d.tabs.Append(container.NewTabItem(lang.L("settings.tab.signing"), d.trust.buildUI()))
		d.trust.reload()
	}
	d.dlg = uikit.NewCustom(lang.L("settings.title"), lang.L("settings.close"), d.tabs, win)
	uikit.CloseOnKeys(d.dlg, win.Canvas())
	d.dlg.Resize(fyne.NewSize(800, 560))
	return d, nil
}

// membersPane lists the members on the left, with a form to add one
// below the list, and edits the selected one on the right.
func (d *settingsDialog) membersPane() fyne.CanvasObject {
	d.list = widget.NewList(
		func() int { return len(d.members) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= 0 && i < len(d.members) {
				o.(*widget.Label).SetText(memberListText(d.members[i]))
			}
		})
	d.list.OnSelected = d.selectMember
	d.list.OnUnselected = func(widget.ListItemID) { d.selectMember(-1) }

	d.newName = widget.NewEntry()
	d.newName.SetPlaceHolder(lang.L("settings.member.name"))
	d.newTitle = widget.NewEntry()
	d.newTitle.SetPlaceHolder(lang.L("settings.member.title"))
	d.newTitle.OnSubmitted = func(string) { d.addMember() }
	d.add = widgets.NewButton(lang.L("settings.member.add"), d.addMember)
	d.addMessage = widget.NewLabel("")
	d.addMessage.Wrapping = fyne.TextWrapWord
	d.addMessage.Importance = widget.DangerImportance
	d.addMessage.Hide()
	d.readOnlyNote = widget.NewLabel(lang.L("rights.members"))
	d.readOnlyNote.Wrapping = fyne.TextWrapWord
	d.readOnlyNote.Importance = widget.LowImportance
	d.readOnlyNote.Hide()
	addForm := container.NewVBox(d.readOnlyNote,
		widget.NewLabelWithStyle(lang.L("settings.member.new"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		d.newName, d.newTitle, d.addMessage, d.add)
	left := container.NewBorder(nil, addForm, nil, nil, d.list)

	d.name = widget.NewEntry()
	d.title = widget.NewEntry()
	roles := make([]string, len(model.MemberRoles))
	for i, r := range model.MemberRoles {
		roles[i] = r.Label(uikit.Language())
	}
	d.role = widgets.NewSelect(roles, nil)
	d.role.PlaceHolder = lang.L("settings.member.role_choose")
	d.active = widget.NewCheck(lang.L("settings.member.active"), nil)
	d.save = widgets.NewButton(lang.L("settings.member.save"), d.saveMember)
	d.save.Importance = widget.HighImportance
	d.message = widget.NewLabel("")
	d.message.Wrapping = fyne.TextWrapWord
	d.message.Importance = widget.DangerImportance
	d.message.Hide()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("settings.member.name"), d.name),
		widget.NewFormItem(lang.L("settings.member.title"), d.title),
		widget.NewFormItem(lang.L("settings.member.role"), d.role),
		widget.NewFormItem("", d.active),
	)
	hint := widget.NewLabel(lang.L("settings.member.role_hint") + " " + lang.L("settings.member.active_hint"))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	right := container.NewVBox(
		widget.NewLabelWithStyle(lang.L("settings.member.edit"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, hint, d.message, container.NewHBox(d.save))
	d.selectMember(-1)

	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.45
	return split
}

// memberListText names a member in the list, marking the inactive ones.
func memberListText(m model.Member) string {
	s := memberOption(m)
	if !m.Active {
		s += " (" + lang.L("settings.member.inactive") + ")"
	}
	return s
}

// selectMember fills the edit form with the member at index i, or empties
// and disables it when i is -1.
func (d *settingsDialog) selectMember(i int) {
	d.message.Hide()
	if i < 0 || i >= len(d.members) {
		d.selected = -1
		d.name.SetText("")
		d.title.SetText("")
		d.role.ClearSelected()
		d.active.SetChecked(false)
		d.name.Disable()
		d.title.Disable()
		d.role.Disable()
		d.active.Disable()
		d.save.Disable()
		return
	}
	d.selected = i
	m := d.members[i]
	d.name.SetText(m.Name)
	d.title.SetText(m.Title)
	d.role.ClearSelected()
	for j, r := range model.MemberRoles {
		if r == m.Role.OrDefault() {
			d.role.SetSelectedIndex(j)
		}
	}
	d.active.SetChecked(m.Active)
	if d.readOnly {
		return
	}
	d.name.Enable()
	d.title.Enable()
	d.role.Enable()
	d.active.Enable()
	d.save.Enable()
}

// addMember stores the member typed in the add form, as a ledamot; a
// member without a name is refused with the message shown under the form.
// The new member is selected, so another role can be chosen at once.
func (d *settingsDialog) addMember() {
	m := model.Member{Name: d.newName.Text, Title: d.newTitle.Text, Role: model.MemberRoleMember, Active: true}
	d.saveMemberWith(d.add, d.addMessage, m, d.store.CreateMember, func(created model.Member) {
		d.newName.SetText("")
		d.newTitle.SetText("")
		d.members = append(d.members, created)
		d.list.Refresh()
		d.list.Select(len(d.members) - 1)
	})
}

// saveMember stores the changes to the selected member.
func (d *settingsDialog) saveMember() {
	if d.selected < 0 || d.selected >= len(d.members) {
		return
	}
	m := d.members[d.selected]
	m.Name, m.Title, m.Active = d.name.Text, d.title.Text, d.active.Checked
	if i := d.role.SelectedIndex(); i >= 0 && i < len(model.MemberRoles) {
		m.Role = model.MemberRoles[i]
	}
	i := d.selected
	d.saveMemberWith(d.save, d.message, m, d.store.UpdateMember, func(updated model.Member) {
		d.members[i] = updated
		d.list.RefreshItem(i)
		if d.selected == i {
			d.selectMember(i)
		}
	})
}

// saveMemberWith checks m and, when it is valid, writes it with write off
// the UI goroutine, b saying "Sparar …" meanwhile (saveWith); then shows
// a problem in msg (showProblem), or tells done and onMember the member
// stored.
func (d *settingsDialog) saveMemberWith(b *widgets.Button, msg *widget.Label, m model.Member,
	write func(context.Context, model.Member) (model.Member, error), done func(model.Member)) {
	if err := m.Validate(); err != nil {
		d.showProblem(msg, err)
		return
	}
	ctx := d.ctx
	var saved model.Member
	saveWith(d.run, b, func() (err error) {
		saved, err = write(ctx, m)
		return err
	}, func(err error) {
		if !d.showProblem(msg, err) {
			return
		}
		done(saved)
		if d.onMember != nil {
			d.onMember(saved)
		}
	})
}

// showProblem shows a validation error in msg, passes any other error to
// onError, and hides msg when there is none; it reports whether err was
// nil.
func (d *settingsDialog) showProblem(msg *widget.Label, err error) bool {
	if err == nil {
		msg.Hide()
		return true
	}
	var e *model.Error
	if errors.As(err, &e) && e.Code == model.EInvalid {
		msg.SetText(model.ErrorMessage(err, uikit.Language()))
		msg.Show()
		return false
	}
	msg.Hide()
	d.onError(err)
	return false
}

// readOnlyMembers shows the members without offering to add or change
// one, and says why: on a shared store only the secretary manages them.
func (d *settingsDialog) readOnlyMembers() {
	d.readOnly = true
	d.newName.Disable()
	d.newTitle.Disable()
	d.add.Disable()
	d.readOnlyNote.Show()
	d.selectMember(d.selected)
	if d.trust != nil {
		d.trust.enable()
	}
	if d.rules != nil {
		d.rules.enable()
	}
}
