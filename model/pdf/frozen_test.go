package pdf_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// TestSignedMinutesAreBuiltFromTheFrozenRecord renames the chair of the
// demo's signed-off meeting after its sign-off: the minutes still name
// the chair as they were that day, and carry the minutes fingerprint.
func TestSignedMinutesAreBuiltFromTheFrozenRecord(t *testing.T) {
	ctx := context.Background()
	s := testdemo.Store(t)
	rec, err := s.MinutesRecord(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	chair, err := s.Member(ctx, rec.Minutes.Meeting.ChairID)
	if err != nil {
		t.Fatal(err)
	}
	renamed := chair
	renamed.Name = "Någon Annan"
	if _, err := s.UpdateMember(ctx, renamed); err != nil {
		t.Fatal(err)
	}
	in, err := pdf.LoadMinutes(ctx, s, 1)
	if err != nil {
		t.Fatal(err)
	}
	if in.Record == nil || in.Members[chair.ID].Name != chair.Name {
		t.Fatalf("the minutes name the chair %q, want %q as frozen", in.Members[chair.ID].Name, chair.Name)
	}
	var doc bytes.Buffer
	man, err := pdf.Minutes(&doc, in, pdf.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if man.MinutesFingerprint != rec.Fingerprint || man.AuditSeq != rec.AuditSeq || man.AuditHash != rec.AuditHash {
		t.Errorf("manifest %+v lacks the record's fingerprint %s", man, rec.Fingerprint)
	}
	back, ok, err := pdf.ParseManifest(man.String())
	if !ok || err != nil || back.MinutesFingerprint != rec.Fingerprint || back.AuditSeq != rec.AuditSeq {
		t.Errorf("the manifest does not read back: %+v %v", back, err)
	}
	if open, err := pdf.LoadMinutes(ctx, s, 2); err != nil || open.Record != nil {
		t.Errorf("the open meeting's minutes: %+v, %v", open.Record, err)
	}
}
