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
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// nativeWindows places windows with X11, on a connection of its own.
var nativeWindows = windowOps{
	handle: x11Window,
	move: func(id uintptr, x, y int) bool {
		return C.moveWindow(C.ulong(id), C.int(x), C.int(y)) != 0
	},
	at: func(id uintptr) (int, int, bool) {
		var x, y C.int
		ok := C.windowAt(C.ulong(id), &x, &y) != 0
		return int(x), int(y), ok
	},
}

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
