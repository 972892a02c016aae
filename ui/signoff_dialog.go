package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// identityPreference remembers the signing identity file chosen last.
const identityPreference = "identity_path"

// identityPicker chooses a signing identity: a .p12 file and its
// passphrase. The file's path is remembered; the passphrase is not.
type identityPicker struct {
	app        fyne.App
	win        fyne.Window
	path       *widget.Entry
	passphrase *widget.Entry
}

func newIdentityPicker(a fyne.App, win fyne.Window) *identityPicker {
	p := &identityPicker{app: a, win: win, path: widget.NewEntry(), passphrase: widget.NewPasswordEntry()}
	p.path.SetPlaceHolder(lang.L("signoff.identity_hint"))
	p.path.SetText(a.Preferences().String(identityPreference))
	return p
}

// optional returns a check "sign with my identity" that enables the
// picker's fields, and the form rows of the check and the picker.
func (p *identityPicker) optional() (*widget.Check, []*widget.FormItem) {
	sign := widget.NewCheck(lang.L("pdfexport.sign"), func(on bool) {
		if on {
			p.path.Enable()
			p.passphrase.Enable()
		} else {
			p.path.Disable()
			p.passphrase.Disable()
		}
	})
	sign.OnChanged(false)
	return sign, []*widget.FormItem{
		widget.NewFormItem("", sign),
		widget.NewFormItem(lang.L("signoff.identity"), p.object()),
		widget.NewFormItem(lang.L("signoff.passphrase"), p.passphrase),
	}
}

// object is the picker's row: the path with a button to browse.
func (p *identityPicker) object() fyne.CanvasObject {
	browse := widget.NewButton(lang.L("signoff.browse"), p.browse)
	return container.NewBorder(nil, nil, nil, browse, p.path)
}

func (p *identityPicker) browse() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		p.path.SetText(r.URI().Path())
	}, p.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".p12", ".pfx"}))
	d.Show()
}

// load opens the identity; a wrong passphrase or a file that is not an
// identity gives the model's message.
func (p *identityPicker) load() (*identity.Identity, error) {
	path := strings.TrimSpace(p.path.Text)
	if path == "" {
		return nil, formProblem(lang.L("signoff.no_identity"))
	}
	id, err := identity.Load(path, p.passphrase.Text)
	if err != nil {
		return nil, err
	}
	p.app.Preferences().SetString(identityPreference, path)
	return id, nil
}

// onSignOff lets the chair or the adjuster sign off the minutes with
// their signing identity. The second sign-off locks the meeting.
func (m *meetingsWindow) onSignOff() {
	mt, ok := m.current()
	if !ok {
		return
	}
	var roles []model.Role
	var names []string
	for _, r := range []model.Role{model.RoleChair, model.RoleAdjuster} {
		id := mt.ChairID
		if r == model.RoleAdjuster {
			id = mt.AdjusterID
		}
		label := r.Label(current) + ": " + orDash(m.members[id].Name)
		for _, s := range mt.SignOffs {
			if s.Role == r {
				label += " – " + lang.L("signoff.signed_at", map[string]any{"Time": formatTime(s.SignedAt)})
			}
		}
		roles, names = append(roles, r), append(names, label)
	}
	role := widget.NewRadioGroup(names, nil)
	role.Required = true
	for i, r := range roles {
		if !signedAs(mt, r) {
			role.SetSelected(names[i])
			break
		}
	}
	picker := newIdentityPicker(m.app, m.win)
	message := errorLabel()
	intro := widget.NewLabel(lang.L("signoff.intro"))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("signoff.role"), role),
		widget.NewFormItem(lang.L("signoff.identity"), picker.object()),
		widget.NewFormItem(lang.L("signoff.passphrase"), picker.passphrase),
	)
	var d *dialog.CustomDialog
	sign := widget.NewButton(lang.L("signoff.sign"), func() {
		at := -1
		for i, n := range names {
			if n == role.Selected {
				at = i
			}
		}
		if err := m.signOff(mt, at, roles, picker); err != nil {
			fyne.LogError("styrgrupp: sign-off", err)
			text := userMessage(err)
			message.SetText(text)
			message.Show()
			return
		}
		d.Hide()
	})
	sign.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(lang.L("signoff.title"), container.NewVBox(intro, form, message), m.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("meetings.cancel"), func() { d.Hide() }), sign})
	d.Resize(fyne.NewSize(640, 360))
	d.Show()
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
func (m *meetingsWindow) signOff(mt model.Meeting, at int, roles []model.Role, picker *identityPicker) error {
	if at < 0 {
		return formProblem(lang.L("signoff.no_role"))
	}
	r := roles[at]
	member := mt.ChairID
	if r == model.RoleAdjuster {
		member = mt.AdjusterID
	}
	if err := mt.CanSignOff(member, r); err != nil {
		return err
	}
	id, err := picker.load()
	if err != nil {
		return err
	}
	// The identity must be the member's own: a sign-off says who
	// approved the minutes, and the PDF prints it.
	if name := m.members[member].Name; !model.SignerNameMatches(name, id.Name()) {
		return model.Errorf(model.EState, "signoff_wrong_identity", id.Name(), r, name)
	}
	signer := fmt.Sprintf("%s (%s)", id.Name(), model.ShortFingerprint(id.Fingerprint()))
	if org := id.Org(); org != "" {
		signer = fmt.Sprintf("%s, %s (%s)", id.Name(), org, model.ShortFingerprint(id.Fingerprint()))
	}
	if err := mt.CheckSigner(signer); err != nil {
		return err
	}
	if _, err := m.store.SignOff(m.ctx, model.SignOff{MeetingID: mt.ID, MemberID: member, Role: r, Signer: signer,
		CertSHA256: id.Fingerprint()}); err != nil {
		return err
	}
	m.changed()
	m.refreshModes(mt.ID)
	return nil
}
