package document_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// writeDoc writes the document r names, signed, and returns its bytes
// and path.
func writeDoc(t *testing.T, s *sqlite.Store, r document.Request) ([]byte, string) {
	t.Helper()
	r.Signer, r.Reason = newIdentity(t), "Justering"
	r.Out = outfile.Target{Path: filepath.Join(t.TempDir(), string(r.Kind)+".pdf")}
	if _, err := document.Write(context.Background(), s, r); err != nil {
		t.Fatalf("%s: %v", r.Kind, err)
	}
	doc, err := os.ReadFile(r.Out.Path)
	if err != nil {
		t.Fatal(err)
	}
	return doc, r.Out.Path
}

// attachment returns the beslut.json doc carries, read by the verifier's
// own reader, and decoded.
func attachment(t *testing.T, doc []byte) ([]byte, model.Export) {
	t.Helper()
	files, err := signing.Attachments(doc)
	if err != nil {
		t.Fatal(err)
	}
	raw, ok := files[pdf.AttachmentName]
	if !ok || len(files) != 1 {
		t.Fatalf("the document carries %d files, want only %s", len(files), pdf.AttachmentName)
	}
	var e model.Export
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatalf("%s: %v\n%s", pdf.AttachmentName, err, raw)
	}
	return raw, e
}

