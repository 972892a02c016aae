package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
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
	var stdout, stderr syncBuffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	screen := make(chan string)
	go func() {
		var b bytes.Buffer
		_, _ = io.Copy(&b, ptmx) // ends (EIO) when no one holds the terminal open
		screen <- b.String()
	}()
	prompt := "Lösenord för " + user
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(stderr.String(), prompt) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // echo is off once the prompt is out and the read begins
	if _, err := ptmx.Write([]byte("rätt lösen\n")); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("check: %v\n%s", err, stderr.String())
	}
	tty.Close()
	if s := <-screen; strings.Contains(s, "lösen") {
		t.Errorf("the password was echoed: %q", s)
	}
	if strings.Contains(stdout.String()+stderr.String(), "lösen") {
		t.Errorf("the password was printed: %s %s", stdout.String(), stderr.String())
	}
}
