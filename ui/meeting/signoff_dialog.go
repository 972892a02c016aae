package meeting

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/ui/help"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// onSignOff lets the chair or the adjuster sign off the minutes with
// their signing identity; on a shared store only the roles the signed-in
// member holds are offered (ownRoles). The second sign-off locks the
// meeting. It returns the dialog, or nil when no meeting is shown.
func (m *Window) onSignOff() *signOffDialog {
	mt, ok := m.current()
	if !ok {
		return nil
	}
	var roles []model.Role
	var names []string
	for _, r := range m.ownRoles(mt) {
		id := mt.ChairID
		if r == model.RoleAdjuster {
			id = mt.AdjusterID
		}
		label := r.Label(uikit.Language()) + ": " + orDash(m.members[id].Name)
		for _, s := range mt.SignOffs {
			if s.Role == r {
				label += " – " + lang.L("signoff.signed_at", map[string]any{"Time": uikit.FormatTime(s.SignedAt)})
			}
		}
		roles, names = append(roles, r), append(names, label)
	}
	picker := uikit.NewIdentityPicker(m.app, m.win)
	message := uikit.ErrorLabel()
	role := widget.NewRadioGroup(names, func(sel string) {
		for i, n := range names {
			if n == sel {
				picker.ForMember(m.store.Path(), roleMember(mt, roles[i]))
			}
		}
		message.Hide()
	})
	role.Required = true
	picker.ForMember(m.store.Path(), 0)
	for i, r := range roles {
		if !signedAs(mt, r) {
			role.SetSelected(names[i])
			break
		}
	}
	picker.OnEdit(message.Hide)
	intro := widget.NewLabel(lang.L("signoff.intro"))
	intro.Wrapping = fyne.TextWrapWord
	signToo := widget.NewCheck(lang.L("protocol.sign_too"), nil)
	signToo.SetChecked(true)
	later := widget.NewLabel(lang.L("protocol.sign_too_first"))
	later.Wrapping = fyne.TextWrapWord
	later.Importance = widget.LowImportance
	uikit.ShowIf(later, len(mt.SignOffs) == 0)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("signoff.role"), role),
		widget.NewFormItem(lang.L("signoff.identity"), picker.Object()),
		widget.NewFormItem(lang.L("signoff.passphrase"), picker.Passphrase()),
		widget.NewFormItem("", container.NewVBox(signToo, later)),
	)
	var d *dialog.CustomDialog
	fail := func(err error) {
		fyne.LogError("styrgrupp: sign-off", err)
		message.SetText(uikit.UserMessage(err))
		message.Show()
	}
	submit := func() {
		at := -1
		for i, n := range names {
			if n == role.Selected {
				at = i
			}
		}
		id, after, err := m.signOffWith(mt, at, roles, picker)
		if err != nil {
			fail(err)
			return
		}
		if !signToo.Checked || !after.SignedOff() {
			d.Hide()
			return
		}
		// The second sign-off: the protocol is made and signed by this
		// signer, with the identity just opened.
		m.signProtocol(mt.ID, id, func(err error) {
			if err != nil {
				m.showError(err)
			}
			d.Hide()
		})
	}
	picker.OnSubmit(submit)
	sign := widgets.NewButton(lang.L("signoff.sign"), submit)
	sign.Importance = widget.HighImportance
	if len(roles) == 0 {
		sign.Disable()
		message.SetText(lang.L("rights.sign_off_not_yours"))
		message.Show()
	}
	d = dialog.NewCustomWithoutButtons(lang.L("signoff.title"), container.NewVBox(intro, help.Link(m.app, m.win, handbook.Justering), form, message), m.win)
	d.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("meetings.cancel"), func() { d.Hide() }), sign})
	d.Resize(fyne.NewSize(640, 400))
	uikit.DialogKeys(d, m.win.Canvas(), submit, nil)
	picker.CloseOn(d)
	d.Show()
	m.win.Canvas().Focus(picker.Passphrase())
	return &signOffDialog{dlg: d, role: role, picker: picker, signToo: signToo, message: message, submit: submit}
}

// signOffDialog is the sign-off dialog with the fields it is made of.
type signOffDialog struct {
	dlg     *dialog.CustomDialog
	role    *widget.RadioGroup
	picker  *uikit.IdentityPicker
	signToo *widget.Check
	message *widget.Label
	submit  func()
}

// roleMember is the member who holds role at the meeting.
func roleMember(mt model.Meeting, r model.Role) int64 {
	if r == model.RoleAdjuster {
		return mt.AdjusterID
	}
	return mt.ChairID
}

func signedAs(mt model.Meeting, r model.Role) bool {
	for _, s := range mt.SignOffs {
		if s.Role == r {
			return true
		}
	}
	return false
}

// signOff checks the identity, then records the sign-off in role
// roles[at].
func (m *Window) signOff(mt model.Meeting, at int, roles []model.Role, picker *uikit.IdentityPicker) error {
	_, _, err := m.signOffWith(mt, at, roles, picker)
	return err
}

// signOffWith is signOff that also returns the identity opened and the
// meeting after the sign-off.
func (m *Window) signOffWith(mt model.Meeting, at int, roles []model.Role, picker *uikit.IdentityPicker) (*identity.Identity, model.Meeting, error) {
	if at < 0 {
		return nil, mt, uikit.Problem(lang.L("signoff.no_role"))
	}
	r := roles[at]
	member := roleMember(mt, r)
	if err := mt.CanSignOff(member, r); err != nil {
		return nil, mt, err
	}
	picker.SetMember(m.store.Path(), member)
	id, err := picker.Load()
	if err != nil {
		return nil, mt, err
	}
	// The identity must be the member's own: a sign-off says who
	// approved the minutes, and the PDF prints it.
	if name := m.members[member].Name; !model.SignerNameMatches(name, id.Name()) {
		return nil, mt, model.Errorf(model.EState, "signoff_wrong_identity", id.Name(), r, name)
	}
	if err := identity.RequireTrusted(m.ctx(), m.store, id, model.Now(m.ctx())); err != nil {
		return nil, mt, err
	}
	signer := fmt.Sprintf("%s (%s)", id.Name(), model.ShortFingerprint(id.Fingerprint()))
	if org := id.Org(); org != "" {
		signer = fmt.Sprintf("%s, %s (%s)", id.Name(), org, model.ShortFingerprint(id.Fingerprint()))
	}
	if err := mt.CheckSigner(signer); err != nil {
		return nil, mt, err
	}
	after, err := m.store.SignOff(m.ctx(), model.SignOff{MeetingID: mt.ID, MemberID: member, Role: r, Signer: signer,
		CertSHA256: id.Fingerprint()})
	if err != nil {
		return nil, mt, err
	}
	picker.Remember()
	m.changed()
	m.refreshModes(mt.ID)
	return id, after, nil
}
