//go:build windows && cgo

package meeting

import (
	"syscall"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

var (
	user32            = syscall.NewLazyDLL("user32.dll")
	procSetWindowPos  = user32.NewProc("SetWindowPos")
	procGetWindowRect = user32.NewProc("GetWindowRect")
	procIsWindow      = user32.NewProc("IsWindow")
)

// Flags of SetWindowPos: keep the size and the place in the stacking
// order, do not activate.
const (
	swpNoSize     = 0x0001
	swpNoZOrder   = 0x0004
	swpNoActivate = 0x0010
)

// nativeWindows places windows with Win32's SetWindowPos.
var nativeWindows = windowOps{
	handle: win32Window,
	move: func(id uintptr, x, y int) bool {
		r, _, _ := procSetWindowPos.Call(id, 0, uintptr(int32(x)), uintptr(int32(y)), 0, 0, swpNoSize|swpNoZOrder|swpNoActivate)
		return r != 0
	},
	at: func(id uintptr) (int, int, bool) {
		var rect struct{ Left, Top, Right, Bottom int32 }
		r, _, _ := procGetWindowRect.Call(id, uintptr(unsafe.Pointer(&rect)))
		return int(rect.Left), int(rect.Top), r != 0
	},
}

// win32Window is w's window handle (HWND), 0 when w is not a window of
// the running desktop driver or is gone.
func win32Window(w fyne.Window) uintptr {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return 0
	}
	var id uintptr
	nw.RunNative(func(ctx any) {
		if c, ok := ctx.(driver.WindowsWindowContext); ok {
			id = c.HWND
		}
	})
	if id != 0 {
		if r, _, _ := procIsWindow.Call(id); r == 0 {
			return 0
		}
	}
	return id
}
