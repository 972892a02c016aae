package ui

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// The meetings window asks the main window for the actor at each write
// (meeting.Shell.Context): whom the user says they are after the window
// opened is whom its next write acts as.
func TestTheMeetingsWindowWritesAsWhoTheUserSaysTheyAreNow(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, demoStore(t))
	w.background = func(f func()) { f() }
	w.setMe(model.Member{ID: 1, Name: "Ada Andersson"})
	w.showMeetings()
	shell := meetingsShell{w}
	if got := model.ActorFrom(shell.Context()); got != "Ada Andersson" {
		t.Errorf("actor %q, want Ada Andersson", got)
	}
	w.setMe(model.Member{ID: 2, Name: "Bo Berg"})
	if got := model.ActorFrom(shell.Context()); got != "Bo Berg" {
		t.Errorf("after saying who they are: actor %q, want Bo Berg", got)
	}
}
