package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Button is Fyne's button that Enter and Return press as Space does
// (Fyne's own takes only Space), and that hands Escape and F10 on to
// its canvas (PassKeyOn), so that a dialog closes on Escape, and the
// menus open on F10, also while a button has the keyboard.
type Button struct {
	widget.Button
}

// NewButton returns a button labelled label calling tapped, as
// widget.NewButton.
func NewButton(label string, tapped func()) *Button {
	b := &Button{}
	b.Text = label
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

// NewButtonWithIcon returns a button labelled label with icon calling
// tapped, as widget.NewButtonWithIcon.
func NewButtonWithIcon(label string, icon fyne.Resource, tapped func()) *Button {
	b := NewButton(label, tapped)
	b.Icon = icon
	return b
}

// TypedKey presses the button on Enter, Return and Space, and hands
// Escape and F10 on.
func (b *Button) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	case fyne.KeyEscape, fyne.KeyF10:
		PassKeyOn(b, k)
	default:
		b.Button.TypedKey(k)
	}
}
