package main

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
)

// serverLogin returns the URL, without a password, of a new database on
// the test cluster for a login of its own whose password is password,
// with neither PGPASSWORD nor a password file giving it.
func serverLogin(t *testing.T, password string) (login, user, server string) {
	t.Helper()
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "ingen-pgpass"))
	login = pgtest.Login(t, pgtest.URL(t), password)
	u, err := url.Parse(login)
	must(t, err)
	return login, u.User.Username(), u.Host
}

// withStdin makes stdin read text and tells the program whether it is a
// terminal.
func withStdin(t *testing.T, text string, terminal bool) {
	oldIn, oldTerm := stdin, stdinIsTerminal
	t.Cleanup(func() { stdin, stdinIsTerminal = oldIn, oldTerm })
	stdin = strings.NewReader(text)
	stdinIsTerminal = func() bool { return terminal }
}

// Without a terminal to ask on, a store whose server wants a password
// fails with a message that names the server and the login and says how
// to give the password.
func TestStoreWithoutPasswordOffATerminalSaysHowToGiveIt(t *testing.T) {
	login, user, server := serverLogin(t, "rätt lösen")
	withStdin(t, "rätt lösen\n", false)
	code, _, stderr := runCLI("check", "--store", login)
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	for _, want := range []string{server, user, "~/.pgpass", "PGPASSFILE", "PGPASSWORD", "ingen terminal"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "Lösenord för") {
		t.Errorf("asked for the password without a terminal:\n%s", stderr)
	}

	withStdin(t, "", false)
	code, _, stderr = runCLI("check", "--store", login, "--lang", "en")
	if code != exitUsage || !strings.Contains(stderr, "no terminal to ask for it on") {
		t.Errorf("in English: exit %d:\n%s", code, stderr)
	}
}

// On a terminal the password is asked for, naming the login and the
// server, and asked again when the server does not accept it; the store
// then opens. What is typed is never printed.
func TestStorePasswordIsAskedOnTheTerminalAgainWhenWrong(t *testing.T) {
	login, user, server := serverLogin(t, "rätt lösen")
	withStdin(t, "fel lösen\nrätt lösen\n", true)
	code, stdout, stderr := runCLI("check", "--store", login)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	prompt := "Lösenord för " + user + " på " + server + ": "
	if strings.Count(stderr, prompt) != 2 || !strings.Contains(stderr, "godtog inte lösenordet") {
		t.Errorf("stderr does not ask twice with %q and say the first was wrong:\n%s", prompt, stderr)
	}
	if strings.Contains(stdout+stderr, "lösen\n") || strings.Contains(stdout+stderr, "rätt lösen") {
		t.Errorf("the password was printed:\n%s\n%s", stdout, stderr)
	}

	withStdin(t, "ett\ntvå\ntre\nfyra\n", true)
	code, _, stderr = runCLI("check", "--store", login)
	if code != exitUsage || strings.Count(stderr, prompt) != passwordTries {
		t.Errorf("three wrong passwords: exit %d, asked %d times:\n%s", code, strings.Count(stderr, prompt), stderr)
	}
}

// The window's opener never asks on the terminal: it gives the window the
// server's "password required", which the window asks for in a dialog,
// and opens the store with the password the dialog puts in the URL.
func TestStoreOpenerForTheWindowLeavesThePasswordToTheWindow(t *testing.T) {
	login, _, _ := serverLogin(t, "rätt lösen")
	withStdin(t, "rätt lösen\n", true)
	if _, err := openStoreForWindow(login); !model.PasswordRequired(err) {
		t.Fatalf("without a password: %v, want store_password_required", err)
	}
	s, err := openStoreForWindow(pgurl.WithPassword(login, "rätt lösen"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != pgurl.Redact(login) {
		t.Errorf("the store names itself %s, want %s", s.Path(), pgurl.Redact(login))
	}
}
