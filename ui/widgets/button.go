package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Button is Fyne's button that Enter and Return press as Space does
// (Fyne's own takes only Space), and that hands Escape on to its
// canvas (PassKeyOn), so that a dialog closes on Escape also while one
// of its buttons has the keyboard.
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

// TypedKey presses the button on Enter, Return and Space, and hands
// Escape on.
func (b *Button) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	case fyne.KeyEscape:
		PassKeyOn(b, k)
	default:
		b.Button.TypedKey(k)
	}
}
