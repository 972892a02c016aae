package postgres_test

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// noPasswordFromEnvironment makes sure neither PGPASSWORD nor a password
// file of the user running the tests gives a password.
func noPasswordFromEnvironment(t *testing.T) {
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "ingen-pgpass"))
}

// openFails opens url, which must fail, and returns the error's message
// in Swedish with the error.
func openFails(t *testing.T, url string) (string, error) {
	t.Helper()
	s, err := postgres.Open(context.Background(), url)
	if err == nil {
		s.Close()
		t.Fatalf("opened %s", pgurl.Redact(url))
	}
	return model.ErrorMessage(err, model.Swedish), err
}

// A login the server asks a password for: without one, the error says the
// password is wanted (so the window and the command line ask for it); a
// wrong one is told apart; the right one, from the URL, PGPASSWORD or the
// password file (pgx reads ~/.pgpass or PGPASSFILE), opens the store, and
// the store's path never holds it.
func TestPasswordComesFromTheURLTheEnvironmentOrThePassfile(t *testing.T) {
	noPasswordFromEnvironment(t)
	login := pgtest.Login(t, pgtest.URL(t), "rätt lösen")
	u, _ := url.Parse(login)
	user := u.User.Username()

	msg, err := openFails(t, login)
	if !model.PasswordRequired(err) || model.ErrorCode(err) != model.EDenied {
		t.Errorf("without a password: %v (code %s), want store_password_required", err, model.ErrorCode(err))
	}
	if !strings.Contains(msg, "127.0.0.1") || !strings.Contains(msg, user) {
		t.Errorf("the message %q names neither the server nor the login", msg)
	}
	msg, err = openFails(t, pgurl.WithPassword(login, "fel lösen"))
	if !model.WrongPassword(err) || !strings.Contains(msg, "godtog inte lösenordet") {
		t.Errorf("with a wrong password: %v, %q", err, msg)
	}
	if strings.Contains(err.Error(), "fel lösen") {
		t.Errorf("the error holds the password: %v", err)
	}

	opens := func(how, url string) {
		t.Helper()
		s, err := postgres.Open(context.Background(), url)
		if err != nil {
			t.Fatalf("%s: %v", how, err)
		}
		defer s.Close()
		if strings.Contains(s.Path(), "lösen") || strings.Contains(s.Path(), "l%C3%B6sen") {
			t.Errorf("%s: the store's path %s holds the password", how, s.Path())
		}
		if _, err := s.Proposals(context.Background(), model.ProposalFilter{}); err != nil {
			t.Errorf("%s: %v", how, err)
		}
	}
	opens("the URL's password", pgurl.WithPassword(login, "rätt lösen"))

	t.Setenv("PGPASSWORD", "rätt lösen")
	opens("PGPASSWORD", login)
	t.Setenv("PGPASSWORD", "")

	passfile := filepath.Join(t.TempDir(), "pgpass")
	line := u.Hostname() + ":" + u.Port() + ":" + strings.TrimPrefix(u.Path, "/") + ":" + user + ":rätt lösen\n"
	if err := os.WriteFile(passfile, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGPASSFILE", passfile)
	opens("PGPASSFILE", login)
}

// A database that is not on the server is named, with the server.
func TestConnectToAMissingDatabaseNamesIt(t *testing.T) {
	u, err := url.Parse(pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/finns_inte"
	msg, err := openFails(t, u.String())
	if model.ErrorCode(err) != model.ENotFound || !strings.Contains(msg, "finns_inte") || !strings.Contains(msg, "127.0.0.1") {
		t.Errorf("%v (%s): %q", err, model.ErrorCode(err), msg)
	}
}

// A server that cannot be reached is EUnavailable, named, and says what
// failed: nothing listens on the port, or there is no such host.
func TestConnectToAServerNotThereSaysSoInWords(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	closed := pgurl.Server{Host: "127.0.0.1", Port: port, Database: "styrgrupp", User: "anna", TLS: pgurl.Disable}.URL()
	msg, err := openFails(t, closed)
	if !model.Unreachable(err) || !strings.Contains(msg, net.JoinHostPort("127.0.0.1", strconv.Itoa(port))) || !strings.Contains(msg, "ingen databasserver tar emot anslutningar") {
		t.Errorf("closed port: %v (%s): %q", err, model.ErrorCode(err), msg)
	}

	msg, err = openFails(t, pgurl.Server{Host: "styrgrupp-finns-inte.invalid", Database: "s", User: "anna"}.URL())
	var me *model.Error
	if !model.Unreachable(err) || !errors.As(err, &me) || !strings.Contains(msg, "styrgrupp-finns-inte.invalid") {
		t.Errorf("unknown host: %v (%s): %q", err, model.ErrorCode(err), msg)
	}
}
