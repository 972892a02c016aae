package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// serverStore is a store the fake server opener gives: a SQLite store
// that names itself by its URL without the password, as a PostgreSQL
// store does.
type serverStore struct {
	model.Store
	url string
}

func (s serverStore) Path() string { return pgurl.Redact(s.url) }

// fakeServer is a StoreOpener for postgres:// URLs that records the URLs
// it is given and answers with fail's error, or a store.
type fakeServer struct {
	t    *testing.T
	urls []string
	fail func(url string) error
}

func (f *fakeServer) open(url string) (model.Store, error) {
	f.urls = append(f.urls, url)
	if f.fail != nil {
		if err := f.fail(url); err != nil {
			return nil, err
		}
	}
	s, err := openSQLite(otherStore(f.t, "server.db", "Område på servern"))
	if err != nil {
		return nil, err
	}
	return serverStore{Store: s, url: url}, nil
}

// serverWindow is fileWindow opening stores with a fake server.
func serverWindow(t *testing.T, fail func(url string) error) (*MainWindow, *fakeServer, fyne.App) {
	t.Helper()
	w, a := fileWindow(t)
	f := &fakeServer{t: t, fail: fail}
	w.OpenStoresWith(f.open, false)
	return w, f, a
}

// typeFocused types text into the entry that has the focus.
func typeFocused(t *testing.T, w *MainWindow, text string) {
	t.Helper()
	e := w.win.Canvas().Focused()
	switch e.(type) {
	case *widget.Entry, *widgets.Entry:
	default:
		t.Fatalf("the focus is on %T, not an entry; the window shows %q", w.win.Canvas().Focused(), texts(topOverlay(w)))
	}
	test.Type(e, text)
}

// closeDialogs closes the dialogs over the window and returns what they
// showed; the store the window moves to asks "Vem är du?" as any store
// without a chosen member does.
func closeDialogs(w *MainWindow) []string {
	var shown []string
	for top := topOverlay(w); top != nil; top = topOverlay(w) {
		shown = append(shown, texts(top)...)
		w.win.Canvas().Overlays().Remove(top)
	}
	return shown
}

// The dialog builds the URL from its fields (TLS verify-full once a CA
// certificate is chosen) and hands it to the window's opener; the window
// moves to the server store, names it in its title and in Senaste filer,
// and remembers it without the password.
func TestConnectDialogOpensTheURLItsFieldsDescribe(t *testing.T) {
	w, f, a := serverWindow(t, nil)
	item := menuItem(t, w.win.MainMenu(), "Arkiv", "Anslut till server …")
	if item.Disabled {
		t.Fatal("Anslut till server … is disabled")
	}
	item.Action()
	if shown := texts(topOverlay(w)); !contains(shown, "Anslut till server") || !contains(shown, "CA-certifikat") {
		t.Fatalf("the dialog shows %q", shown)
	}
	closeDialogs(w)
	d := w.chooseServer()
	if d.port.Text != "" || d.port.PlaceHolder != "5432" || d.tls.Selected != "Automatiskt (verify-full med CA-certifikat, annars prefer)" {
		t.Errorf("port %q (placeholder %q), TLS %q", d.port.Text, d.port.PlaceHolder, d.tls.Selected)
	}
	d.host.SetText("db.kommun.se")
	d.port.SetText("5433")
	d.database.SetText("styrgrupp")
	d.user.SetText("anna")
	test.Type(d.password, "hemligt")
	d.caFile.SetText("/etc/kommun/ca.crt")
	tapButton(t, w, "Anslut")

	want := "postgres://anna:hemligt@db.kommun.se:5433/styrgrupp?connect_timeout=10&sslmode=verify-full&sslrootcert=%2Fetc%2Fkommun%2Fca.crt"
	if !slices.Equal(f.urls, []string{want}) {
		t.Fatalf("the opener got %q, want %q", f.urls, want)
	}
	if shown := closeDialogs(w); contains(shown, "Anslut") {
		t.Errorf("the dialog is still open: %q", shown)
	}
	if got := w.win.Title(); got != "Styrgrupp – db.kommun.se:5433 / styrgrupp (anna)" {
		t.Errorf("title %q", got)
	}
	recent := a.Preferences().StringList(recentPreference)
	if len(recent) == 0 || recent[0] != pgurl.Redact(want) || strings.Contains(strings.Join(recent, " "), "hemligt") {
		t.Errorf("recent stores %q, want the URL without the password first", recent)
	}
	label := menuItem(t, w.win.MainMenu(), "Arkiv", "Senaste filer", "db.kommun.se:5433 / styrgrupp (anna)")
	if !label.Checked {
		t.Error("Senaste filer does not tick the server store")
	}

	// The next time the dialog is filled in from it, but for the password.
	again := w.chooseServer()
	if again.host.Text != "db.kommun.se" || again.port.Text != "5433" || again.user.Text != "anna" || again.password.Text != "" ||
		again.caFile.Text != "/etc/kommun/ca.crt" {
		t.Errorf("the dialog is filled in with %q %q %q %q %q", again.host.Text, again.port.Text, again.user.Text, again.password.Text, again.caFile.Text)
	}
}