// encoded is e as the export writes it.
func encoded(t *testing.T, e model.Export) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := model.WriteExportJSON(&b, e); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func fullExport(t *testing.T, s document.ExportSource) model.Export {
	t.Helper()
	e, err := document.Export(context.Background(), s, document.JSON, model.Swedish, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// The minutes and an extract of the signed-off meeting and a decision
// basis each carry beslut.json. It is, byte for byte, the export's
// encoding (model.WriteExportJSON) of what the store gives for that
// document, with only exported_at, the moment the document was made,
// taken from the file; and each decision in it is, byte for byte, the one
// `export --format json` writes for that proposal, meeting and §.
func TestEachDocumentCarriesItsDecisionsAsTheExportWritesThem(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	export := fullExport(t, s)
	exported := map[string]model.ExportedProposal{}
	for _, p := range export.Proposals {
		exported[p.Ref] = p
	}
	in, err := pdf.LoadMinutes(ctx, s, 1)
	if err != nil || in.Record == nil {
		t.Fatalf("the demo's meeting 1 is not signed off: %v", err)
	}
	section := in.Meeting.Items[0].Number

	reserved := false
	for _, r := range []document.Request{
		{Kind: pdf.KindMinutes, Meeting: 1},
		{Kind: pdf.KindExtract, Meeting: 1, Section: section},
	} {
		doc, _ := writeDoc(t, s, r)
		raw, got := attachment(t, doc)
		want := pdf.MeetingDecisions(in, r.Section)
		want.ExportedAt = got.ExportedAt
		if !bytes.Equal(raw, encoded(t, want)) {
			t.Errorf("%s: beslut.json differs from the store's:\n%s", r.Kind, raw)
		}
		m := got.Meeting
		if got.FormatVersion != model.ExportVersion || m == nil || m.ID != 1 || !m.SignedOff || m.MinutesFingerprint != in.Record.Fingerprint {
			t.Fatalf("%s: %+v", r.Kind, got)
		}
		if r.Kind == pdf.KindExtract && (len(m.Items) != 1 || m.Items[0].Section != section) {
			t.Errorf("the extract's beslut.json holds %+v, want § %d only", m.Items, section)
		}
		for _, it := range m.Items {
			if it.Decision == nil {
				continue
			}
			if d := it.Decision; d.Fingerprint != it.Fingerprint || d.Revision != it.Revision {
				t.Errorf("§ %d: decided on %d %s, prints %d %s", it.Section, d.Revision, d.Fingerprint, it.Revision, it.Fingerprint)
			}
			found := false
			for _, d := range exported[it.Ref].Decisions {
				if d.Meeting == 1 && d.Section == it.Section {
					found = true
					if a, b := encodedDecision(t, *it.Decision), encodedDecision(t, d); !bytes.Equal(a, b) {
						t.Errorf("§ %d: the attachment has\n%s\nthe export\n%s", it.Section, a, b)
					}
				}
			}
			if !found {
				t.Errorf("§ %d (%s): the export has no such decision", it.Section, it.Ref)
			}
			for _, res := range it.Decision.Reservations {
				reserved = reserved || (res.Member != "" && !strings.HasPrefix(res.Member, "#") && res.Text != "")
			}
		}
	}
	if !reserved {
		t.Error("no decision of the demo's signed-off meeting carries a reservation by a named member")
	}

	doc, _ := writeDoc(t, s, document.Request{Kind: pdf.KindBasis, Ref: "2.1"})
	raw, got := attachment(t, doc)
	want := model.Export{FormatVersion: model.ExportVersion, ExportedAt: got.ExportedAt, Proposals: []model.ExportedProposal{exported["2.1"]}}
	if len(exported["2.1"].Decisions) == 0 || !bytes.Equal(raw, encoded(t, want)) {
		t.Errorf("the basis's beslut.json is not the export of 2.1:\n%s\nwant\n%s", raw, encoded(t, want))
	}
}

func encodedDecision(t *testing.T, d model.ExportedDecision) []byte {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Outside tools see the attachment: pdfdetach lists beslut.json and saves
// the very bytes the verifier reads, and qpdf finds the file sound.
func TestPdfdetachListsAndSavesTheDecisions(t *testing.T) {
	signingtest.Need(t, "pdfdetach")
	s := testdemo.Store(t)
	open := meetingWithItems(t, s)
	for _, r := range []document.Request{
		{Kind: pdf.KindMinutes, Meeting: 1},
		{Kind: pdf.KindExtract, Meeting: open.ID, Section: open.Items[0].Number},
		{Kind: pdf.KindBasis, Ref: "1.1"},
	} {
		doc, path := writeDoc(t, s, r)
		out, err := exec.Command("pdfdetach", "-list", path).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "1 embedded files") || !strings.Contains(string(out), "1: beslut.json") {
			t.Fatalf("%s: pdfdetach -list: %v\n%s", r.Kind, err, out)
		}
		saved := filepath.Join(t.TempDir(), "x.json")
		if out, err := exec.Command("pdfdetach", "-save", "1", "-o", saved, path).CombinedOutput(); err != nil {
			t.Fatalf("pdfdetach -save: %v\n%s", err, out)
		}
		b, err := os.ReadFile(saved)
		raw, _ := attachment(t, doc)
		if err != nil || !bytes.Equal(b, raw) {
			t.Errorf("%s: pdfdetach saved %d bytes, the verifier reads %d", r.Kind, len(b), len(raw))
		}
		signingtest.QpdfCheck(t, path)
	}
}

// embeddedStream finds beslut.json's stream in doc by its content: the
// object /Type /EmbeddedFile whose stream inflates to raw. gofpdf always
// compresses an attachment (FlateDecode). It returns where the stream's
// bytes begin and end.
func embeddedStream(t *testing.T, doc, raw []byte) (int, int) {
	t.Helper()
	at := bytes.Index(doc, []byte("/Type /EmbeddedFile /Length "))
	if at < 0 || bytes.Count(doc, []byte("/Type /EmbeddedFile ")) != 1 {
		t.Fatal("no single /EmbeddedFile object in the document")
	}
	n, err := strconv.Atoi(regexp.MustCompile(`^\d+`).FindString(string(doc[at+len("/Type /EmbeddedFile /Length "):])))
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(doc[at:], []byte("stream\n")) + at + len("stream\n")
	zr, err := zlib.NewReader(bytes.NewReader(doc[start : start+n]))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(plain, raw) {
		t.Fatalf("the /EmbeddedFile stream is not beslut.json: %v", err)
	}
	return start, start + n
}

// A byte changed in the embedded decisions of signed minutes breaks the
// signature, for styrgrupp's verifier and for pdfsig: the attachment is
// part of the revision the signature covers.
func TestAChangedByteInTheAttachmentBreaksTheSignature(t *testing.T) {
	s := testdemo.Store(t)
	doc, _ := writeDoc(t, s, document.Request{Kind: pdf.KindMinutes, Meeting: 1})
	raw, _ := attachment(t, doc)
	start, end := embeddedStream(t, doc, raw)
	rep, err := signing.Verify(doc)
	if err != nil || !rep.OK() || rep.Signatures[0].SignedEnd < int64(end) {
		t.Fatalf("before the change: %+v, %v", rep, err)
	}
	changed := bytes.Clone(doc)
	changed[(start+end)/2] ^= 0x01
	rep, err = signing.Verify(changed)
	if err != nil || rep.OK() || !rep.Signatures[0].Altered {
		t.Errorf("the changed attachment passes: %+v, %v", rep.Signatures, err)
	}
	path := signingtest.WriteTemp(t, "ändrad.pdf", changed)
	if out := signingtest.Pdfsig(t, path); strings.Contains(out, "Signature is Valid.") || !strings.Contains(out, "Digest Mismatch") {
		t.Errorf("pdfsig of the changed attachment:\n%s", out)
	}
}
