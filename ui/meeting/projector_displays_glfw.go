//go:build ((linux && !wayland && !android) || windows) && cgo

package meeting

import (
	"time"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// nativeDisplays lists the displays through GLFW, which Fyne's desktop
// driver runs, and moves a window with the platform's own call
// (nativeWindows: X11 or Win32): Fyne gives the window's native handle
// (driver.NativeWindow) but no way to place it. Fyne makes a window full
// screen on the display under its centre, so a window moved onto a
// display fills that one.
type nativeDisplays struct{}

// windowOps are what a platform gives to place a window: its handle (0
// when w is not a window of the running desktop driver: the test
// driver's, or one not shown or closed), a move of its top-left corner to
// x, y on the desktop, and where that corner is.
type windowOps struct {
	handle func(w fyne.Window) uintptr
	move   func(id uintptr, x, y int) bool
	at     func(id uintptr) (x, y int, ok bool)
}

// placeSettle is how long a window that is where it should be is given
// before the next step: the window system tells GLFW of a move, and GLFW
// Fyne, in events handled between frames. placeTries is how often the
// move and full screen are tried before the window is left where it is.
const (
	placeSettle = 150 * time.Millisecond
	placeTries  = 3
)

// monitors asks GLFW, which must be called on the main goroutine: Fyne
// runs its event callbacks and fyne.Do there.
func (nativeDisplays) monitors(on fyne.Window) []projectorMonitor {
	if nativeWindows.handle(on) == 0 {
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

// place moves w onto mon, waits until the window system has it there,
// then calls then (which makes it full screen) and checks that it stayed
// on mon, trying again when not. Every native call is made on the main
// goroutine after checking that the window still exists: one closed
// meanwhile is left alone (Xlib ends the program on a request about a
// window that is gone).
func (nativeDisplays) place(w fyne.Window, mon projectorMonitor, then func()) {
	ops := nativeWindows
	if ops.handle(w) == 0 {
		then()
		return
	}
	go func() {
		for range placeTries {
			moved := false
			fyne.DoAndWait(func() {
				id := ops.handle(w)
				if id == 0 {
					return
				}
				if w.FullScreen() {
					w.SetFullScreen(false)
				}
				moved = ops.move(id, mon.X+mon.Width/8, mon.Y+mon.Height/8)
			})
			if !moved {
				return
			}
			ops.waitOn(w, mon)
			time.Sleep(placeSettle)
			fyne.DoAndWait(then)
			time.Sleep(placeSettle)
			if ops.waitOn(w, mon) {
				return
			}
		}
	}()
}

// waitOn waits up to a second for w's corner to be on mon and tells
// whether it is; true for a window closed meanwhile, as there is nothing
// more to do.
func (ops windowOps) waitOn(w fyne.Window, mon projectorMonitor) bool {
	for range 20 {
		on := false
		fyne.DoAndWait(func() {
			id := ops.handle(w)
			x, y, ok := 0, 0, false
			if id != 0 {
				x, y, ok = ops.at(id)
			}
			if !ok {
				on = true
				return
			}
			on = x >= mon.X && x < mon.X+mon.Width && y >= mon.Y && y < mon.Y+mon.Height
		})
		if on {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}
