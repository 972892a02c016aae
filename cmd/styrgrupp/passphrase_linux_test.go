package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/styrgrupp/styrgrupp/model/identity"
)

// syncBuffer is a buffer the test reads while the program writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// openPTY returns a new pseudo-terminal's controlling side and its
// terminal.
func openPTY(t *testing.T) (ptmx, tty *os.File) {
	t.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	if err := unix.IoctlSetPointerInt(int(ptmx.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(ptmx.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tty.Close() })
	return ptmx, tty
}

// TestPassphraseOnATerminalIsNotEchoed runs identity new with a terminal
// as standard input: the prompts go to standard error, what is typed
// does not show on the terminal, and the identity is saved with it.
func TestPassphraseOnATerminalIsNotEchoed(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	ptmx, tty := openPTY(t)
	out := filepath.Join(t.TempDir(), "id.p12")
	cmd := exec.Command(realBinary(t), "identity", "new", "--name", "Eva Ek", "-o", out)
	cmd.Env = os.Environ()
	for i, kv := range cmd.Env {
		if strings.HasPrefix(kv, passphraseEnv+"=") {
			cmd.Env[i] = passphraseEnv + "X=" // unset
		}
	}
	screen, stdout := answerOnTerminal(t, cmd, ptmx, tty, "hemlig fras", "Välj en lösenfras", "en gång till")
	if strings.Contains(screen, "hemlig") {
		t.Errorf("the passphrase was echoed: %q", screen)
	}
	if !strings.Contains(stdout, "Signeringsidentiteten för Eva Ek är sparad") {
		t.Errorf("stdout %q", stdout)
	}
	if _, err := identity.Load(out, "hemlig fras"); err != nil {
		t.Errorf("the identity does not open with the passphrase typed: %v", err)
	}
}

// answerOnTerminal runs cmd with the terminal tty as its standard input,
// types answer into it (through ptmx) after each of prompts shows on its
// standard error, waits for it to end, and returns what the terminal
// showed (the test looks there for an echo of what was typed) and what
// it wrote to its standard output and error.
func answerOnTerminal(t *testing.T, cmd *exec.Cmd, ptmx, tty *os.File, answer string, prompts ...string) (screen, out string) {
	t.Helper()
	var stdout, stderr syncBuffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	shown := make(chan string)
	go func() {
		var b bytes.Buffer
		_, _ = io.Copy(&b, ptmx) // ends (EIO) when no one holds the terminal open
		shown <- b.String()
	}()
	for _, prompt := range prompts {
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(stderr.String(), prompt) && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond) // echo is off once the prompt is out and the read begins
		if _, err := ptmx.Write([]byte(answer + "\n")); err != nil {
			t.Fatal(err)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(cmd.Args[1:], " "), err, stderr.String())
	}
	tty.Close()
	return <-shown, stdout.String() + stderr.String()
}
