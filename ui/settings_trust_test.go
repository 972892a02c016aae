package ui

import (
	"context"
	"encoding/pem"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// Inställningar → Signering adds an authority and its revocation list to
// the store, refuses a member's certificate with the reason, and removes
// what is no longer trusted.
func TestSettingsSigningKeepsWhatTheGroupTrusts(t *testing.T) {
	_, s, d := openSettings(t, nil)
	if d.trust == nil || d.tabs.Items[len(d.tabs.Items)-1].Text != "Signering" {
		t.Fatal("no Signering tab")
	}
	if d.trust.empty.Hidden || d.trust.list.Length() != 0 {
		t.Fatal("a new store shows trusted files")
	}
	ca, err := identity.NewCA("Bollnäs kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	member, err := ca.Issue("Anna Lindqvist", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	d.trust.addFile(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: member.Certificate.Raw}))
	if d.trust.message.Hidden || d.trust.message.Text != "Anna Lindqvist är inget utfärdarcertifikat (CA): bara en certifikatutfärdares certifikat kan betros." {
		t.Fatalf("a member's certificate: %q", d.trust.message.Text)
	}
	d.trust.addFile(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Certificate.Raw}))
	crl, err := ca.RevocationList(nil, 1, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	d.trust.addFile(crl)
	if !d.trust.message.Hidden || d.trust.list.Length() != 2 || !d.trust.empty.Hidden {
		t.Fatalf("after adding: message %q, %d rows", d.trust.message.Text, d.trust.list.Length())
	}
	if name, details := trustedFileLines(d.trust.files[0]); name != "Utfärdare · Bollnäs kommun Styrgrupp CA" ||
		!strings.HasPrefix(details, "SHA-256 "+model.ShortFingerprint(d.trust.files[0].SHA256)+" · inlagd ") {
		t.Errorf("row %q, %q", name, details)
	}
	if d.trust.remove.Disabled() == false {
		t.Error("Ta bort is offered with nothing chosen")
	}
	d.trust.list.Select(1)
	if d.trust.remove.Disabled() {
		t.Fatal("Ta bort is not offered for the chosen file")
	}
	test.Tap(d.trust.remove)
	d.trust.removeFile(d.trust.files[1].ID)
	files, err := s.TrustedFiles(context.Background())
	if err != nil || len(files) != 1 || files[0].Kind != "ca" || d.trust.list.Length() != 1 {
		t.Fatalf("after removing the list: %+v %v", files, err)
	}
}

// A member of a shared store sees what the group trusts but cannot
// change it.
func TestSettingsSigningIsReadOnlyForAMember(t *testing.T) {
	_, _, d := openSettings(t, nil)
	d.readOnlyMembers()
	if !d.trust.add.Disabled() || !d.trust.remove.Disabled() {
		t.Error("a member may change the trust")
	}
}

// An issuer with a long name has its name cut in the list, never its
// fingerprint, which the user compares with what IT gave them.
func TestSettingsSigningShowsTheWholeFingerprintBesideALongName(t *testing.T) {
	_, _, d := openSettings(t, nil)
	ca, err := identity.NewCA("Bollnäs kommun, kommunledningskontoret, IT-avdelningen för hela den kommunala förvaltningen", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	d.trust.addFile(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Certificate.Raw}))
	d.tabs.SelectIndex(len(d.tabs.Items) - 1)
	row := d.trust.list.CreateItem()
	row.Resize(fyne.NewSize(700, row.MinSize().Height))
	d.trust.list.UpdateItem(0, row)
	lines := row.(*fyne.Container).Objects
	name, details := widgets.CutLabel(lines[0]), widgets.CutLabel(lines[1])
	if name.Truncation == fyne.TextTruncateOff {
		t.Errorf("the long name %q is not cut at 700 px", name.Text)
	}
	if details.Truncation != fyne.TextTruncateOff || !strings.Contains(details.Text, model.ShortFingerprint(ca.Fingerprint())) {
		t.Errorf("the fingerprint line %q is cut (%v) or lacks the fingerprint", details.Text, details.Truncation)
	}
}
