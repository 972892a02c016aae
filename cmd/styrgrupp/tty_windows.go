package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// readHidden reads a line from the console f with echo turned off.
// isTerminal is false, and nothing is read, when f is not a console.
func readHidden(f *os.File) (line string, isTerminal bool, err error) {
	h := windows.Handle(f.Fd())
	var mode uint32
	if err := windows.GetConsoleMode(h, &mode); err != nil {
		return "", false, nil
	}
	quiet := mode&^windows.ENABLE_ECHO_INPUT | windows.ENABLE_PROCESSED_INPUT | windows.ENABLE_LINE_INPUT
	if err := windows.SetConsoleMode(h, quiet); err != nil {
		return "", true, err
	}
	defer func() { _ = windows.SetConsoleMode(h, mode) }()
	line, err = readLine(f)
	return line, true, err
}
