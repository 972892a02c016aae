//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package main

import "os"

// readHidden cannot turn echo off here; the passphrase is read as a plain
// line (and shows on the screen).
func readHidden(*os.File) (string, bool, error) { return "", false, nil }
