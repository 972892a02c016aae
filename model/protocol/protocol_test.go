package protocol_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// signedOff makes a store with one meeting whose one item is decided and
// whose minutes the chair and the adjuster signed off with their
// identities.
func signedOff(t *testing.T, chair, adjuster *identity.Identity) (*sqlite.Store, model.Meeting) {
	t.Helper()
	s, m, _ := testdemo.SignedOff(t, filepath.Join(t.TempDir(), "s.db"), chair, adjuster)
	t.Cleanup(func() { s.Close() })
	return s, m
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestChairAndAdjusterSignTheSameProtocolInTurn(t *testing.T) {
	chair := signingtest.Identity(t, "Anna Andersson", "Älvstads kommun")
	adjuster := signingtest.Identity(t, "Erik Berg", "Älvstads kommun")
	s, m := signedOff(t, chair, adjuster)
	ctx := context.Background()
	opts := protocol.Options{Reason: "Justering av protokoll"}

	st, err := protocol.StatusOf(ctx, s, m)
	must(t, err)
	if st.Stored || len(st.Missing) != 2 || st.Done() {
		t.Fatalf("before any signature: %+v", st)
	}
	first, err := protocol.Sign(ctx, s, m.ID, chair, opts)
	must(t, err)
	st, err = protocol.StatusOf(ctx, s, m)
	must(t, err)
	if !st.Stored || !st.SignedBy(model.RoleChair) || st.SignedBy(model.RoleAdjuster) || st.Done() {
		t.Fatalf("after the chair: %+v", st)
	}
	second, err := protocol.Sign(ctx, s, m.ID, adjuster, opts)
	must(t, err)
	if !strings.HasPrefix(string(second), string(first)) {
		t.Fatal("the adjuster's protocol does not extend the chair's")
	}
	stored, err := s.Protocol(ctx, m.ID)
	must(t, err)
	if string(stored) != string(second) {
		t.Fatal("the store does not keep the protocol Sign returned")
	}
	r, err := signing.Verify(stored)
	must(t, err)
	if len(r.Signatures) != 2 || !r.OK() {
		t.Fatalf("signatures: %+v", r)
	}
	for i, want := range []*identity.Identity{chair, adjuster} {
		if sig := r.Signatures[i]; !sig.Valid || sig.Fingerprint != want.Fingerprint() {
			t.Errorf("signature %d: %s valid=%v, want %s", i+1, sig.Name, sig.Valid, want.Name())
		}
	}
	if last := r.Signatures[1]; last.SignedEnd != int64(len(stored)) {
		t.Errorf("the last signature covers %d of %d bytes", last.SignedEnd, len(stored))
	}
	st, err = protocol.StatusOf(ctx, s, m)
	must(t, err)
	if !st.Done() {
		t.Fatalf("after both: %+v", st)
	}

	_, err = protocol.Sign(ctx, s, m.ID, adjuster, opts)
	wantKey(t, err, "protocol_signed_twice")
	_, err = protocol.Sign(ctx, s, m.ID, signingtest.Identity(t, "Anna Andersson", "Älvstads kommun"), opts)
	wantKey(t, err, "protocol_not_signer") // the same name, another certificate
	if after, _ := s.Protocol(ctx, m.ID); string(after) != string(stored) {
		t.Error("a refused signature changed the stored protocol")
	}
	rep, err := s.Check(ctx)
	must(t, err)
	if !rep.OK() {
		t.Errorf("check: %+v", rep)
	}
}

func TestAThirdIdentityCannotStartTheProtocol(t *testing.T) {
	chair := signingtest.Identity(t, "Anna Andersson", "Älvstads kommun")
	s, m := signedOff(t, chair, signingtest.Identity(t, "Erik Berg", "Älvstads kommun"))
	_, err := protocol.Sign(context.Background(), s, m.ID, signingtest.Identity(t, "Bo Ek", "Älvstads kommun"), protocol.Options{})
	wantKey(t, err, "protocol_not_signer")
	if doc, _ := s.Protocol(context.Background(), m.ID); doc != nil {
		t.Error("a refused signer stored a protocol")
	}
}

func wantKey(t *testing.T, err error, key string) {
	t.Helper()
	e, ok := err.(*model.Error)
	if !ok || e.Key != key {
		t.Fatalf("got %v, want the error %s", err, key)
	}
}
