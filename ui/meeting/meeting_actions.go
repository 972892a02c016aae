package meeting

// onMeetingMode opens the meeting shown in meeting mode; each decision
// saved there reloads this window and the main window. A login that may
// not record decisions follows the meeting there read-only: it sees the
// agenda and the decisions as they are recorded, and saves nothing.
func (m *Window) onMeetingMode() {
	mt, ok := m.current()
	if !ok {
		return
	}
	mm := openMeetingMode(m.app, m.store, m.ctx, mt.ID, m.background, m.shell.Rights().Secretary)
	mm.onDecided = m.changed
	m.modes = append(m.modes, mm)
	mm.win.SetOnClosed(func() { m.forgetMode(mm) })
}

func (m *Window) forgetMode(mm *meetingMode) {
	for i, x := range m.modes {
		if x == mm {
			m.modes = append(m.modes[:i], m.modes[i+1:]...)
			return
		}
	}
}

// refreshModes reads the meeting again in every meeting mode open on it,
// so that one signed off here turns read-only there too.
func (m *Window) refreshModes(meetingID int64) {
	for _, mm := range m.modes {
		if mm.meetingID == meetingID {
			mm.reread()
		}
	}
}

// followModes reads the meeting again in every meeting mode open for a
// login that may not decide: it holds nothing unsaved, and its member
// follows the decisions as the secretary records them.
func (m *Window) followModes() {
	for _, mm := range m.modes {
		if !mm.mayDecide {
			mm.reread()
		}
	}
}

// reread reads the meeting again and shows the item shown before anew.
func (mm *meetingMode) reread() {
	mm.load(func() {
		if mm.current >= 0 {
			mm.showItem()
		}
	})
}
