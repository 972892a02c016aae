package document_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// meetingWithItems returns the demo's first meeting with items that is not
// signed off.
func meetingWithItems(t *testing.T, s model.MeetingStore) model.Meeting {
	t.Helper()
	ms, err := s.Meetings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if len(m.Items) > 0 && !m.SignedOff() {
			return m
		}
	}
	t.Fatal("the demo has no open meeting with items")
	return model.Meeting{}
}

func newIdentity(t *testing.T) *identity.Identity {
	t.Helper()
	id, err := identity.New("Leila Rahimi", "Älvstads kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestWriteSignsEachKindAndVerifyMatchesTheStore(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	mt := meetingWithItems(t, s)
	dir := t.TempDir()
	for _, r := range []document.Request{
		{Kind: pdf.KindMinutes, Meeting: mt.ID},
		{Kind: pdf.KindExtract, Meeting: mt.ID, Section: mt.Items[0].Number},
		{Kind: pdf.KindBasis, Ref: " 1.1 "},
	} {
		r.Signer, r.Reason = newIdentity(t), "Justering"
		r.Out = outfile.Target{Path: filepath.Join(dir, string(r.Kind)+".pdf"), Store: s.Path()}
		res, err := document.Write(ctx, s, r)
		if err != nil {
			t.Fatalf("%s: %v", r.Kind, err)
		}
		if res.Stored || res.Manifest.Kind != r.Kind {
			t.Errorf("%s: result %+v", r.Kind, res)
		}
		doc, err := os.ReadFile(r.Out.Path)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := document.Verify(ctx, s, doc)
		if err != nil {
			t.Fatalf("%s: %v", r.Kind, err)
		}
		if !rep.OK() || rep.Store == nil || len(rep.Signatures.Signatures) != 1 {
			t.Errorf("%s: %s", r.Kind, strings.Join(rep.Lines(model.Swedish), "\n"))
		}
		if got := rep.Signatures.Signatures[0].Reason; got != "Justering" {
			t.Errorf("%s: reason %q", r.Kind, got)
		}
		lines := strings.Join(rep.Lines(model.English), "\n")
		if !strings.Contains(lines, "Signature 1: Leila Rahimi (Älvstads kommun)") || !strings.Contains(lines, "The fingerprints match the database") ||
			!strings.HasSuffix(lines, "ok: every signature holds") {
			t.Errorf("%s in English:\n%s", r.Kind, lines)
		}
	}
}

func TestVerifyAgainstAnotherStoreSaysWhatDoesNotMatch(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	path := filepath.Join(t.TempDir(), "b.pdf")
	if _, err := document.Write(ctx, s, document.Request{Kind: pdf.KindBasis, Ref: "1.1", Out: outfile.Target{Path: path}, Signer: newIdentity(t)}); err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	other, err := sqlite.Open(filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	rep, err := document.Verify(ctx, other, doc)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || rep.Store.OK() || len(rep.Store.Mismatches) != 1 || rep.Store.Mismatches[0].Key != "verify_proposal_missing" {
		t.Fatalf("report %+v", rep.Store)
	}
	sv := strings.Join(rep.Lines(model.Swedish), "\n")
	if !strings.Contains(sv, "STÄMMER INTE: 1.1 version ") || !strings.Contains(sv, "förslaget 1.1 finns inte i databasen") ||
		!strings.HasSuffix(sv, "KONTROLLEN MISSLYCKADES") {
		t.Errorf("in Swedish:\n%s", sv)
	}
	// Without a store only the signatures are checked.
	if rep, err := document.Verify(ctx, nil, doc); err != nil || rep.Store != nil || !rep.OK() {
		t.Errorf("without a store: %+v, %v", rep, err)
	}
}

func TestWriteLeavesNoHalfFileAndNeverTheStore(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	mt := meetingWithItems(t, s)
	dir := t.TempDir()
	out := filepath.Join(dir, "p.pdf")
	if err := os.WriteFile(out, []byte("%PDF-1.3 the old file"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := document.Write(ctx, s, document.Request{Kind: pdf.KindExtract, Meeting: mt.ID, Section: 9999, Out: outfile.Target{Path: out}})
	if model.ErrorCode(err) != model.EInvalid || !strings.Contains(model.ErrorMessage(err, model.Swedish), "ingen § 9999") {
		t.Fatalf("an extract of a missing §: %v", err)
	}
	if b, _ := os.ReadFile(out); !bytes.Equal(b, []byte("%PDF-1.3 the old file")) {
		t.Errorf("the old file became %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files", len(entries))
	}
	if _, err := document.Write(ctx, s, document.Request{Kind: pdf.KindBasis, Ref: "9.9", Out: outfile.Target{Path: out}}); model.ErrorCode(err) != model.ENotFound {
		t.Errorf("a basis of a missing proposal: %v", err)
	}
	if _, err := document.Write(ctx, s, document.Request{Kind: pdf.KindMinutes, Meeting: mt.ID, Out: outfile.Target{Path: s.Path(), Store: s.Path()}}); err == nil {
		t.Error("the minutes were written over the store")
	}
	if _, err := document.Write(ctx, s, document.Request{Kind: pdf.KindMinutes, Meeting: mt.ID, Out: outfile.Target{Path: out}}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("%PDF-")) || bytes.Contains(b, []byte("the old file")) {
		t.Error("the minutes did not replace the old file")
	}
}

func TestFindMeetingByNumberOrDate(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	mt := meetingWithItems(t, s)
	day := mt.StartsAt.In(model.Stockholm).Format("2006-01-02")
	for _, name := range []string{" " + day + " ", strconv.FormatInt(mt.ID, 10)} {
		if got, err := document.FindMeeting(ctx, s, name); err != nil || got.ID != mt.ID {
			t.Errorf("%q: meeting %d, %v", name, got.ID, err)
		}
	}
	for name, want := range map[string]string{
		"99":         "inget sammanträde med nummer 99",
		"1999-01-01": "inget sammanträde den 1999-01-01",
		"nästa":      "varken ett sammanträdes nummer eller ett datum",
	} {
		_, err := document.FindMeeting(ctx, s, name)
		if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, want) {
			t.Errorf("%q: %q", name, msg)
		}
	}
}

func TestSignWithoutIdentityIsTheDocument(t *testing.T) {
	doc := []byte("%PDF-1.3 x")
	if got, err := document.Sign(doc, nil, signing.SignOptions{}); err != nil || !bytes.Equal(got, doc) {
		t.Errorf("%q, %v", got, err)
	}
}

func TestWriteExportWritesEachFormatAndRefusesTheStore(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	dir := t.TempDir()
	for f, head := range map[document.ExportFormat]string{document.JSON: "{", document.CSV: "\ufeff", document.DOCX: "PK\x03\x04"} {
		path := filepath.Join(dir, "export."+string(f))
		e, err := document.WriteExport(ctx, s, f, model.Swedish, outfile.Target{Path: path, Store: s.Path()})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		b, _ := os.ReadFile(path)
		if len(e.Proposals) == 0 || !strings.HasPrefix(string(b), head) {
			t.Errorf("%s: %d proposals, file begins %q", f, len(e.Proposals), b[:min(len(b), 10)])
		}
	}
	if _, err := document.WriteExport(ctx, s, document.JSON, model.Swedish, outfile.Target{Path: s.Path(), Store: s.Path()}); err == nil {
		t.Error("the export was written over the store")
	}
}
