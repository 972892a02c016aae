package uikit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// Banner is a strip across the top of a window that says, in words,
// something that holds for the whole window for a while, such as its
// server not answering: unlike an error dialog it asks for nothing, and
// what is on screen stays usable under it. It is hidden until Show.
type Banner struct {
	// Content is the strip; Above lays it out at the top of a window.
	Content *fyne.Container
	text    *widget.Label
	// action holds the button SetAction puts at the strip's right, in
	// row beside the icon and the text.
	action, row *fyne.Container
	// frame holds the strip above what it is laid over (Above).
	frame *fyne.Container
}

// bannerShade is the banner's background: a light warning colour that
// the theme's text reads on in both the light and the dark look.
var bannerShade = color.NRGBA{R: 0xf0, G: 0xa0, B: 0x20, A: 0x40}

// NewBanner returns a hidden banner.
func NewBanner() *Banner {
	b := &Banner{text: widget.NewLabel(""), action: container.NewCenter()}
	b.text.Wrapping = fyne.TextWrapWord
	b.action.Hide()
	shade := canvas.NewRectangle(bannerShade)
	shade.CornerRadius = 4
	b.row = container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(theme.WarningIcon())), b.action, b.text)
	b.Content = container.NewStack(shade, b.row)
	b.Content.Hide()
	return b
}

// Above returns content with the banner across its top, to be a
// window's content.
func (b *Banner) Above(content fyne.CanvasObject) fyne.CanvasObject {
	b.frame = container.NewBorder(b.Content, nil, nil, nil, content)
	return b.frame
}

// Show shows msg in the banner.
func (b *Banner) Show(msg string) {
	b.text.SetText(msg)
	b.Content.Show()
	b.relayout()
}

// SetAction puts a button labelled label at the banner's right that
// calls f; a label "" takes the button away.
func (b *Banner) SetAction(label string, f func()) {
	b.action.Objects = nil
	if label != "" {
		b.action.Objects = []fyne.CanvasObject{widgets.NewButton(label, f)}
	}
	ShowIf(b.action, label != "")
	b.row.Refresh()
	b.relayout()
}

// Hide hides the banner.
func (b *Banner) Hide() {
	b.Content.Hide()
	b.relayout()
}

// relayout gives the strip its room, or the room back, at once: showing
// an object does not lay its container out again by itself.
func (b *Banner) relayout() {
	if b.frame != nil {
		b.frame.Layout.Layout(b.frame.Objects, b.frame.Size())
	}
	b.Content.Refresh()
}

// Shown tells whether the banner is shown.
func (b *Banner) Shown() bool { return b.Content.Visible() }

// Text is what the banner says.
func (b *Banner) Text() string { return b.text.Text }
