//go:build unix

package main

import (
	"os"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testuser"
)

// A store file that cannot be written, through the command line: as
// root, for whom permissions do not hold, the test runs again as the user
// nobody (asNobody). Unix only, as root is a Unix notion.

// TestCheckRefusesAReadOnlyFile runs again as nobody when run as root,
// whom permissions do not bind (asNobody).
func TestCheckRefusesAReadOnlyFile(t *testing.T) {
	if testuser.AsNobody(t) {
		return
	}
	path := demoFile(t)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(path, 0o644)
	checkRefuses(t, path, "fel: "+path+" är skrivskyddad, och Styrgrupp behöver kunna spara i den. "+
		"Ändra filens behörighet, eller kopiera filen till en mapp där du får spara och öppna kopian.\n")
}
