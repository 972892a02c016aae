package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/meeting"
)

// showMeetings opens the meetings window on the window's store, or brings
// the one already open to the front. Changes made there (decisions move
// proposals) reload the main window.
func (w *MainWindow) showMeetings() {
	if w.meetings != nil && w.meetings.Uses(w.store) {
		w.meetings.RequestFocus()
		return
	}
	if w.meetings != nil {
		w.meetings.Close()
	}
	m := meeting.Open(w.app, w.store, w.background, meetingsShell{w})
	m.SetOnClosed(func() {
		if w.meetings == m {
			w.meetings = nil
		}
	})
	w.meetings = m
}

// meetingsShell is what the meetings window asks of the main window
// (meeting.Shell).
type meetingsShell struct{ w *MainWindow }

// OpenSettings brings the main window forward with Inställningar open.
func (s meetingsShell) OpenSettings(closed func()) {
	s.w.win.RequestFocus()
	if d := s.w.showSettings(); d != nil {
		d.dlg.SetOnClosed(closed)
	}
}

// Changed reloads the main window: decisions move proposals.
func (s meetingsShell) Changed() { s.w.Reload() }

// Me is the member the user said they are in this store, or the one
// signed in on a shared store.
func (s meetingsShell) Me() int64 {
	if s.w.signedIn {
		return s.w.me.ID
	}
	return s.w.who.chosenID()
}

// Rights is what the store lets the login do (identify).
func (s meetingsShell) Rights() model.Rights { return s.w.rights }

// SignedIn tells whether the server says who the user is.
func (s meetingsShell) SignedIn() bool { return s.w.signedIn }

// Context is the context of a write started now, as the member the user
// says they are now (setMe).
func (s meetingsShell) Context() context.Context { return s.w.writeCtx() }

// AskNewPDF asks where the PDF goes with the PDF's own dialog.
func (s meetingsShell) AskNewPDF(title, name string, done func(path string)) {
	s.w.askNewPDF(title, name, done)
}

// askNewPDF asks where a new PDF goes: name, with ".pdf" and a number if
// that is taken, in the user's documents folder; a file chosen there is
// replaced after asking.
func (w *MainWindow) askNewPDF(title, name string, done func(path string)) *newFileDialog {
	dir := documentsFolder()
	return w.askNewFile(newFileRequest{
		kind: filedialog.Export, extensions: []string{".pdf"}, filterName: lang.L("filedialog.types.pdf"),
		title: title, confirm: lang.L("pdfexport.save"), hint: lang.L("pdfexport.hint"),
		dir: dir, name: freeName(dir, name, ".pdf"),
		prepare:   pdfPath,
		overwrite: true,
		done:      done,
	})
}
