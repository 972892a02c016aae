package meeting

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// projectorMonitor is a display as the window system reports it: its
// name and where it lies on the desktop, in pixels.
type projectorMonitor struct {
	Name                string
	X, Y, Width, Height int
}

// projectorDisplays is what the projector window needs of the window
// system: the displays connected, and moving a window onto one. Fyne has
// no monitor API; the native one (nativeDisplays) asks GLFW and X11, and
// tests give a fake.
type projectorDisplays interface {
	// monitors lists the displays, the primary first; nil when the
	// window system tells none. on is a window already shown, which
	// tells that the window system runs.
	monitors(on fyne.Window) []projectorMonitor
	// place moves w onto mon and calls then on the UI goroutine once it
	// is there; at once when it cannot be moved.
	place(w fyne.Window, mon projectorMonitor, then func())
}

// projectorScreenPreference remembers the display the projector window
// was last put on, by its name.
const projectorScreenPreference = "meeting.projector_screen"

// chooseMonitor is the index of the display the projector window goes
// on: the one chosen before, by name, or else the last one. There is no
// choice with fewer than two displays: the projector window then opens
// beside meeting mode, as any window.
func chooseMonitor(mons []projectorMonitor, remembered string) (int, bool) {
	if len(mons) < 2 {
		return 0, false
	}
	if i := slices.IndexFunc(mons, func(m projectorMonitor) bool { return m.Name == remembered }); remembered != "" && i >= 0 {
		return i, true
	}
	return len(mons) - 1, true
}

// screenName is what the choice of display calls the display at index i:
// "Skärm 2".
func screenName(i int) string {
	return lang.L("projector.screen", map[string]any{"N": i + 1})
}

// showScreens offers the displays in the choice beside the projector
// button, with the one the projector goes on chosen; the choice is hidden
// with fewer than two displays.
func (m *meetingMode) showScreens() {
	mons := m.screens().monitors(m.win)
	m.proj.monitors = mons
	sel := m.proj.screen
	if sel == nil {
		return
	}
	i, ok := chooseMonitor(mons, m.app.Preferences().String(projectorScreenPreference))
	if !ok {
		sel.Hide()
		return
	}
	opts := make([]string, len(mons))
	for k := range mons {
		opts[k] = screenName(k)
	}
	sel.Options = opts
	m.proj.choosing = true
	sel.SetSelectedIndex(i)
	m.proj.choosing = false
	sel.Show()
}

// chooseScreen remembers the display chosen at index i and moves the
// projector window there when it is open.
func (m *meetingMode) chooseScreen(i int) {
	if m.proj.choosing || i < 0 || i >= len(m.proj.monitors) {
		return
	}
	m.unfocus() // PageDown, F5 and P work on after a click
	m.app.Preferences().SetString(projectorScreenPreference, m.proj.monitors[i].Name)
	if p := m.proj.shown; p != nil {
		m.placeProjector(p)
	}
}

// placeProjector puts the projector window full screen on the display
// chosen, when there are several; with one it stays a window the
// secretary can move and make full screen with F11.
func (m *meetingMode) placeProjector(p *projector) {
	i, ok := chooseMonitor(m.proj.monitors, m.app.Preferences().String(projectorScreenPreference))
	if !ok {
		return
	}
	if p.win.FullScreen() {
		p.win.SetFullScreen(false) // a full-screen window cannot be moved
	}
	m.screens().place(p.win, m.proj.monitors[i], func() {
		if m.proj.shown == p {
			p.win.SetFullScreen(true)
		}
	})
}

// screens is the window system's displays, or the fake a test set.
func (m *meetingMode) screens() projectorDisplays {
	if m.proj.displays == nil {
		return nativeDisplays{}
	}
	return m.proj.displays
}
