package ui

// showMeetings opens the meetings window on the window's store, or brings
// the one already open to the front. Changes made there (decisions move
// proposals) reload the main window.
func (w *MainWindow) showMeetings() {
	if w.meetings != nil && w.meetings.store == w.store {
		w.meetings.win.RequestFocus()
		return
	}
	if w.meetings != nil {
		w.meetings.win.Close()
	}
	m := openMeetings(w.app, w.store, w.ctx, w.background, w.Reload)
	m.win.SetOnClosed(func() {
		if w.meetings == m {
			w.meetings = nil
		}
	})
	m.openSettings = func() {
		w.win.RequestFocus()
		if d := w.showSettings(); d != nil {
			// Members added there are offered in the form at once.
			d.dlg.SetOnClosed(func() { m.reload(0) })
		}
	}
	w.meetings = m
}
