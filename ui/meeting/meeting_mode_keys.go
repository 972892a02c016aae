package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// addKeys makes the keys work on the window: 1–5 choose an outcome,
// PageDown, PageUp and the arrows move between items, F11 toggles full
// screen, Esc leaves it, Ctrl+Enter saves and Ctrl+W leaves meeting mode;
// F5 opens and closes the projector window and P pauses it.
// Fyne hands a typed key to the window only when nothing has the focus,
// so the keys do not reach it while an entry is being written in; the
// entries pass on the ones that must work there too (decisionEntry).
func (m *meetingMode) addKeys() {
	c := m.win.Canvas()
	c.SetOnTypedRune(func(r rune) {
		if (r == 'p' || r == 'P') && !m.entryFocused() && m.ask == nil {
			m.toggleProjectorPause()
		}
		if r >= '1' && r <= '5' && !m.entryFocused() && m.ask == nil && !m.onFollowUp() {
			m.panel.choose(meetingOutcomes[r-'1'])
		}
		m.panel.typedRune(r)
	})
	c.SetOnTypedKey(m.typedKey)
	for _, s := range widgets.SaveShortcuts {
		c.AddShortcut(s, func(fyne.Shortcut) { m.save() })
	}
	c.AddShortcut(widgets.LeaveShortcut, func(fyne.Shortcut) { m.onClose() })
}

func (m *meetingMode) typedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyF11:
		m.toggleFullScreen()
		return
	case fyne.KeyF5:
		m.toggleProjector()
		return
	case fyne.KeyEscape:
		if m.win.FullScreen() {
			m.toggleFullScreen()
		}
		return
	}
	if m.entryFocused() {
		return
	}
	switch k.Name {
	case fyne.KeyPageDown, fyne.KeyRight, fyne.KeyDown:
		m.next()
	case fyne.KeyPageUp, fyne.KeyLeft, fyne.KeyUp:
		m.previous()
	case fyne.KeyHome:
		m.goTo(0)
	case fyne.KeyEnd:
		m.goTo(m.agendaLen() - 1)
	}
}

// toggleFullScreen fills the screen with the window, or gives it back.
// The item's text is laid out again at the new size (reflow).
func (m *meetingMode) toggleFullScreen() {
	full := !m.win.FullScreen()
	m.win.SetFullScreen(full)
	if full {
		m.fullBtn.SetText(lang.L("meetingmode.leave_fullscreen"))
		m.fullBtn.SetIcon(theme.ViewRestoreIcon())
	} else {
		m.fullBtn.SetText(lang.L("meetingmode.fullscreen"))
		m.fullBtn.SetIcon(theme.ViewFullScreenIcon())
	}
}

// unsavedCount is the number of items with an outcome chosen or a text
// typed but not saved: the item shown counts as its form says, the others
// by their drafts.
func (m *meetingMode) unsavedCount() int {
	unsaved := len(m.drafts)
	if m.current >= 0 && m.current < len(m.meeting.Items) {
		_, drafted := m.drafts[m.meeting.Items[m.current].ID]
		switch dirty := m.panel.dirty(); {
		case dirty && !drafted:
			unsaved++
		case !dirty && drafted:
			unsaved--
		}
	}
	return unsaved
}

// onClose leaves meeting mode (Avsluta mötesläge, Ctrl+W, the window's
// close button), after asking when something is not saved. The question's
// default, which Enter and Escape choose, is to go on with the meeting.
func (m *meetingMode) onClose() {
	if m.ask != nil {
		return // already asking
	}
	n := m.unsavedCount()
	if n == 0 {
		m.closeProjector()
		m.win.Close()
		return
	}
	key := "meetingmode.unsaved_message"
	if n == 1 {
		key = "meetingmode.unsaved_message_one"
	}
	text := widget.NewLabel(lang.L(key, map[string]any{"N": n}))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("meetingmode.unsaved_title"), text, m.win)
	keep := widgets.NewButtonWithIcon(lang.L("meetingmode.keep_open"), theme.MediaPlayIcon(), d.Hide)
	keep.Importance = widget.HighImportance
	leave := widgets.NewButton(lang.L("meetingmode.close_anyway"), func() {
		d.Hide()
		m.closeProjector()
		m.win.Close()
	})
	d.SetButtons([]fyne.CanvasObject{leave, keep})
	uikit.DialogKeys(d, m.win.Canvas(), d.Hide, func() { m.ask = nil })
	m.ask = d
	d.Resize(fyne.NewSize(uikit.ErrorDialogWidth, d.MinSize().Height))
	d.Show()
}
