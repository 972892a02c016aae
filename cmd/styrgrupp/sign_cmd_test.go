package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/identity"
	docpdf "github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

const testPassphrase = "en lång och hemlig lösenfras"

// sigIdentity makes an identity with the command line and returns its path.
func sigIdentity(t *testing.T, dir, name string) string {
	t.Helper()
	t.Setenv(passphraseEnv, testPassphrase)
	path := filepath.Join(dir, strings.Fields(name)[0]+".p12")
	code, stdout, stderr := runCLI("identity", "new", "--name", name, "--org", "Storstads kommun", "-o", path)
	if code != exitOK {
		t.Fatalf("identity new exited %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, name) || !strings.Contains(stdout, "SHA-256") {
		t.Errorf("identity new says %q", stdout)
	}
	return path
}

// sigPDF writes an unsigned PDF with manifest m in its keywords.
func sigPDF(t *testing.T, dir string, m string) string {
	t.Helper()
	data, err := signingtest.PDF(2, m)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "protokoll.pdf")
	if err := os.WriteFile(path, data, 0o640); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustRun(t *testing.T, want int, args ...string) string {
	t.Helper()
	code, stdout, stderr := runCLI(args...)
	if code != want {
		t.Fatalf("%s exited %d, want %d:\n%s%s", strings.Join(args, " "), code, want, stdout, stderr)
	}
	return stdout + stderr
}

func TestIdentityNewWritesAPrivateFileOnce(t *testing.T) {
	dir := t.TempDir()
	path := sigIdentity(t, dir, "Åsa Öberg")
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	id, err := identity.Load(path, testPassphrase)
	if err != nil || id.Name() != "Åsa Öberg" || id.Org() != "Storstads kommun" {
		t.Fatalf("Load: %v %v", id, err)
	}
	before, _ := os.ReadFile(path)
	out := mustRun(t, exitUsage, "identity", "new", "--name", "Någon Annan", "-o", path)
	if !strings.Contains(out, "finns redan") {
		t.Errorf("overwrite: %q", out)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the existing identity was changed")
	}
	for _, args := range [][]string{
		{"identity"}, {"identity", "old"}, {"identity", "new", "-o", filepath.Join(dir, "x.p12")},
		{"identity", "new", "--name", "X"}, {"identity", "new", "--name", "X", "-o", filepath.Join(dir, "y.p12"), "extra"},
	} {
		mustRun(t, exitUsage, args...)
	}
}

func TestPassphraseIsAskedForWithoutTheVariable(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(passphraseEnv, "")
	os.Unsetenv(passphraseEnv)
	old := stdin
	t.Cleanup(func() { stdin = old })

	path := filepath.Join(dir, "id.p12")
	stdin = strings.NewReader("hemligt\r\nhemligt\n")
	out := mustRun(t, exitOK, "identity", "new", "--name", "Bo", "-o", path)
	if !strings.Contains(out, "Välj en lösenfras") || !strings.Contains(out, "en gång till") {
		t.Errorf("no prompts: %q", out)
	}
	if _, err := identity.Load(path, "hemligt"); err != nil {
		t.Fatal(err)
	}
	stdin = strings.NewReader("ett\ntvå\n")
	if out := mustRun(t, exitUsage, "identity", "new", "--name", "Bo", "-o", filepath.Join(dir, "b.p12")); !strings.Contains(out, "olika") {
		t.Errorf("differing passphrases: %q", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.p12")); err == nil {
		t.Error("a file was written with differing passphrases")
	}

	// Signing asks up to three times.
	doc := sigPDF(t, dir, "")
	stdin = strings.NewReader("fel\nfel igen\nhemligt\n")
	if out := mustRun(t, exitOK, "sign", "--id", path, doc); strings.Count(out, "Lösenfrasen är fel.") != 2 {
		t.Errorf("sign with retries: %q", out)
	}
}

func TestSignInTurnAndVerify(t *testing.T) {
	dir := t.TempDir()
	chair, adjuster := sigIdentity(t, dir, "Anna Ordförande"), sigIdentity(t, dir, "Bo Justerare")
	doc := sigPDF(t, dir, "")

	out := mustRun(t, exitOK, "sign", "--id", chair, doc, "--reason", "Justering")
	if !strings.Contains(out, "Anna Ordförande (Storstads kommun) har signerat") || !strings.Contains(out, "signatur 1 av 1") {
		t.Errorf("sign says %q", out)
	}
	if st, _ := os.Stat(doc); st.Mode().Perm() != 0o640 {
		t.Errorf("signing in place changed the mode to %v", st.Mode().Perm())
	}
	final := filepath.Join(dir, "justerat.pdf")
	mustRun(t, exitOK, "sign", "--id", adjuster, "-o", final, doc)
	if entries, _ := os.ReadDir(dir); len(entries) != 4 {
		t.Errorf("files left in the directory: %v", entries)
	}

	out = mustRun(t, exitOK, "verify", final)
	line := regexp.MustCompile(`(?m)^Signatur 2: Bo Justerare \(Storstads kommun\), \d{4}-\d\d-\d\d \d\d:\d\d, giltig, täcker filen till och med version 3 av 3$`)
	if !strings.Contains(out, "Signatur 1: Anna Ordförande") || !line.MatchString(out) ||
		!strings.Contains(out, "Hela filen är signerad") || !strings.Contains(out, "självsignerat, SHA-256 ") {
		t.Errorf("verify says:\n%s", out)
	}
	sigs := signingtest.PdfsigSignatures(signingtest.Pdfsig(t, final))
	if len(sigs) != 2 || !strings.Contains(sigs[0], "Signature is Valid.") || !strings.Contains(sigs[1], "Signature is Valid.") ||
		!strings.Contains(sigs[1], "Total document signed") {
		t.Errorf("pdfsig:\n%s", strings.Join(sigs, ""))
	}
	signingtest.QpdfCheck(t, final)

	// A byte changed in the signed part: both verifiers say so.
	data, _ := os.ReadFile(final)
	i := bytes.Index(data, []byte("/CreationDate (D:2026")) + len("/CreationDate (D:202")
	data[i] ^= 1
	tampered := filepath.Join(dir, "ändrat.pdf")
	if err := os.WriteFile(tampered, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, exitFailed, "verify", tampered); strings.Count(out, "OGILTIG: filen är ändrad efter signeringen") != 2 || !strings.Contains(out, "MISSLYCKADES") {
		t.Errorf("verify of a changed file:\n%s", out)
	}
	if out := signingtest.Pdfsig(t, tampered); strings.Contains(out, "Signature is Valid.") || !strings.Contains(out, "Digest Mismatch") {
		t.Errorf("pdfsig of a changed file:\n%s", out)
	}

	// Bytes appended after the last signature.
	data, _ = os.ReadFile(final)
	appended := filepath.Join(dir, "tillagt.pdf")
	if err := os.WriteFile(appended, append(data, "% efteråt\n"...), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, exitFailed, "verify", appended); !strings.Contains(out, "INTE HELT SIGNERAD: 11 byte") || strings.Contains(out, "OGILTIG") {
		t.Errorf("verify with bytes appended:\n%s", out)
	}
}

func TestVerifyBadInput(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "text.pdf")
	if err := os.WriteFile(text, []byte("Hej!\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"verify", text}, "Filen är ingen PDF"},
		{[]string{"verify", sigPDF(t, dir, "")}, "PDF-filen har ingen signatur."},
		{[]string{"verify", filepath.Join(dir, "saknas.pdf")}, "filen finns inte"},
		{[]string{"verify"}, "ange en PDF-fil"},
		{[]string{"verify", "a.pdf", "b.pdf"}, "ange en PDF-fil"},
		{[]string{"sign", text}, "--id"},
		{[]string{"sign", "--id", filepath.Join(dir, "saknas.p12"), text}, "saknas.p12"},
	} {
		if out := mustRun(t, exitUsage, c.args...); !strings.Contains(out, c.want) {
			t.Errorf("%v: %q, want %q", c.args, out, c.want)
		}
	}
	t.Setenv(passphraseEnv, "fel")
	id := sigIdentity(t, dir, "Cecilia")
	t.Setenv(passphraseEnv, "fel")
	if out := mustRun(t, exitUsage, "sign", "--id", id, sigPDF(t, dir, "")); !strings.Contains(out, "Lösenfrasen är fel.") {
		t.Errorf("wrong passphrase: %q", out)
	}
}

// decidedManifest builds the manifest of minutes of the demo's signed-off
// meeting, from the store.
func decidedManifest(t *testing.T, store string) docpdf.Manifest {
	t.Helper()
	s, err := sqlite.Open(store)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	ms, err := s.Meetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		m, err := s.Meeting(ctx, m.ID)
		if err != nil || !m.SignedOff() {
			continue
		}
		rec, err := s.MinutesRecord(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		man := docpdf.Manifest{Kind: docpdf.KindMinutes, DocID: "test", MeetingID: m.ID,
			MinutesFingerprint: rec.Fingerprint, AuditSeq: rec.AuditSeq, AuditHash: rec.AuditHash}
		for _, it := range m.Items {
			p, err := s.Proposal(ctx, it.ProposalID)
			if err != nil || it.Decision == nil {
				t.Fatalf("item %d: %v", it.Number, err)
			}
			man.Entries = append(man.Entries, docpdf.Entry{Section: it.Number, Ref: p.Ref, Revision: it.Decision.Revision, Fingerprint: it.Decision.Fingerprint})
		}
		if len(man.Entries) > 1 {
			return man
		}
	}
	t.Fatal("the demo has no signed-off meeting with decisions")
	return docpdf.Manifest{}
}

func TestVerifyStoreComparesFingerprints(t *testing.T) {
	dir := t.TempDir()
	store := demoFile(t)
	id := sigIdentity(t, dir, "Anna Ordförande")
	man := decidedManifest(t, store)

	doc := sigPDF(t, dir, man.String())
	mustRun(t, exitOK, "sign", "--id", id, doc)
	if out := mustRun(t, exitOK, "verify", doc, "--store", store); !strings.Contains(out, "Fingeravtrycken stämmer med databasen") {
		t.Errorf("verify --store:\n%s", out)
	}

	// A document that prints another fingerprint for one § and names a
	// proposal the store lacks.
	wrong := man
	wrong.Entries = append([]docpdf.Entry(nil), man.Entries...)
	wrong.Entries[1].Fingerprint = strings.Repeat("0", 64)
	wrong.Entries = append(wrong.Entries, docpdf.Entry{Section: 999, Ref: "99.9", Revision: 1, Fingerprint: "ab"})
	other := filepath.Join(dir, "annat")
	if err := os.Mkdir(other, 0o755); err != nil {
		t.Fatal(err)
	}
	doc = sigPDF(t, other, wrong.String())
	mustRun(t, exitOK, "sign", "--id", id, doc)
	out := mustRun(t, exitFailed, "verify", "--store", store, doc)
	e := man.Entries[1]
	for _, want := range []string{"Hela filen är signerad", "STÄMMER INTE: § " + strconv.Itoa(e.Section) + " (" + e.Ref, "fingeravtrycket i PDF-filen är 0000", "förslaget 99.9 finns inte", "MISSLYCKADES"} {
		if !strings.Contains(out, want) {
			t.Errorf("verify --store does not say %q:\n%s", want, out)
		}
	}

	// Without a manifest there is nothing to compare: that fails too.
	plain := filepath.Join(dir, "utan")
	if err := os.Mkdir(plain, 0o755); err != nil {
		t.Fatal(err)
	}
	doc = sigPDF(t, plain, "")
	mustRun(t, exitOK, "sign", "--id", id, doc)
	if out := mustRun(t, exitFailed, "verify", doc, "--store", store); !strings.Contains(out, "inget manifest") {
		t.Errorf("verify --store without a manifest:\n%s", out)
	}
	mustRun(t, exitUsage, "verify", doc, "--store", filepath.Join(dir, "saknas.db"))
}
