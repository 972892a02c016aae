package ui

import (
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// firstStartDialog is "Vem är du?" on a store without members: "Vilka är
// med i styrgruppen?". The user adds the group's members row by row
// (name, title, standing role, checked as Inställningar checks a member)
// or reads them from a member list (importer.ReadMembersFile), then picks
// themself among them. Nothing is stored until Spara; Senare and Escape
// leave the store as it was.
type firstStartDialog struct {
	who  whoAmI
	win  fyne.Window
	done func()

	members []model.Member // to add, in the order shown

	name, title *widgets.Entry
	role        *widgets.Select // in the order of model.MemberRoles
	add, read   *widgets.Button
	message     *widget.Label // why a member or a list was not taken, or what a list gave
	list        *widget.List
	none        *widget.Label
	me          *widgets.Select // among members
	dlg         *uikit.Confirm
}

// firstStart tells whether asking who the user is should first let them
// add the group: the store has no members, and it is not shared (there
// the login says who the user is, and the secretary adds the members).
func (w whoAmI) firstStart() bool {
	if _, shared := w.store.(model.SignedInStore); shared {
		return false
	}
	ms, err := w.store.Members(w.ctx)
	return err == nil && len(ms) == 0
}

// newFirstStart builds the dialog on win; done, if not nil, is called
// when it closes, after the members are stored.
func (w whoAmI) newFirstStart(win fyne.Window, done func()) *firstStartDialog {
	d := &firstStartDialog{who: w, win: win, done: done}
	d.name = widgets.NewEntry(false, 0)
	d.name.SetPlaceHolder(lang.L("firststart.name"))
	d.title = widgets.NewEntry(false, 0)
	d.title.SetPlaceHolder(lang.L("firststart.title_field"))
	roles := make([]string, len(model.MemberRoles))
	for i, r := range model.MemberRoles {
		roles[i] = r.Label(uikit.Language())
	}
	d.role = widgets.NewSelect(roles, nil)
	d.role.SetSelectedIndex(slices.Index(model.MemberRoles, model.MemberRoleMember))
	d.add = widgets.NewButtonWithIcon(lang.L("firststart.add"), theme.ContentAddIcon(), d.addTyped)
	d.read = widgets.NewButtonWithIcon(lang.L("firststart.import"), theme.FolderOpenIcon(), d.chooseList)
	d.name.OnSubmitted = func(string) { d.addTyped() }
	d.title.OnSubmitted = func(string) { d.addTyped() }
	d.message = widget.NewLabel("")
	d.message.Wrapping = fyne.TextWrapWord
	d.message.Hide()
	d.none = widget.NewLabel(lang.L("firststart.none"))
	d.none.Importance = widget.LowImportance
	d.list = widget.NewList(func() int { return len(d.members) }, d.newRow, d.updateRow)
	d.me = widgets.NewSelect(nil, nil)
	d.me.PlaceHolder = lang.L("firststart.me_placeholder")

	intro := widget.NewLabel(lang.L("firststart.intro"))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("firststart.name"), d.name),
		widget.NewFormItem(lang.L("firststart.title_field"), d.title),
		widget.NewFormItem(lang.L("firststart.role"), d.role),
	)
	heading := widget.NewLabelWithStyle(lang.L("firststart.members"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(intro, form, container.NewHBox(d.add, d.read), d.message, heading)
	bottom := widget.NewForm(widget.NewFormItem(lang.L("firststart.me"), d.me))
	body := container.NewBorder(top, bottom, nil, nil, container.NewStack(d.none, d.list))
	d.dlg = uikit.NewCustomConfirm(lang.L("firststart.title"), lang.L("firststart.ok"), lang.L("firststart.later"), body, d.onClose, win)
	// Escape is Senare, from the window or an entry; Enter saves when no
	// entry has the keyboard (in one, it adds the member typed).
	d.name.OnEscape, d.title.OnEscape = d.dlg.Hide, d.dlg.Hide
	uikit.DialogKeys(d.dlg, win.Canvas(), d.dlg.Confirm, nil)
	d.dlg.Resize(fyne.NewSize(620, 620))
	d.showMembers()
	return d
}

// show shows the dialog with the keyboard in the name field.
func (d *firstStartDialog) show() {
	d.dlg.Show()
	d.win.Canvas().Focus(d.name)
}

func (d *firstStartDialog) newRow() fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, widgets.NewButtonWithIcon("", theme.DeleteIcon(), nil), widget.NewLabel(""))
}

func (d *firstStartDialog) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(d.members) {
		return
	}
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(memberOption(d.members[i]))
	remove := row.Objects[1].(*widgets.Button)
	remove.OnTapped = func() { d.remove(i) }
}

// addTyped adds the member typed in the fields (typed), or says under
// them why not.
func (d *firstStartDialog) addTyped() {
	m, problem := d.typed()
	if problem != "" {
		d.say(problem, widget.DangerImportance)
		return
	}
	d.members = append(d.members, m)
	d.name.SetText("")
	d.title.SetText("")
	d.role.SetSelectedIndex(slices.Index(model.MemberRoles, model.MemberRoleMember))
	d.message.Hide()
	d.showMembers()
	d.win.Canvas().Focus(d.name)
}

