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

// windowAt puts where the window win's top-left corner is on the desktop
// in x, y; 0 when the display cannot be opened.
static int windowAt(unsigned long win, int *x, int *y) {
	Display *d = XOpenDisplay(NULL);
	Window child;
	if (d == NULL) {
		return 0;
	}
	XTranslateCoordinates(d, (Window)win, DefaultRootWindow(d), 0, 0, x, y, &child);
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

// placeSettle is how long a window that is where it should be is given
// before the next step: the X server tells GLFW of a move, and GLFW Fyne,
// in events handled between frames. placeTries is how often the move and
// full screen are tried before the window is left where it is.
const (
	placeSettle = 150 * time.Millisecond
	placeTries  = 3
)

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

// place moves w onto mon, waits until the X server has it there, then
// calls then (which makes it full screen) and checks that it stayed on
// mon, trying again when not. Every X11 call is made on the main
// goroutine after checking that the window still exists (x11Window): one
// closed meanwhile is left alone, as Xlib ends the program on a request
// about a window that is gone.
func (nativeDisplays) place(w fyne.Window, mon projectorMonitor, then func()) {
	if x11Window(w) == 0 {
		then()
		return
	}
	go func() {
		for range placeTries {
			moved := false
			fyne.DoAndWait(func() {
				id := x11Window(w)
				if id == 0 {
					return
				}
				if w.FullScreen() {
					w.SetFullScreen(false)
				}
				moved = C.moveWindow(C.ulong(id), C.int(mon.X+mon.Width/8), C.int(mon.Y+mon.Height/8)) != 0
			})
			if !moved {
				return
			}
			waitOn(w, mon)
			time.Sleep(placeSettle)
			fyne.DoAndWait(then)
			time.Sleep(placeSettle)
			if waitOn(w, mon) {
				return
			}
		}
	}()
}

// waitOn waits up to a second for w's corner to be on mon and tells
// whether it is; true for a window closed meanwhile, as there is nothing
// more to do.
func waitOn(w fyne.Window, mon projectorMonitor) bool {
	for range 20 {
		on := false
		fyne.DoAndWait(func() {
			id := x11Window(w)
			var x, y C.int
			if id == 0 || C.windowAt(C.ulong(id), &x, &y) == 0 {
				on = true
				return
			}
			on = int(x) >= mon.X && int(x) < mon.X+mon.Width && int(y) >= mon.Y && int(y) < mon.Y+mon.Height
		})
		if on {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}
