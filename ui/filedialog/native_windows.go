//go:build windows

package filedialog

import (
	"context"
	"errors"
	"runtime"
	"strings"

	"fyne.io/fyne/v2/lang"
	"github.com/sqweek/dialog"
)

// Windows' common file dialog (Explorer's places, OneDrive, network
// drives), through github.com/sqweek/dialog.
func init() { windowsDialog = commonDialog{} }

// commonDialog shows the common dialogs; it cannot be closed from the
// program, so ctx is not used.
type commonDialog struct{}

func (commonDialog) choose(_ context.Context, m mode, r Request, dir string) (string, error) {
	runtime.LockOSThread() // the dialog's window belongs to this thread
	defer runtime.UnlockOSThread()
	var (
		path string
		err  error
	)
	if m == chooseFolder {
		path, err = dialog.Directory().Title(r.Title).SetStartDir(dir).Browse()
	} else {
		b := dialog.File().Title(r.Title).SetStartDir(dir)
		if len(r.Extensions) > 0 {
			exts := make([]string, len(r.Extensions))
			for i, e := range r.Extensions {
				exts[i] = strings.TrimPrefix(strings.ToLower(e), ".")
			}
			b = b.Filter(filterName(r), exts...).Filter(lang.L("filedialog.all_files"), "*")
		}
		if m == saveFile {
			path, err = b.SetStartFile(r.Name).Save()
		} else {
			path, err = b.Load()
		}
	}
	if errors.Is(err, dialog.ErrCancelled) {
		return "", errCancelled
	}
	return path, err
}
