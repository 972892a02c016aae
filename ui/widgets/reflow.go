// Package widgets holds Styrgrupp's own widgets and layouts, which know
// nothing of the store or the windows that use them.
package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Reflow holds a scroll whose content has wrapping text, and lays that
// content out again whenever the scroll's size changes. A wrapping label
// measures its height at the width it had, so a box laid out as the
// width changes (leaving full screen) keeps the old heights, and a title
// that now takes more lines overlaps the text below it until something
// else refreshes the box.
func Reflow(s *container.Scroll) fyne.CanvasObject {
	return container.New(&reflowLayout{scroll: s}, s)
}

type reflowLayout struct {
	scroll *container.Scroll
	last   fyne.Size
}

// Layout gives the scroll the whole size, then lays its content out again
// at the new width, and the scroll with the content's new height.
func (l *reflowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size != l.last {
		l.last = size
		if l.scroll.Content != nil {
			l.scroll.Content.Refresh()
		}
		l.scroll.Refresh()
	}
}

// MinSize is the scroll's.
func (l *reflowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objects {
		min = min.Max(o.MinSize())
	}
	return min
}

// ScrollIntoView scrolls s so that o, somewhere in its content, is seen
// whole (its top, when it is taller than s), after laying out what was
// just added to the content.
func ScrollIntoView(s *container.Scroll, o fyne.CanvasObject) {
	s.Refresh()
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	bottom := top + o.Size().Height
	off, height := s.Offset, s.Size().Height
	switch {
	case bottom > off.Y+height:
		off.Y = bottom - height
	case top < off.Y:
		off.Y = top
	default:
		return
	}
	off.Y = min(off.Y, top)
	s.ScrollToOffset(off)
}
