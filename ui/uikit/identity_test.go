package uikit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// newPicker is a picker on a test window in Swedish.
func newPicker(t *testing.T) (*IdentityPicker, fyne.Window) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	return NewIdentityPicker(a, win), win
}

// TestIdentityFilesAreRememberedPerStore: member 1 of one store is not
// member 1 of another, so a file remembered in one store is not offered
// in the other (the walkthrough saw another store's file offered).
func TestIdentityFilesAreRememberedPerStore(t *testing.T) {
	p, _ := newPicker(t)
	p.ForMember("/a/styrgrupp.db", 1)
	p.Path().SetText("/a/anna.p12")
	p.Remember()
	p.ForMember("/b/styrgrupp.db", 1)
	if p.Path().Text != "" {
		t.Errorf("another store's member 1 is offered %q", p.Path().Text)
	}
	p.ForMember("/a/styrgrupp.db", 1)
	if p.Path().Text != "/a/anna.p12" {
		t.Errorf("the store's own member 1 is offered %q", p.Path().Text)
	}
}

// The optional picker's row, Bläddra included, is enabled only while
// "sign" is checked, and Escape in either field closes the dialog.
func TestTheOptionalPickerFollowsItsCheckAndClosesOnEscape(t *testing.T) {
	p, win := newPicker(t)
	sign, rows := p.Optional()
	if len(rows) != 3 {
		t.Fatalf("%d form rows, want the check, the file and the passphrase", len(rows))
	}
	if !p.browseBtn.Disabled() || !p.Path().Disabled() || !p.Passphrase().Disabled() {
		t.Error("the identity row is enabled while signing is off")
	}
	sign.SetChecked(true)
	if p.browseBtn.Disabled() || p.Path().Disabled() || p.Passphrase().Disabled() {
		t.Error("the identity row stays disabled once signing is on")
	}
	for _, field := range []interface{ TypedKey(*fyne.KeyEvent) }{p.Path(), p.Passphrase()} {
		d := dialog.NewCustom("", "OK", widget.NewForm(rows...), win)
		p.CloseOn(d)
		closed := false
		d.SetOnClosed(func() { closed = true })
		d.Show()
		field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if !closed {
			t.Error("Escape in a field of the picker does not close its dialog")
		}
	}
}

// Load refuses an empty path with the form's own words, and a file that
// is no identity with the model's message.
func TestLoadSaysWhatIsWrong(t *testing.T) {
	p, _ := newPicker(t)
	if _, err := p.Load(); err == nil || UserMessage(err) == "" {
		t.Errorf("an empty path gives %v", err)
	} else if _, ok := err.(Problem); !ok {
		t.Errorf("an empty path gives %T, want the form's Problem", err)
	}
	p.Path().SetText("/finns/inte.p12")
	if _, err := p.Load(); err == nil {
		t.Error("a missing file was loaded")
	}
}
