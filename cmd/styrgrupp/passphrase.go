package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"golang.org/x/term"

	"github.com/styrgrupp/styrgrupp/model/identity"
)

// passphraseEnv names the variable that gives scripts the passphrase of a
// signing identity (DESIGN.md §5); without it the passphrase is asked for.
const passphraseEnv = "STYRGRUPP_PASSPHRASE"

// stdin is where passphrases are read when the variable is not set; tests
// replace it.
var stdin io.Reader = os.Stdin

// errPassphraseMismatch says the two passphrases typed were not the same.
var errPassphraseMismatch = errors.New("passphrases differ")

// newPassphrase returns the passphrase for a new identity: the variable's,
// or one typed twice without echo.
func newPassphrase(path string, stderr io.Writer) (string, error) {
	if p, ok := os.LookupEnv(passphraseEnv); ok {
		return p, nil
	}
	p, err := askPassphrase(msg("cli.passphrase_choose", path), stderr)
	if err != nil {
		return "", err
	}
	again, err := askPassphrase(msg("cli.passphrase_again"), stderr)
	if err != nil {
		return "", err
	}
	if p != again {
		return "", errPassphraseMismatch
	}
	return p, nil
}

// loadIdentity reads the identity at path with the variable's passphrase
// or, failing that, one typed on the terminal, asking up to three times
// when it is wrong.
func loadIdentity(path string, stderr io.Writer) (*identity.Identity, error) {
	if p, ok := os.LookupEnv(passphraseEnv); ok {
		return identity.Load(path, p)
	}
	if _, err := os.Stat(path); err != nil {
		return identity.Load(path, "") // the error names the file
	}
	var err error
	for try := 0; try < 3; try++ {
		var p string
		if p, err = askPassphrase(msg("cli.passphrase_for", path), stderr); err != nil {
			return nil, err
		}
		var id *identity.Identity
		if id, err = identity.Load(path, p); err == nil || !identity.IsWrongPassphrase(err) {
			return id, err
		}
		fmt.Fprintln(stderr, msg("identity_wrong_passphrase"))
	}
	return nil, err
}

// askPassphrase writes prompt to stderr and reads one line from stdin,
// without echo when stdin is a terminal.
func askPassphrase(prompt string, stderr io.Writer) (string, error) {
	fmt.Fprint(stderr, prompt)
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		line, err := readHidden(int(f.Fd()))
		fmt.Fprintln(stderr)
		return line, err
	}
	return readLine(stdin)
}

// readHidden reads a line from the terminal fd with echo turned off
// (term.ReadPassword), and turns echo back on when Ctrl-C ends the
// program while it waits.
func readHidden(fd int) (string, error) {
	if old, err := term.GetState(fd); err == nil {
		interrupted := make(chan os.Signal, 1)
		signal.Notify(interrupted, os.Interrupt)
		done := make(chan struct{})
		defer close(done)
		defer signal.Stop(interrupted)
		go func() {
			select {
			case <-interrupted:
				_ = term.Restore(fd, old)
				os.Exit(130)
			case <-done:
			}
		}()
	}
	line, err := term.ReadPassword(fd)
	return string(line), err
}

// readLine reads up to a line feed, a byte at a time so that nothing after
// the line is consumed, and drops the line ending.
func readLine(r io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 1)
	for {
		n, err := r.Read(buf)
		if n == 1 {
			if buf[0] == '\n' {
				break
			}
			b.WriteByte(buf[0])
		}
		if err == io.EOF {
			if b.Len() == 0 {
				return "", fmt.Errorf("no passphrase given: %w", err)
			}
			break
		}
		if err != nil {
			return "", err
		}
	}
	return strings.TrimSuffix(b.String(), "\r"), nil
}
