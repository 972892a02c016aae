package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// TestSigningDialogsCloseOnEscapeFromTheirFields: a signing dialog opens
// with the keyboard in the passphrase, so Escape typed there, or in the
// identity's path, must close it (a plain Fyne entry swallows Escape and
// the dialog stayed open under Xvfb).
func TestSigningDialogsCloseOnEscapeFromTheirFields(t *testing.T) {
	f := newMeetingsFixture(t)
	f.decidedMeeting()
	escape := &fyne.KeyEvent{Name: fyne.KeyEscape}

	closedBy := func(d dialog.Dialog, field interface{ TypedKey(*fyne.KeyEvent) }) bool {
		closed := false
		d.SetOnClosed(func() { closed = true })
		field.TypedKey(escape)
		return closed
	}

	f.w.onSignOff()
	if d := f.w.signOffDlg; !closedBy(d.dlg, d.picker.passphrase) {
		t.Error("Escape in the sign-off dialog's passphrase does not close it")
	}
	f.w.onSignOff()
	if d := f.w.signOffDlg; !closedBy(d.dlg, d.picker.path) {
		t.Error("Escape in the sign-off dialog's identity path does not close it")
	}
	f.w.onExport()
	e := f.w.export
	if !e.picker.browseBtn.Disabled() || !e.picker.path.Disabled() {
		t.Error("the export dialog's identity row is enabled while signing is off")
	}
	e.sign.SetChecked(true)
	if e.picker.browseBtn.Disabled() {
		t.Error("Bläddra stays disabled once signing is on")
	}
	if !closedBy(e.dlg, e.picker.passphrase) {
		t.Error("Escape in the export dialog's passphrase does not close it")
	}
}

// TestIdentityFilesAreRememberedPerStore: member 1 of one store is not
// member 1 of another, so a file remembered in one store is not offered
// in the other (the walkthrough saw another store's file offered).
func TestIdentityFilesAreRememberedPerStore(t *testing.T) {
	f := newMeetingsFixture(t)
	p := newIdentityPicker(f.w.app, f.w.win)
	p.forMember("/a/styrgrupp.db", 1)
	p.path.SetText("/a/anna.p12")
	p.remember()
	p.forMember("/b/styrgrupp.db", 1)
	if p.path.Text != "" {
		t.Errorf("another store's member 1 is offered %q", p.path.Text)
	}
	p.forMember("/a/styrgrupp.db", 1)
	if p.path.Text != "/a/anna.p12" {
		t.Errorf("the store's own member 1 is offered %q", p.path.Text)
	}
}
