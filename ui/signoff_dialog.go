package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
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

// identityPreference remembers the signing identity file chosen last
// when no member is named; identityPreferenceFor keeps each member's own.
const identityPreference = "identity_path"

// identityPreferenceFor is the preference that remembers member's own
// identity file in the store at storePath, so that a dialog for one member
// never offers another's: member numbers of two stores name different
// people.
func identityPreferenceFor(storePath string, member int64) string {
	sum := sha256.Sum256([]byte(storePath))
	return identityPreference + "." + hex.EncodeToString(sum[:6]) + "." + strconv.FormatInt(member, 10)
}

// identityPicker chooses a signing identity: a .p12 file and its
// passphrase. The file's path is remembered, per member when the picker
// is for one; the passphrase is not.
type identityPicker struct {
	app        fyne.App
	win        fyne.Window
	path       *decisionEntry
	passphrase *decisionEntry
	member     int64  // whose identity is picked, 0 when not known
	store      string // the path of the store member belongs to
	browseBtn  *widget.Button
}

// newIdentityPicker makes the picker's fields: entries that, unlike
// Fyne's own, hand Escape to the dialog (closeOn), since the passphrase
// has the keyboard when a signing dialog opens.
func newIdentityPicker(a fyne.App, win fyne.Window) *identityPicker {
	pass := newDecisionEntry(false, 1)
	pass.Password = true
	p := &identityPicker{app: a, win: win, path: newDecisionEntry(false, 1), passphrase: pass}
	p.path.SetPlaceHolder(lang.L("signoff.identity_hint"))
	p.path.SetText(a.Preferences().String(identityPreference))
	return p
}

// forMember makes the picker pick member's identity: the path becomes
// the file that member chose last, or empty, and the passphrase is
// cleared.
func (p *identityPicker) forMember(storePath string, member int64) {
	p.member, p.store = member, storePath
	p.path.SetText(p.app.Preferences().String(identityPreferenceFor(storePath, member)))
	p.passphrase.SetText("")
}

// onEdit calls f when the path or the passphrase is edited.
func (p *identityPicker) onEdit(f func()) {
	p.path.OnChanged = func(string) { f() }
	p.passphrase.OnChanged = func(string) { f() }
}

// closeOn makes Escape in the path or the passphrase hide d.
func (p *identityPicker) closeOn(d dialog.Dialog) {
	p.path.onEscape = d.Hide
	p.passphrase.onEscape = d.Hide
}

// onSubmit calls f when Enter is pressed in the path or the passphrase.
func (p *identityPicker) onSubmit(f func()) {
	p.path.OnSubmitted = func(string) { f() }
	p.passphrase.OnSubmitted = func(string) { f() }
}

// optional returns a check "sign with my identity" that enables the
// picker's fields, and the form rows of the check and the picker.
func (p *identityPicker) optional() (*widget.Check, []*widget.FormItem) {
	row := p.object()
	sign := widget.NewCheck(lang.L("pdfexport.sign"), func(on bool) {
		enableIf(p.path, on)
		enableIf(p.passphrase, on)
		enableIf(p.browseBtn, on)
	})
	sign.OnChanged(false)
	return sign, []*widget.FormItem{
		widget.NewFormItem("", sign),
		widget.NewFormItem(lang.L("signoff.identity"), row),
		widget.NewFormItem(lang.L("signoff.passphrase"), p.passphrase),
	}
}

// object is the picker's row: the path with a button to browse.
func (p *identityPicker) object() fyne.CanvasObject {
	p.browseBtn = widget.NewButton(lang.L("signoff.browse"), p.browse)
	return container.NewBorder(nil, nil, nil, p.browseBtn, p.path)
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
	if p.member == 0 {
		p.app.Preferences().SetString(identityPreference, path)
	}
	return id, nil
}

