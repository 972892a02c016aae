package ui

// onMeetingMode opens the meeting shown in meeting mode; each decision
// saved there reloads this window and the main window.
func (m *meetingsWindow) onMeetingMode() {
	mt, ok := m.current()
	if !ok {
		return
	}
	mm := openMeetingMode(m.app, m.store, m.ctx, mt.ID, m.background)
	mm.onDecided = m.changed
}
