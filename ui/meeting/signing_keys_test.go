package meeting

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

	if d := f.w.onSignOff(); !closedBy(d.dlg, d.picker.Passphrase()) {
		t.Error("Escape in the sign-off dialog's passphrase does not close it")
	}
	if d := f.w.onSignOff(); !closedBy(d.dlg, d.picker.Path()) {
		t.Error("Escape in the sign-off dialog's identity path does not close it")
	}
	e := f.w.onExport()
	if !e.picker.Path().Disabled() {
		t.Error("the export dialog's identity row is enabled while signing is off")
	}
	e.sign.SetChecked(true)
	if e.picker.Path().Disabled() {
		t.Error("the identity row stays disabled once signing is on")
	}
	if !closedBy(e.dlg, e.picker.Passphrase()) {
		t.Error("Escape in the export dialog's passphrase does not close it")
	}
}
