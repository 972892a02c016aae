package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// TestMinutesWritesTheStoredProtocolUnchanged: once the store keeps a
// meeting's signed protocol, `minutes` writes that file byte for byte.
func TestMinutesWritesTheStoredProtocolUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	chair := signingtest.Identity(t, "Anna Andersson", "Älvstads kommun")
	adjuster := signingtest.Identity(t, "Erik Berg", "Älvstads kommun")
	s, m, ctx := testdemo.SignedOff(t, path, chair, adjuster)
	for _, id := range []*identity.Identity{adjuster, chair} {
		_, err := protocol.Sign(ctx, s, m.ID, id, protocol.Options{})
		must(t, err)
	}
	stored, err := s.Protocol(ctx, m.ID)
	must(t, err)
	must(t, s.Close())

	out := filepath.Join(t.TempDir(), "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", path, "--meeting", "1", "-o", out)
	got, err := os.ReadFile(out)
	must(t, err)
	if !bytes.Equal(got, stored) {
		t.Fatalf("minutes wrote %d bytes, not the stored protocol's %d", len(got), len(stored))
	}
}