// remember keeps the path as the member's own identity file, once what
// it was opened for has held (a file refused for the member is not
// theirs).
func (p *identityPicker) remember() {
	if p.member != 0 {
		p.app.Preferences().SetString(identityPreferenceFor(p.store, p.member), strings.TrimSpace(p.path.Text))
	}
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
	picker := newIdentityPicker(m.app, m.win)
	message := errorLabel()
	role := widget.NewRadioGroup(names, func(sel string) {
		for i, n := range names {
			if n == sel {
				picker.forMember(m.store.Path(), roleMember(mt, roles[i]))
			}
		}
		message.Hide()
	})
	role.Required = true
	picker.forMember(m.store.Path(), 0)
	for i, r := range roles {
		if !signedAs(mt, r) {
			role.SetSelected(names[i])
			break
		}
	}
	picker.onEdit(message.Hide)
	intro := widget.NewLabel(lang.L("signoff.intro"))
	intro.Wrapping = fyne.TextWrapWord
	signToo := widget.NewCheck(lang.L("protocol.sign_too"), nil)
	signToo.SetChecked(true)
	later := widget.NewLabel(lang.L("protocol.sign_too_first"))
	later.Wrapping = fyne.TextWrapWord
	later.Importance = widget.LowImportance
	showIf(later, len(mt.SignOffs) == 0)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("signoff.role"), role),
		widget.NewFormItem(lang.L("signoff.identity"), picker.object()),
		widget.NewFormItem(lang.L("signoff.passphrase"), picker.passphrase),
		widget.NewFormItem("", container.NewVBox(signToo, later)),
	)
	var d *dialog.CustomDialog
	fail := func(err error) {
		fyne.LogError("styrgrupp: sign-off", err)
		message.SetText(userMessage(err))
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
	picker.onSubmit(submit)
	sign := widget.NewButton(lang.L("signoff.sign"), submit)
	sign.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(lang.L("signoff.title"), container.NewVBox(intro, form, message), m.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("meetings.cancel"), func() { d.Hide() }), sign})
	d.Resize(fyne.NewSize(640, 400))
	dialogKeys(d, m.win.Canvas(), submit, nil)
	picker.closeOn(d)
	m.signOffDlg = &signOffDialog{dlg: d, role: role, picker: picker, signToo: signToo, message: message, submit: submit}
	d.Show()
	m.win.Canvas().Focus(picker.passphrase)
}

// signOffDialog is what tests reach of the sign-off dialog opened last.
type signOffDialog struct {
	dlg     *dialog.CustomDialog
	role    *widget.RadioGroup
	picker  *identityPicker
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
func (m *meetingsWindow) signOff(mt model.Meeting, at int, roles []model.Role, picker *identityPicker) error {
	_, _, err := m.signOffWith(mt, at, roles, picker)
	return err
}

// signOffWith is signOff that also returns the identity opened and the
// meeting after the sign-off.
func (m *meetingsWindow) signOffWith(mt model.Meeting, at int, roles []model.Role, picker *identityPicker) (*identity.Identity, model.Meeting, error) {
	if at < 0 {
		return nil, mt, formProblem(lang.L("signoff.no_role"))
	}
	r := roles[at]
	member := roleMember(mt, r)
	if err := mt.CanSignOff(member, r); err != nil {
		return nil, mt, err
	}
	picker.member, picker.store = member, m.store.Path()
	id, err := picker.load()
	if err != nil {
		return nil, mt, err
	}
	// The identity must be the member's own: a sign-off says who
	// approved the minutes, and the PDF prints it.
	if name := m.members[member].Name; !model.SignerNameMatches(name, id.Name()) {
		return nil, mt, model.Errorf(model.EState, "signoff_wrong_identity", id.Name(), r, name)
	}
	signer := fmt.Sprintf("%s (%s)", id.Name(), model.ShortFingerprint(id.Fingerprint()))
	if org := id.Org(); org != "" {
		signer = fmt.Sprintf("%s, %s (%s)", id.Name(), org, model.ShortFingerprint(id.Fingerprint()))
	}
	if err := mt.CheckSigner(signer); err != nil {
		return nil, mt, err
	}
	after, err := m.store.SignOff(m.ctx, model.SignOff{MeetingID: mt.ID, MemberID: member, Role: r, Signer: signer,
		CertSHA256: id.Fingerprint()})
	if err != nil {
		return nil, mt, err
	}
	picker.remember()
	m.changed()
	m.refreshModes(mt.ID)
	return id, after, nil
}
