package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// The trusted files are kept byte for byte with their SHA-256, in the
// order they were added; the same file twice, an unknown kind and an
// empty file are refused; removing one leaves the others; each change
// has its audit row.
func testTrustedFiles(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	none, err := w.S.TrustedFiles(ctx)
	check(t, err)
	if len(none) != 0 {
		t.Fatalf("a new store trusts %v", none)
	}
	der := []byte{0x30, 0x82, 0x00, 0x00, 0xff, 0x00, 0x01}
	ca, err := w.S.AddTrustedFile(w.Clock.At("Anna Lindqvist"), model.TrustedFile{Kind: "ca", Name: " Kommunens CA ", DER: der})
	check(t, err)
	if ca.ID == 0 || ca.Name != "Kommunens CA" || !bytes.Equal(ca.DER, der) || ca.AddedBy != "Anna Lindqvist" ||
		!ca.AddedAt.Equal(w.Clock.Last()) ||
		ca.SHA256 != sha256Hex(der) {
		t.Fatalf("added %+v", ca)
	}
	crl, err := w.S.AddTrustedFile(w.Ctx(), model.TrustedFile{Kind: "crl", Name: "Kommunens CA", DER: []byte{1, 2, 3}})
	check(t, err)

	_, err = w.S.AddTrustedFile(w.Ctx(), model.TrustedFile{Kind: "ca", Name: "Igen", DER: der})
	wantCode(t, err, model.EConflict, "trust_exists")
	_, err = w.S.AddTrustedFile(w.Ctx(), model.TrustedFile{Kind: "key", Name: "Nyckel", DER: []byte{9}})
	wantCode(t, err, model.EInvalid, "trust_not_anchor")
	_, err = w.S.AddTrustedFile(w.Ctx(), model.TrustedFile{Kind: "ca", Name: "Tom"})
	wantCode(t, err, model.EInvalid, "trust_not_anchor")

	all, err := w.S.TrustedFiles(ctx)
	check(t, err)
	if len(all) != 2 || all[0].ID != ca.ID || all[1].ID != crl.ID || !bytes.Equal(all[1].DER, []byte{1, 2, 3}) {
		t.Fatalf("trusted %+v", all)
	}
	check(t, w.S.RemoveTrustedFile(w.Ctx(), ca.ID))
	wantCode(t, w.S.RemoveTrustedFile(w.Ctx(), ca.ID), model.ENotFound, "not_found")
	all, err = w.S.TrustedFiles(ctx)
	check(t, err)
	if len(all) != 1 || all[0].ID != crl.ID {
		t.Fatalf("after removing: %+v", all)
	}
	rows, err := w.S.Audit(ctx, "trust", "", 0)
	check(t, err)
	var actions []string
	for _, r := range rows {
		actions = append(actions, r.Action)
	}
	if len(actions) != 3 || actions[0] != "trust.remove" || actions[2] != "trust.add" {
		t.Errorf("audit %v", actions)
	}
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
