package signing_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// verifyWithin runs Verify and fails the test if it has not returned
// within a few seconds (the PDF reader loops for ever on some files).
func verifyWithin(t *testing.T, data []byte) (signing.Report, error) {
	t.Helper()
	type result struct {
		r   signing.Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := signing.Verify(data)
		done <- result{r, err}
	}()
	select {
	case res := <-done:
		return res.r, res.err
	case <-time.After(10 * time.Second):
		path := filepath.Join(os.TempDir(), fmt.Sprintf("styrgrupp-hang-%d.pdf", time.Now().UnixNano()))
		_ = os.WriteFile(path, data, 0o600)
		t.Fatalf("Verify did not return; the input is in %s", path)
		return signing.Report{}, nil
	}
}

// Damaged copies of a signed file: Verify answers every one, with a
// report or a "not a PDF", and never calls a changed file wholly signed.
func TestDamagedFilesGetAnAnswer(t *testing.T) {
	signed := signAs(t, signAs(t, unsigned(t), "Anna Ordförande"), "Bo Justerare")
	rng := rand.New(rand.NewSource(7))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := 0; i < n; i++ {
		data := bytes.Clone(signed)
		for k := 0; k < 1+rng.Intn(3) && len(data) > 10; k++ {
			at := rng.Intn(len(data))
			switch rng.Intn(5) {
			case 0:
				data[at] = byte(rng.Intn(256))
			case 1:
				data = data[:at]
			case 2:
				data = append(data[:at:at], data[at+rng.Intn(len(data)-at):]...)
			case 3:
				data = append(data[:at:at], append([]byte(fmt.Sprint(rng.Int63n(1<<uint(rng.Intn(62))))), data[at:]...)...)
			case 4:
				data = append(data[:at:at], append([]byte{"[(<>)]/%\n"[rng.Intn(9)]}, data[at:]...)...)
			}
		}
		r, err := verifyWithin(t, data)
		if err != nil {
			if model.ErrorCode(err) != model.EInvalid {
				t.Fatalf("Verify = %v", err)
			}
			continue
		}
		if r.OK() && !onlyPadding(signed, data) {
			t.Fatalf("a damaged file verifies: %+v", r)
		}
	}
}

// onlyPadding tells whether data differs from signed only inside the last
// signature's /Contents, which no signature covers (a change to its zero
// padding leaves the signature valid, for pdfsig too).
func onlyPadding(signed, data []byte) bool {
	if len(data) != len(signed) {
		return false
	}
	start := bytes.LastIndex(signed, []byte("/Contents<")) + len("/Contents<")
	end := start + bytes.IndexByte(signed[start:], '>')
	for i := range data {
		if data[i] != signed[i] && (i < start || i >= end) {
			return false
		}
	}
	return true
}

// Files on which github.com/digitorus/pdf v0.1.2 would loop for ever or
// run out of memory are refused as not readable.
func TestFilesThatWouldHangTheReader(t *testing.T) {
	doc := unsigned(t)
	xref := bytes.LastIndex(doc, []byte("\nxref\n0 ")) + len("\nxref\n")
	cases := map[string][]byte{
		// "endobj" before an array's "]": the reader's readArray loops.
		"endobj in an array": bytes.Replace(doc, []byte("/Names ["), []byte("/Names [ 1 endobj ["), 1),
		// A subsection starting at a huge number: the reader grows its
		// table to it one entry at a time.
		"huge xref subsection": append(append(bytes.Clone(doc[:xref]), "900000000"...), doc[xref+1:]...),
		// Deep nesting overflows the reader's stack, which is fatal.
		"deep nesting": bytes.Replace(doc, []byte("/Names ["), []byte("/Names "+strings.Repeat("[", 100000)), 1),
	}
	for name, data := range cases {
		_, err := verifyWithin(t, data)
		if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_not_pdf" {
			t.Errorf("%s: Verify = %v, want signing_not_pdf", name, err)
		}
	}
}

// PDFs from other programs often keep their objects in object streams
// with a cross-reference stream. pdfsign writes such a file's new
// cross-reference stream without /Info, so Sign refuses one that has
// document information; without it, pdfsign signs it and both verifiers
// agree. A damaged object stream is refused rather than hanging the
// reader.
func TestObjectStreams(t *testing.T) {
	signingtest.Need(t, "qpdf")
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, unsigned(t), 0o600); err != nil {
		t.Fatal(err)
	}
	qpdf := func(out string, args ...string) []byte {
		t.Helper()
		path := filepath.Join(dir, out)
		if msg, err := exec.Command("qpdf", append(args, in, path)...).CombinedOutput(); err != nil {
			t.Fatalf("qpdf: %v\n%s", err, msg)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	packed := qpdf("packed.pdf", "--object-streams=generate")
	err := signing.Sign(packed, &bytes.Buffer{}, signingtest.Identity(t, "Anna", "K"), signing.SignOptions{})
	if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_info_lost" {
		t.Fatalf("Sign(with a cross-reference stream and /Info) = %v", err)
	}
	info := regexp.MustCompile(`/Info \d+ 0 R`).FindIndex(packed)
	if info == nil {
		t.Fatal("no /Info in qpdf's trailer")
	}
	copy(packed[info[0]:info[1]], strings.Repeat(" ", info[1]-info[0]))
	signed := signAs(t, signAs(t, packed, "Anna Ordförande"), "Bo Justerare")
	path := signingtest.WriteTemp(t, "signed.pdf", signed)
	sigs := signingtest.PdfsigSignatures(signingtest.Pdfsig(t, path))
	if len(sigs) != 2 || !strings.Contains(sigs[0], "Signature is Valid.") || !strings.Contains(sigs[1], "Signature is Valid.") ||
		!strings.Contains(sigs[1], "Total document signed") {
		t.Errorf("pdfsig:\n%s", strings.Join(sigs, ""))
	}
	signingtest.QpdfCheck(t, path)
	if r := mustVerify(t, signed); !r.OK() || len(r.Signatures) != 2 {
		t.Errorf("Verify: %+v (%s)", r, r.Problems())
	}

	// In an uncompressed object stream, take away an array's "]": the
	// array then runs to the end of the stream's data.
	plain := qpdf("plain.pdf", "--object-streams=generate", "--compress-streams=n", "--stream-data=uncompress")
	broken := bytes.Replace(plain, []byte("/Names [ ]"), []byte("/Names [  "), 1)
	if bytes.Equal(broken, plain) {
		t.Fatal("found no empty array to break in the object stream")
	}
	_, err = verifyWithin(t, broken)
	if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_not_pdf" {
		t.Errorf("a broken object stream: Verify = %v, want signing_not_pdf", err)
	}
}
