package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestStorePasswordOnATerminalIsNotEchoed runs check on a server store
// with a terminal as standard input: the password is asked for on
// standard error, what is typed does not show, and the store opens.
func TestStorePasswordOnATerminalIsNotEchoed(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	login, user, _ := serverLogin(t, "rätt lösen")
	ptmx, tty := openPTY(t)
	cmd := exec.Command(realBinary(t), "check", "--store", login)
	cmd.Env = append(os.Environ(), "PGPASSWORD=", "PGPASSFILE="+os.Getenv("PGPASSFILE"))
	screen, stdout := answerOnTerminal(t, cmd, ptmx, tty, "rätt lösen", "Lösenord för "+user)
	if strings.Contains(screen, "lösen") {
		t.Errorf("the password was echoed: %q", screen)
	}
	if strings.Contains(stdout, "lösen") {
		t.Errorf("the password was printed: %s", stdout)
	}
}
