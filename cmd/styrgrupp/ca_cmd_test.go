package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// caFiles makes an authority with the command line and returns the paths
// of its .p12 and .pem.
func caFiles(t *testing.T, dir string) (p12, pem string) {
	t.Helper()
	t.Setenv(passphraseEnv, testPassphrase)
	p12 = filepath.Join(dir, "ca.p12")
	out := mustRun(t, exitOK, "ca", "new", "--org", "Bollnäs kommun", "-o", p12)
	if !strings.Contains(out, "Bollnäs kommun Styrgrupp CA") || !strings.Contains(out, "ca.pem") ||
		!strings.Contains(out, "identity new --ca "+p12) {
		t.Errorf("ca new says %q", out)
	}
	return p12, filepath.Join(dir, "ca.pem")
}

// issued issues a member identity from the authority with the command
// line and returns its path.
func issued(t *testing.T, ca, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, strings.Fields(name)[0]+".p12")
	out := mustRun(t, exitOK, "identity", "new", "--ca", ca, "--name", name, "-o", path)
	if !strings.Contains(out, name+" (Bollnäs kommun)") || !strings.Contains(out, "utfärdat av Bollnäs kommun Styrgrupp CA") {
		t.Errorf("identity new --ca says %q", out)
	}
	return path
}

func TestCANewAndIssuedIdentities(t *testing.T) {
	dir := t.TempDir()
	caP12, caPEM := caFiles(t, dir)
	for _, p := range []string{caP12, caPEM} {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("%s: %v %v", p, st, err)
		}
	}
	member := issued(t, caP12, dir, "Anna Lindqvist")
	id, err := identity.Load(member, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := identity.Load(caP12, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	if id.SelfSigned() || len(id.Chain) != 1 || !id.Chain[0].Equal(ca.Certificate) || !ca.IsCA() {
		t.Fatalf("issued identity %v with chain %v", id.Certificate.Subject, id.Chain)
	}

	// Refusals: nothing is written.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"ca", "new", "-o", filepath.Join(dir, "x.p12")}, "--org"},
		{[]string{"ca", "new", "--org", "K"}, "-o"},
		{[]string{"ca", "new", "--org", "K", "-o", caP12}, "finns redan"},
		{[]string{"ca"}, "ca new"},
		{[]string{"identity", "new", "--ca", member, "--name", "Mallory", "-o", filepath.Join(dir, "m.p12")}, "ingen certifikatutfärdare"},
		{[]string{"identity", "new", "--ca", caP12, "--org", "Annan", "--name", "X", "-o", filepath.Join(dir, "o.p12")}, "--org och --ca"},
	} {
		out := strings.Join(tc.args, " ")
		got := runRefused(t, tc.args...)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q lacks %q", out, got, tc.want)
		}
	}
	for _, name := range []string{"x.p12", "m.p12", "o.p12", "x.pem"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s was written", name)
		}
	}
}

// runRefused runs the command line, which must fail, and returns what it
// wrote.
func runRefused(t *testing.T, args ...string) string {
	t.Helper()
	code, stdout, stderr := runCLI(args...)
	if code == exitOK {
		t.Fatalf("%s succeeded:\n%s", strings.Join(args, " "), stdout)
	}
	return stdout + stderr
}

// A protocol signed by two members whose identities the group's authority
// issued is trusted by poppler once the authority, and nothing else, is in
// its NSS database.
func TestPdfsigTrustsSignaturesFromTheGroupsCA(t *testing.T) {
	signingtest.Need(t, "certutil")
	signingtest.Need(t, "pdfsig")
	dir := t.TempDir()
	caP12, caPEM := caFiles(t, dir)
	chair, adjuster := issued(t, caP12, dir, "Anna Ordförande"), issued(t, caP12, dir, "Bo Justerare")
	doc := sigPDF(t, dir, "")
	mustRun(t, exitOK, "sign", "--id", chair, doc)
	mustRun(t, exitOK, "sign", "--id", adjuster, doc)

	nss := filepath.Join(dir, "nss")
	if err := os.Mkdir(nss, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-N", "-d", "sql:" + nss, "--empty-password"},
		{"-A", "-d", "sql:" + nss, "-n", "Bollnäs CA", "-t", "C,C,C", "-i", caPEM},
	} {
		if out, err := exec.Command("certutil", args...).CombinedOutput(); err != nil {
			t.Fatalf("certutil %v: %v\n%s", args, err, out)
		}
	}
	out, _ := exec.Command("pdfsig", "-nssdir", "sql:"+nss, doc).CombinedOutput()
	sigs := signingtest.PdfsigSignatures(string(out))
	if len(sigs) != 2 {
		t.Fatalf("pdfsig:\n%s", out)
	}
	for i, s := range sigs {
		if !strings.Contains(s, "Signature is Valid.") || !strings.Contains(s, "Certificate is Trusted.") {
			t.Errorf("signature %d:\n%s", i+1, s)
		}
	}
	// Without the authority in the database the same file's issuer is
	// unknown: the trust comes from the CA, not from the file.
	out, _ = exec.Command("pdfsig", "-nssdir", "sql:"+filepath.Join(dir, "empty"), doc).CombinedOutput()
	if strings.Contains(string(out), "Certificate is Trusted.") {
		t.Errorf("trusted without the CA:\n%s", out)
	}
}
