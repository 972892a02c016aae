package meeting

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// Once the group trusts an authority, the sign-off takes only an identity
// it issued: the chair's own self-signed identity, in the right name, is
// refused with the reason, and one the authority issued goes through.
func TestSignOffTakesOnlyATrustedIdentity(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	ca, err := identity.NewCA("Älvstads kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ts := f.store.(model.TrustStore)
	if _, err := identity.AddTrusted(context.Background(), ts,
		pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Certificate.Raw})); err != nil {
		t.Fatal(err)
	}
	roles := []model.Role{model.RoleChair, model.RoleAdjuster}
	picker := uikit.NewIdentityPicker(f.w.app, f.w.win)
	picker.Path().SetText(identityFile(t, "Anna Lindqvist", "lösen"))
	picker.Passphrase().SetText("lösen")
	err = f.w.signOff(mt, 0, roles, picker)
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "som gruppen inte litar på") {
		t.Fatalf("a self-signed identity with trust configured: %v", err)
	}
	if got := f.meeting(mt.ID); len(got.SignOffs) != 0 {
		t.Fatalf("sign-offs after a refused identity: %+v", got.SignOffs)
	}

	issued, err := ca.Issue("Anna Lindqvist", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	data, err := issued.Encode("lösen")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "anna-ca.p12")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	picker.Path().SetText(path)
	picker.Passphrase().SetText("lösen")
	if err := f.w.signOff(mt, 0, roles, picker); err != nil {
		t.Fatalf("the identity the authority issued: %v", err)
	}
	if got := f.meeting(mt.ID); len(got.SignOffs) != 1 {
		t.Fatalf("sign-offs: %+v", got.SignOffs)
	}
}

// An identity the trusted authority issued is still refused at sign-off
// when it has expired, is not yet valid, or is revoked, each with its
// reason.
func TestSignOffRefusesExpiredFutureAndRevokedIdentities(t *testing.T) {
	now := time.Now()
	ca, err := identity.NewCA("Älvstads kommun", now.AddDate(-5, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	expired, _ := ca.Issue("Anna Lindqvist", now.AddDate(-4, 0, 0))
	future, _ := ca.Issue("Anna Lindqvist", now.AddDate(1, 0, 0))
	revoked, _ := ca.Issue("Anna Lindqvist", now)
	crl, err := ca.RevocationList([]*x509.Certificate{revoked.Certificate}, 1, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		id   *identity.Identity
		want string
	}{
		{"expired", expired, "gäller"},
		{"not yet valid", future, "gäller"},
		{"revoked", revoked, "är spärrat sedan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newMeetingsFixture(t)
			mt := f.decidedMeeting()
			ts := f.store.(model.TrustStore)
			for _, file := range [][]byte{pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Certificate.Raw}), crl} {
				if _, err := identity.AddTrusted(context.Background(), ts, file); err != nil {
					t.Fatal(err)
				}
			}
			data, err := tc.id.Encode("lösen")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "anna.p12")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			picker := uikit.NewIdentityPicker(f.w.app, f.w.win)
			picker.Path().SetText(path)
			picker.Passphrase().SetText("lösen")
			err = f.w.signOff(mt, 0, []model.Role{model.RoleChair, model.RoleAdjuster}, picker)
			if msg := model.ErrorMessage(err, model.Swedish); err == nil || !strings.Contains(msg, tc.want) {
				t.Fatalf("sign-off with a %s identity: %v", tc.name, err)
			}
			if got := f.meeting(mt.ID); len(got.SignOffs) != 0 {
				t.Fatalf("sign-offs after a refused identity: %+v", got.SignOffs)
			}
		})
	}
}
