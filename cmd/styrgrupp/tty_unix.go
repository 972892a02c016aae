//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"os"
	"os/signal"

	"golang.org/x/sys/unix"
)

// readHidden reads a line from the terminal f with echo turned off.
// isTerminal is false, and nothing is read, when f is not a terminal.
// (golang.org/x/term does this too, but it is not among the module's
// requirements; golang.org/x/sys is.)
func readHidden(f *os.File) (line string, isTerminal bool, err error) {
	fd := int(f.Fd())
	old, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return "", false, nil
	}
	quiet := *old
	quiet.Lflag &^= unix.ECHO
	quiet.Lflag |= unix.ICANON | unix.ISIG
	quiet.Iflag |= unix.ICRNL
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, &quiet); err != nil {
		return "", true, err
	}
	restore := func() { _ = unix.IoctlSetTermios(fd, ioctlSetTermios, old) }
	defer restore()
	// Ctrl-C must not leave the terminal without echo.
	interrupted := make(chan os.Signal, 1)
	signal.Notify(interrupted, os.Interrupt)
	done := make(chan struct{})
	defer close(done)
	defer signal.Stop(interrupted)
	go func() {
		select {
		case <-interrupted:
			restore()
			os.Exit(130)
		case <-done:
		}
	}()
	line, err = readLine(f)
	return line, true, err
}
