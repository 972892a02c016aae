package meeting

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// projectorTheme is the app's theme with type large enough to read from
// the back of a room; it is used for meeting mode's content and, with
// least set to projectorWindowSizes, for the projector window.
type projectorTheme struct {
	app fyne.App
	// least are the smallest sizes drawn; nil for projectorSizes.
	least map[fyne.ThemeSizeName]float32
}

// projectorSizes are the smallest sizes meeting mode draws; a larger text
// size chosen in Inställningar is kept.
var projectorSizes = map[fyne.ThemeSizeName]float32{
	theme.SizeNameText:           20,
	theme.SizeNameHeadingText:    32,
	theme.SizeNameSubHeadingText: 24,
	theme.SizeNameCaptionText:    15,
	theme.SizeNameInlineIcon:     24,
}

// projectorWindowSizes are the smallest sizes of the projector window,
// read by the room from 6 m on a 1280 × 720 picture: no text below 28 px,
// the item's title larger, and room for an item with a decision.
var projectorWindowSizes = map[fyne.ThemeSizeName]float32{
	theme.SizeNameText:           28,
	theme.SizeNameHeadingText:    44,
	theme.SizeNameSubHeadingText: 32,
	theme.SizeNameCaptionText:    28,
	theme.SizeNameInlineIcon:     28,
}

func (t *projectorTheme) base() fyne.Theme {
	if th := t.app.Settings().Theme(); th != nil {
		return th
	}
	return theme.DefaultTheme()
}

// Color darkens the text of the light variant to near black: a projector
// washes out the grey the default theme writes in.
func (t *projectorTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	c := t.base().Color(n, v)
	if n != theme.ColorNameForeground {
		return c
	}
	if bg := color.NRGBAModel.Convert(t.base().Color(theme.ColorNameBackground, v)).(color.NRGBA); int(bg.R)+int(bg.G)+int(bg.B) > 3*128 {
		return color.NRGBA{R: 0x14, G: 0x14, B: 0x14, A: 0xff}
	}
	return c
}

func (t *projectorTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

func (t *projectorTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

func (t *projectorTheme) Size(n fyne.ThemeSizeName) float32 {
	sizes := t.least
	if sizes == nil {
		sizes = projectorSizes
	}
	s := t.base().Size(n)
	if least, ok := sizes[n]; ok && s < least {
		return least
	}
	return s
}

// refreshTree refreshes every object under o. A theme override's own
// refresh does not reach into widgets that hold others (the folded
// sections of an accordion), whose text would keep the size it was first
// drawn in.
func refreshTree(o fyne.CanvasObject) {
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			refreshTree(c)
		}
	case *container.Scroll:
		refreshTree(v.Content)
	case *container.Split:
		refreshTree(v.Leading)
		refreshTree(v.Trailing)
	case *widget.Accordion:
		for _, it := range v.Items {
			refreshTree(it.Detail)
		}
	}
	o.Refresh()
}
