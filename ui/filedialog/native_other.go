//go:build !windows

package filedialog

// windowsDialog is nil where the program is not built for Windows:
// sqweek/dialog needs GTK's headers through cgo on Linux, so it is only
// compiled for Windows.
var windowsDialog native
