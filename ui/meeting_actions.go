package ui

// Wired once meeting mode, sign-off and the PDF export exist.

func (m *meetingsWindow) onMeetingMode() {}
func (m *meetingsWindow) onSignOff()     {}
func (m *meetingsWindow) onExport()      {}
