package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// Started from its icon on a server whose password the password file does
// not give, the program asks in a window of its own: a wrong password is
// said there and asked for again; the right one opens the main window on
// the store and closes the question; nothing else is opened before.
func TestPasswordFirstOpensTheMainWindowWithTheRightPassword(t *testing.T) {
	a := testapp.New(t)
	const url = "postgres://anna@db.kommun.se:5432/styrgrupp?sslmode=prefer"
	asked := model.Errorf(model.EDenied, model.KeyPasswordRequired, "db.kommun.se:5432", "anna")
	var tried []string
	open := func(u string) (model.Store, error) {
		tried = append(tried, u)
		if !strings.Contains(u, ":r%C3%A4tt@") {
			return nil, model.Errorf(model.EDenied, model.KeyAuthFailed, "db.kommun.se:5432", "anna")
		}
		return newFakeStore(), nil
	}
	var built *MainWindow
	build := func(s model.Store) *MainWindow {
		built = NewMainWindow(a, s)
		return built
	}
	p := newPasswordFirst(a, url, asked, open, build, func(f func()) { f() })
	if shown := strings.Join(labels(p.win), " "); !strings.Contains(shown, "anna") {
		t.Errorf("the question does not name the login: %q", shown)
	}
	test.Type(p.entry, "fel")
	test.Tap(p.connect)
	if built != nil || !p.message.Visible() || p.entry.Text != "" {
		t.Fatalf("a wrong password: window built %v, message shown %v, field %q", built != nil, p.message.Visible(), p.entry.Text)
	}
	test.Type(p.entry, "rätt")
	p.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if built == nil || p.main != built {
		t.Fatalf("the right password did not open the main window; tried %q", tried)
	}
	p.stop()
	if len(tried) != 2 {
		t.Errorf("opened %d times, want 2: %q", len(tried), tried)
	}
}