// What is missing is said in the dialog, and a server that cannot be
// opened is named in words there; the dialog stays and the window keeps
// its store.
func TestConnectDialogSaysWhatFailedInWords(t *testing.T) {
	w, f, _ := serverWindow(t, func(string) error {
		return model.Errorf(model.EUnavailable, "store_unreachable", "db.kommun.se:5432", model.ReasonRefused)
	})
	before := w.store
	d := w.chooseServer()
	d.host.SetText("db.kommun.se")
	tapButton(t, w, "Anslut")
	if !contains(texts(topOverlay(w)), "Fyll i server, databas och användare.") || len(f.urls) != 0 {
		t.Errorf("with fields missing the dialog shows %q and the opener got %q", texts(topOverlay(w)), f.urls)
	}
	d.database.SetText("styrgrupp")
	d.user.SetText("anna")
	d.port.SetText("54321x")
	tapButton(t, w, "Anslut")
	if !contains(texts(topOverlay(w)), "Porten ska vara ett tal mellan 1 och 65535.") {
		t.Errorf("with a bad port the dialog shows %q", texts(topOverlay(w)))
	}
	d.port.SetText("")
	tapButton(t, w, "Anslut")
	if want := "postgres://anna@db.kommun.se:5432/styrgrupp?connect_timeout=10&sslmode=prefer"; !slices.Equal(f.urls, []string{want}) {
		t.Errorf("the opener got %q, want %q", f.urls, want)
	}
	if shown := texts(topOverlay(w)); !contains(shown, "Servern db.kommun.se:5432 svarar inte") || !contains(shown, "Anslut till server") {
		t.Errorf("after the failure the window shows %q", shown)
	}
	if w.store != before || d.ok.Disabled() {
		t.Errorf("the window moved to %s, or Anslut stays disabled (%v)", w.store.Path(), d.ok.Disabled())
	}
}

// Reopening a server store from Senaste filer asks for the password when
// the server wants one, again when it is wrong, and opens the store with
// it; the password is not remembered.
func TestRecentServerAsksForThePasswordWhenTheServerWantsOne(t *testing.T) {
	w, f, a := serverWindow(t, func(url string) error {
		s, _ := pgurl.Parse(url)
		switch s.Password {
		case "":
			return &model.Error{Code: model.EDenied, Key: model.KeyPasswordRequired, Args: []any{"db.kommun.se", "anna"}}
		case "rätt":
			return nil
		}
		return &model.Error{Code: model.EDenied, Key: model.KeyAuthFailed, Args: []any{"db.kommun.se", "anna"}}
	})
	url := "postgres://anna@db.kommun.se:5432/styrgrupp?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt"
	rememberStore(a.Preferences(), url)
	w.refreshMenu()
	menuItem(t, w.win.MainMenu(), "Arkiv", "Senaste filer", "db.kommun.se / styrgrupp (anna)").Action()
	if shown := texts(topOverlay(w)); !contains(shown, "Servern db.kommun.se vill ha ett lösenord för inloggningen anna.") {
		t.Fatalf("the window shows %q, want the password asked for", shown)
	}
	typeFocused(t, w, "fel")
	tapButton(t, w, "Anslut")
	if shown := texts(topOverlay(w)); !contains(shown, "godtog inte lösenordet") || !contains(shown, "vill ha ett lösenord") {
		t.Fatalf("after a wrong password the window shows %q", shown)
	}
	typeFocused(t, w, "rätt")
	tapButton(t, w, "Anslut")
	if len(f.urls) != 3 || f.urls[0] != url || pgurl.Redact(f.urls[2]) != url {
		t.Fatalf("the opener got %q", f.urls)
	}
	if s, _ := pgurl.Parse(f.urls[2]); s.Password != "rätt" {
		t.Errorf("the last URL has the password %q", s.Password)
	}
	if shown := closeDialogs(w); contains(shown, "Anslut") || w.win.Title() != "Styrgrupp – db.kommun.se / styrgrupp (anna)" {
		t.Errorf("title %q; the dialogs show %q", w.win.Title(), shown)
	}
	if recent := a.Preferences().StringList(recentPreference); recent[0] != url || strings.Contains(strings.Join(recent, " "), "rätt") {
		t.Errorf("recent stores %q", recent)
	}
}

// A server stays among the recent stores (there is no file to miss), once,
// and never with its password.
func TestRecentStoresKeepServersWithoutTheirPassword(t *testing.T) {
	p := testapp.New(t).Preferences()
	rememberStore(p, "postgres://anna:hemligt@db.kommun.se:5432/styrgrupp?sslmode=prefer")
	file := writeFile(t, "lokal.db", "")
	rememberStore(p, file)
	rememberStore(p, "postgres://anna:annat@db.kommun.se:5432/styrgrupp?sslmode=prefer&password=x")
	want := []string{"postgres://anna@db.kommun.se:5432/styrgrupp?sslmode=prefer", file}
	if got := recentStores(p); !slices.Equal(got, want) {
		t.Errorf("recent %q, want %q", got, want)
	}
	if got := recentLabel(want[0]); got != "db.kommun.se / styrgrupp (anna)" {
		t.Errorf("label %q", got)
	}
}
