package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// lastByteRange returns the byte range of the last signature in a PDF:
// [a, a+b) and [c, c+d), everything but that signature's own /Contents.
func lastByteRange(t *testing.T, data []byte) [4]int {
	t.Helper()
	all := regexp.MustCompile(`/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]`).FindAllSubmatch(data, -1)
	if len(all) == 0 {
		t.Fatal("no /ByteRange in the signed file")
	}
	var r [4]int
	for i := range r {
		r[i], _ = strconv.Atoi(string(all[len(all)-1][i+1]))
	}
	if r[0] != 0 || r[2]+r[3] != len(data) {
		t.Fatalf("the last signature covers %v of %d bytes", r, len(data))
	}
	return r
}

// TestEveryChangedByteInSignedMinutesFailsVerify changes one byte at 100
// random places inside the signed range of demo minutes signed by the
// chair and the adjuster; verify must fail on every one.
func TestEveryChangedByteInSignedMinutesFailsVerify(t *testing.T) {
	dir := t.TempDir()
	store := demoFile(t)
	chair, adjuster := sigIdentity(t, dir, "Anna Lindqvist"), sigIdentity(t, dir, "Johan Berggren")
	signed := filepath.Join(dir, "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", store, "--meeting", "2026-10-14", "--sign", chair, "-o", signed)
	mustRun(t, exitOK, "sign", "--id", adjuster, signed)
	mustRun(t, exitOK, "verify", "--store", store, signed)
	data, err := os.ReadFile(signed)
	if err != nil {
		t.Fatal(err)
	}
	r := lastByteRange(t, data)
	rng := rand.New(rand.NewPCG(2026, 1125))
	tampered := filepath.Join(dir, "ändrad.pdf")
	passed := 0
	for i := 0; i < 100; i++ {
		at := rng.IntN(r[1] + r[3])
		if at >= r[1] {
			at = r[2] + at - r[1]
		}
		changed := append([]byte(nil), data...)
		changed[at] ^= byte(1 + rng.IntN(255))
		if err := os.WriteFile(tampered, changed, 0o600); err != nil {
			t.Fatal(err)
		}
		if code, stdout, _ := runCLI("verify", "--store", store, tampered); code == exitOK {
			passed++
			t.Errorf("verify passed with byte %d changed (%q → %q):\n%s", at, data[at], changed[at], stdout)
		}
	}
	t.Logf("100 single-byte changes inside the signed range: %d passed verify", passed)
}
