//go:build linux && !wayland && !android && cgo

package meeting

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>

// moveWindow asks the X server, on a connection of its own, to move the
// window win to x, y on the desktop; 0 when the display cannot be opened.
static int moveWindow(unsigned long win, int x, int y) {
	Display *d = XOpenDisplay(NULL);
	if (d == NULL) {
		return 0;
	}
	XMoveWindow(d, (Window)win, x, y);
	XSync(d, False);
	XCloseDisplay(d);
	return 1;
}
*/
import "C"

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// nativeDisplays lists the displays through GLFW, which Fyne's desktop
// driver runs, and moves a window with X11: Fyne gives the window's X11
// id (driver.NativeWindow) but no way to place it. Fyne makes a window
// full screen on the display under its centre, so a window moved onto a
// display fills that one.
type nativeDisplays struct{}

// placeSettle is how long a moved window is given before it is made full
// screen: the X server tells GLFW of the move, and GLFW Fyne, in events
// handled between frames.
const placeSettle = 300 * time.Millisecond

// x11Window is w's X11 id, 0 when w is not a window of the running
// desktop driver (the test driver's, or one not shown yet).
func x11Window(w fyne.Window) uintptr {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return 0
	}
	var id uintptr
	nw.RunNative(func(ctx any) {
		if x, ok := ctx.(driver.X11WindowContext); ok {
			id = x.WindowHandle
		}
	})
	return id
}

// monitors asks GLFW, which must be called on the main goroutine: Fyne
// runs its event callbacks and fyne.Do there.
func (nativeDisplays) monitors(on fyne.Window) []projectorMonitor {
	if x11Window(on) == 0 {
		return nil // GLFW is not running: asking it would panic
	}
	var out []projectorMonitor
	for _, m := range glfw.GetMonitors() {
		x, y := m.GetPos()
		mode := m.GetVideoMode()
		if mode == nil {
			continue
		}
		out = append(out, projectorMonitor{Name: m.GetName(), X: x, Y: y, Width: mode.Width, Height: mode.Height})
	}
	return out
}

func (nativeDisplays) place(w fyne.Window, mon projectorMonitor, then func()) {
	id := x11Window(w)
	if id == 0 || C.moveWindow(C.ulong(id), C.int(mon.X+mon.Width/8), C.int(mon.Y+mon.Height/8)) == 0 {
		then()
		return
	}
	time.AfterFunc(placeSettle, func() { fyne.Do(then) })
}
