package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// The app's dialogs with buttons are built here, on Fyne's dialog
// without buttons and the app's widgets.Button, laid out and styled as
// Fyne's own. A focused button of Fyne's own dialogs swallows Escape;
// one of these hands it on to the dialog's keys (DialogKeys), and F10
// to the menus.

// Fyne's bounds for a text dialog (NewConfirm, NewInformation): at most
// 600 wide and 90 % of the window, and its padding beside the message.
const (
	textDialogMaxWidth    = 600
	textDialogWindowShare = 0.9
	textDialogPadWidth    = 32
)

// Custom is a dialog with one button under its content that closes it,
// as Fyne's custom dialog.
type Custom struct {
	*dialog.CustomDialog
	dismiss   *widgets.Button
	win       fyne.Window
	textWidth float32 // a text dialog's width without wrapping, or 0
	sized     bool
}

// NewCustom returns a dialog showing content over win with one button,
// dismiss, that closes it, as dialog.NewCustom.
func NewCustom(title, dismiss string, content fyne.CanvasObject, win fyne.Window) *Custom {
	d := &Custom{CustomDialog: dialog.NewCustomWithoutButtons(title, content, win), win: win}
	d.dismiss = widgets.NewButton(dismiss, d.Hide)
	d.SetButtons([]fyne.CanvasObject{d.dismiss})
	return d
}

// NewInformation returns a message over win with the information icon
// and one OK, as dialog.NewInformation.
func NewInformation(title, message string, win fyne.Window) *Custom {
	d := NewCustom(title, lang.L("OK"), textContent(message), win)
	d.SetIcon(theme.InfoIcon())
	d.textWidth = textWidth(message)
	return d
}

// SetDismissText sets the dismiss button's label.
func (d *Custom) SetDismissText(label string) { d.dismiss.SetText(label) }

// Resize sets the dialog's size, which a text dialog then keeps.
func (d *Custom) Resize(s fyne.Size) {
	d.sized = true
	d.CustomDialog.Resize(s)
}

// Show shows the dialog. A text dialog not resized before is as wide as
// its message on one line, within Fyne's bounds for a text dialog.
func (d *Custom) Show() {
	if d.textWidth > 0 && !d.sized {
		w := fyne.Min(fyne.Min(d.textWidth, textDialogMaxWidth), d.win.Canvas().Size().Width*textDialogWindowShare)
		// The message wraps at the width it was laid out at last; once
		// laid out at w, its height is the one it needs there.
		d.CustomDialog.Resize(fyne.NewSize(w, d.MinSize().Height))
		d.CustomDialog.Resize(fyne.NewSize(w, d.MinSize().Height))
	}
	d.CustomDialog.Show()
}

// Confirm is a dialog with a dismiss button and a confirm button of high
// importance under its content, as Fyne's confirm dialog; its callback
// hears true when the dialog closes through Confirm, false otherwise.
type Confirm struct {
	*Custom
	confirm   *widgets.Button
	confirmed bool
}

// NewCustomConfirm returns a dialog showing content over win with the
// buttons dismiss and confirm, as dialog.NewCustomConfirm.
func NewCustomConfirm(title, confirm, dismiss string, content fyne.CanvasObject, callback func(bool), win fyne.Window) *Confirm {
	d := &Confirm{Custom: NewCustom(title, dismiss, content, win)}
	d.dismiss.Icon = theme.CancelIcon()
	d.confirm = widgets.NewButton(confirm, d.Confirm)
	d.confirm.Icon = theme.ConfirmIcon()
	d.confirm.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{d.dismiss, d.confirm})
	d.CustomDialog.SetOnClosed(func() {
		ok := d.confirmed
		d.confirmed = false
		if callback != nil {
			callback(ok)
		}
	})
	return d
}

// NewConfirm returns a question over win with the buttons Nej and Ja
// and the question icon, as dialog.NewConfirm.
func NewConfirm(title, message string, callback func(bool), win fyne.Window) *Confirm {
	d := NewCustomConfirm(title, lang.L("Yes"), lang.L("No"), textContent(message), callback, win)
	d.SetIcon(theme.QuestionIcon())
	d.textWidth = textWidth(message)
	return d
}

// Confirm closes the dialog as its confirm button does.
func (d *Confirm) Confirm() {
	d.confirmed = true
	d.Hide()
}

// SetConfirmText sets the confirm button's label.
func (d *Confirm) SetConfirmText(label string) { d.confirm.SetText(label) }

// SetConfirmImportance sets the confirm button's importance (danger for
// an answer that removes something).
func (d *Confirm) SetConfirmImportance(i widget.Importance) {
	d.confirm.Importance = i
	d.confirm.Refresh()
}

// Form is a form in a dialog with a dismiss and a confirm button, as
// Fyne's form dialog: the confirm button is enabled while the form's
// fields are valid.
type Form struct {
	*Confirm
}

// NewForm returns a dialog over win with a form of items, as
// dialog.NewForm.
func NewForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), win fyne.Window) *Form {
	form := widget.NewForm(items...)
	d := &Form{NewCustomConfirm(title, confirm, dismiss, form, callback, win)}
	d.validated(form.Validate())
	form.SetOnValidationChanged(d.validated)
	return d
}

// Submit closes the form as its confirm button does, when its fields are
// valid.
func (d *Form) Submit() {
	if !d.confirm.Disabled() {
		d.Confirm.Confirm()
	}
}

// validated enables the confirm button when err is nil.
func (d *Form) validated(err error) { EnableIf(d.confirm, err == nil) }

// textContent is a text dialog's message, centred and wrapped.
func textContent(message string) fyne.CanvasObject {
	return &widget.Label{Text: message, Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
}

// textWidth is the width of a text dialog showing message on one line.
func textWidth(message string) float32 {
	return widget.NewLabel(message).MinSize().Width + textDialogPadWidth + theme.Padding()*2
}