// typed returns the member typed in the fields, checked as Inställningar
// checks one, or why it cannot be added: it has no name, or one already
// in the list.
func (d *firstStartDialog) typed() (model.Member, string) {
	m := model.Member{Name: strings.TrimSpace(d.name.Text), Title: strings.TrimSpace(d.title.Text),
		Role: model.MemberRoleMember, Active: true}
	if i := d.role.SelectedIndex(); i >= 0 && i < len(model.MemberRoles) {
		m.Role = model.MemberRoles[i]
	}
	if err := m.Validate(); err != nil {
		return m, model.ErrorMessage(err, uikit.Language())
	}
	if d.has(m.Name) {
		return m, lang.L("firststart.duplicate", map[string]any{"Name": m.Name})
	}
	return m, ""
}

// has tells whether a member of that name is in the list already.
func (d *firstStartDialog) has(name string) bool {
	return slices.ContainsFunc(d.members, func(m model.Member) bool { return strings.EqualFold(m.Name, name) })
}

// remove takes member i off the list.
func (d *firstStartDialog) remove(i int) {
	if i >= 0 && i < len(d.members) {
		d.members = slices.Delete(d.members, i, i+1)
		d.showMembers()
	}
}

// say shows msg under the fields.
func (d *firstStartDialog) say(msg string, i widget.Importance) {
	d.message.SetText(msg)
	d.message.Importance = i
	d.message.Show()
	d.message.Refresh()
}

// showMembers shows the list and offers its members to pick oneself
// among, keeping the one picked while they are there.
func (d *firstStartDialog) showMembers() {
	picked := d.me.Selected
	options := make([]string, len(d.members))
	for i, m := range d.members {
		options[i] = memberOption(m)
	}
	d.me.SetOptions(options)
	d.me.ClearSelected()
	if slices.Contains(options, picked) {
		d.me.SetSelected(picked)
	}
	uikit.ShowIf(d.none, len(d.members) == 0)
	d.list.Refresh()
}

// chooseList asks for a member list with the file dialog.
func (d *firstStartDialog) chooseList() {
	filedialog.Open(d.win, filedialog.Request{
		Kind: filedialog.Import, Title: lang.L("firststart.import_title"), FilterName: lang.L("filedialog.types.members"),
		Extensions: []string{".xlsx", ".csv", ".txt"}, Dir: documentsFolder(),
	}, d.readList)
}

// readList reads the member list at path off the UI goroutine and adds
// its members, or none of them when the file has an error, which is
// shown with its file, row and column. Members already in the list are
// not added twice.
func (d *firstStartDialog) readList(path string) {
	d.read.Disable()
	inBackground(func() {
		list, err := importer.ReadMembersFile(path)
		fyne.Do(func() {
			d.read.Enable()
			if err != nil {
				msg := uikit.UserMessage(err)
				if ps := importer.AsProblems(err); ps != nil {
					msg = ps.Message(uikit.Language())
				}
				d.say(msg, widget.DangerImportance)
				return
			}
			n := 0
			for _, r := range list.Members {
				if !d.has(r.Member.Name) {
					d.members = append(d.members, r.Member)
					n++
				}
			}
			d.say(lang.L("firststart.imported", map[string]any{"N": n, "File": list.File}), widget.MediumImportance)
			d.showMembers()
		})
	})
}

// onClose stores the members on Spara, with one typed but not yet added
// (a name typed that is not a new member is dropped), then makes the one picked the user; Senare stores nothing.
func (d *firstStartDialog) onClose(ok bool) {
	if m, problem := d.typed(); ok && problem == "" {
		d.members = append(d.members, m)
	}
	if !ok || len(d.members) == 0 {
		d.finish()
		return
	}
	members, me, store, ctx := slices.Clone(d.members), d.me.SelectedIndex(), d.who.store, d.who.ctx
	inBackground(func() {
		created, err := createMembers(ctx, store, members)
		fyne.Do(func() {
			if err != nil {
				msg := uikit.UserMessage(err)
				if len(created) > 0 {
					msg += "\n\n" + lang.L("firststart.saved_part", map[string]any{"N": len(created)})
				}
				uikit.ShowErrorMessage(d.win, msg)
			} else if me >= 0 && me < len(created) {
				d.who.set(created[me])
			}
			d.finish()
		})
	})
}

// createMembers stores ms in order, stopping at the first that fails;
// it returns those stored.
func createMembers(ctx context.Context, s model.MemberStore, ms []model.Member) ([]model.Member, error) {
	var out []model.Member
	for _, m := range ms {
		c, err := s.CreateMember(ctx, m)
		if err != nil {
			return out, err
		}
		out = append(out, c)
	}
	return out, nil
}

func (d *firstStartDialog) finish() {
	if d.done != nil {
		d.done()
	}
}
