package main

import (
	"net"
	"path/filepath"
	"strings"
	"testing"
)

// A command on a server that cannot be reached exits non-zero and says
// which server, what failed and what to do, without the password; no
// cluster is needed: the port is one nobody listens on.
func TestUnreachableServerIsNamedInWords(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	store := "postgres://anna:hemligt@" + addr + "/styrgrupp?sslmode=disable"
	want := "fel: Servern " + addr + " svarar inte (ingen databasserver tar emot anslutningar på den adressen). " +
		"Kommandot avbröts utan att något halvfärdigt sparades; kör det igen när servern svarar. " +
		"Kontrollera nätverket eller fråga IT om servern är igång.\n"
	for _, args := range [][]string{
		{"check", "--store", store},
		{"export", "--store", store, "--format", "json"},
		{"backup", "--store", store, "-o", filepath.Join(t.TempDir(), "kopia.db")},
	} {
		code, stdout, stderr := runCLI(args...)
		if code == exitOK || stdout != "" || !strings.HasPrefix(stderr, want) {
			t.Errorf("%s exited %d, stdout %q, stderr\n got %q\nwant %q…", args[0], code, stdout, stderr, want)
		}
		if strings.Contains(stderr, "hemligt") {
			t.Errorf("%s printed the password: %s", args[0], stderr)
		}
	}
}
