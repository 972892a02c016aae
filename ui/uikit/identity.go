package uikit

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
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

// IdentityPicker chooses a signing identity: a .p12 file and its
// passphrase. The file's path is remembered, per member when the picker
// is for one; the passphrase is not.
type IdentityPicker struct {
	app        fyne.App
	win        fyne.Window
	path       *widgets.Entry
	passphrase *widgets.Entry
	member     int64  // whose identity is picked, 0 when not known
	store      string // the path of the store member belongs to
	browseBtn  *widgets.Button
}

// NewIdentityPicker makes the picker's fields: entries that, unlike
// Fyne's own, hand Escape to the dialog (CloseOn), since the passphrase
// has the keyboard when a signing dialog opens.
func NewIdentityPicker(a fyne.App, win fyne.Window) *IdentityPicker {
	pass := widgets.NewEntry(false, 1)
	pass.Password = true
	p := &IdentityPicker{app: a, win: win, path: widgets.NewEntry(false, 1), passphrase: pass}
	p.path.SetPlaceHolder(lang.L("signoff.identity_hint"))
	p.path.SetText(a.Preferences().String(identityPreference))
	return p
}

// ForMember makes the picker pick member's identity: the path becomes
// the file that member chose last, or empty, and the passphrase is
// cleared.
func (p *IdentityPicker) ForMember(storePath string, member int64) {
	p.member, p.store = member, storePath
	p.path.SetText(p.app.Preferences().String(identityPreferenceFor(storePath, member)))
	p.passphrase.SetText("")
}

// OnEdit calls f when the path or the passphrase is edited.
func (p *IdentityPicker) OnEdit(f func()) {
	p.path.OnChanged = func(string) { f() }
	p.passphrase.OnChanged = func(string) { f() }
}

// CloseOn makes Escape in the path or the passphrase hide d.
func (p *IdentityPicker) CloseOn(d dialog.Dialog) {
	p.path.OnEscape = d.Hide
	p.passphrase.OnEscape = d.Hide
}

// OnSubmit calls f when Enter is pressed in the path or the passphrase.
func (p *IdentityPicker) OnSubmit(f func()) {
	p.path.OnSubmitted = func(string) { f() }
	p.passphrase.OnSubmitted = func(string) { f() }
}

// Optional returns a check "sign with my identity" that enables the
// picker's fields, and the form rows of the check and the picker.
func (p *IdentityPicker) Optional() (*widget.Check, []*widget.FormItem) {
	row := p.Object()
	sign := widget.NewCheck(lang.L("pdfexport.sign"), func(on bool) {
		EnableIf(p.path, on)
		EnableIf(p.passphrase, on)
		EnableIf(p.browseBtn, on)
	})
	sign.OnChanged(false)
	return sign, []*widget.FormItem{
		widget.NewFormItem("", sign),
		widget.NewFormItem(lang.L("signoff.identity"), row),
		widget.NewFormItem(lang.L("signoff.passphrase"), p.passphrase),
	}
}

// Object is the picker's row: the path with a button to browse.
func (p *IdentityPicker) Object() fyne.CanvasObject {
	p.browseBtn = widgets.NewButton(lang.L("signoff.browse"), p.browse)
	return container.NewBorder(nil, nil, nil, p.browseBtn, p.path)
}

func (p *IdentityPicker) browse() {
	start := ""
	if path := strings.TrimSpace(p.path.Text); path != "" {
		start = filepath.Dir(path)
	}
	filedialog.Open(p.win, filedialog.Request{
		Kind: filedialog.Identity, Title: lang.L("filedialog.title.identity"), FilterName: lang.L("filedialog.types.identity"),
		Extensions: []string{".p12", ".pfx"}, Dir: start,
	}, func(path string) { p.path.SetText(path) })
}

// Load opens the identity; a wrong passphrase or a file that is not an
// identity gives the model's message.
func (p *IdentityPicker) Load() (*identity.Identity, error) {
	path := strings.TrimSpace(p.path.Text)
	if path == "" {
		return nil, Problem(lang.L("signoff.no_identity"))
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

// Remember keeps the path as the member's own identity file, once what
// it was opened for has held (a file refused for the member is not
// theirs).
func (p *IdentityPicker) Remember() {
	if p.member != 0 {
		p.app.Preferences().SetString(identityPreferenceFor(p.store, p.member), strings.TrimSpace(p.path.Text))
	}
}

// SetMember says whose identity the picker opens, in the store at
// storePath, so that Remember keeps the file as theirs; the fields stay
// as they are.
func (p *IdentityPicker) SetMember(storePath string, member int64) {
	p.member, p.store = member, storePath
}

// Path is the identity file's field.
func (p *IdentityPicker) Path() *widgets.Entry { return p.path }

// Passphrase is the passphrase's field, for a dialog's form and focus.
func (p *IdentityPicker) Passphrase() *widgets.Entry { return p.passphrase }
