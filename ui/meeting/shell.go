// Package meeting is the meetings window and meeting mode: the list of
// the steering group's meetings, each meeting's time, place, roles and
// agenda, the agenda run item by item in large type with the decisions
// recorded, the sign-off of the minutes, the signed protocol and the
// minutes and extracts as PDF.
//
// The main window opens it with Open and hands it a Shell, the little it
// asks of the main window; the package imports neither the main window's
// package nor a store adapter.
package meeting

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/ui/async"
)

// Shell is what the meetings window asks of the main window.
type Shell interface {
	// OpenSettings brings the main window forward with Inställningar
	// open, where members are added; closed is called when it closes.
	OpenSettings(closed func())
	// Changed tells the main window that proposals may have moved: an
	// item was removed from an agenda or a decision was recorded.
	Changed()
	// Me returns the id of the member the user said they are in this
	// store, or 0 when they have not said.
	Me() int64
	// AskNewPDF asks where a new PDF goes, offering name (without
	// ".pdf") in the user's documents folder, and hands the path chosen to
	// done.
	AskNewPDF(title, name string, done func(path string))
	// Context is the context of a write started now: its actor is the
	// member the user says they are at that moment. It is called on the
	// UI goroutine, before the work goes to the background.
	Context() context.Context
	// Rights returns what the user's login may do (model.RightsOf): one
	// who is not the secretary reads the meetings, follows meeting mode
	// and signs off in their own roles, but prepares no meeting and
	// records no decision.
	Rights() model.Rights
	// SignedIn tells whether Me is the server's word (a shared store):
	// the user then signs off only in the roles Me holds at a meeting.
	SignedIn() bool
}

// Store is the part of the store the meetings window and meeting mode
// use: the meetings, the members, the proposals they decide on and the
// comments the documents print (pdf.Source), and where the store is, for
// the PDFs' manifests.
type Store interface {
	pdf.Source
	model.DetailStore
	Path() string
}

// ctx returns the context of a write started now (Shell.Context).
func (m *Window) ctx() context.Context { return m.shell.Context() }

// Open opens the meetings window on s and reads the meetings with
// background, which runs work off the UI goroutine (async.Go; tests pass
// async.Now). Each write acts as the actor of shell.Context at the time
// it starts, at the time of its clock.
func Open(a fyne.App, s Store, background async.Runner, shell Shell) *Window {
	m := &Window{app: a, store: s, background: background, shell: shell, item: -1}
	m.win = a.NewWindow(lang.L("meetings.title"))
	m.win.Resize(fyne.NewSize(1100, 680)) // before its content, as the main window
	m.win.SetContent(m.build())
	m.win.Show()
	m.reload(0)
	return m
}

// Reload reads the meetings, members and proposals again and shows them;
// the main window calls it on every change to the store, so the window
// follows what is done elsewhere.
func (m *Window) Reload() { m.reload(0) }

// ShowMeeting reads the meetings again and shows the one with id.
func (m *Window) ShowMeeting(id int64) { m.reload(id) }

// Uses tells whether the window shows the store s.
func (m *Window) Uses(s Store) bool { return m.store == s }

// RequestFocus brings the window to the front.
func (m *Window) RequestFocus() { m.win.RequestFocus() }

// Close closes the window.
func (m *Window) Close() { m.win.Close() }

// SetOnClosed makes the window call f when it is closed.
func (m *Window) SetOnClosed(f func()) { m.win.SetOnClosed(f) }
