//go:build !(((linux && !wayland && !android) || windows) && cgo)

package meeting

import "fyne.io/fyne/v2"

// nativeDisplays knows no displays where the window cannot be moved
// (anything but X11 and Windows): the projector window opens as a window,
// which the secretary drags to the projector and makes full screen with
// F11.
type nativeDisplays struct{}

func (nativeDisplays) monitors(fyne.Window) []projectorMonitor { return nil }

func (nativeDisplays) place(_ fyne.Window, _ projectorMonitor, then func()) { then() }
