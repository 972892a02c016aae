package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// made is the fixed time the tests' documents are made at.
var made = time.Date(2026, 11, 25, 14, 3, 0, 0, time.UTC)

// demoStore is the demo store, written once for the package's tests.
var demoStore struct {
	once    sync.Once
	store   *sqlite.Store
	signed  int64 // the signed-off meeting
	open    int64 // the open meeting
	err     error
	cleanup func()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demoStore.cleanup != nil {
		demoStore.cleanup()
	}
	os.Exit(code)
}

// store returns the demo store and the ids of its signed-off and open
// meetings.
func store(t testing.TB) (*sqlite.Store, int64, int64) {
	t.Helper()
	demoStore.once.Do(func() {
		dir, err := os.MkdirTemp("", "pdftest")
		if err != nil {
			demoStore.err = err
			return
		}
		s, err := sqlite.Open(filepath.Join(dir, "demo.db"))
		if err != nil {
			demoStore.err = err
			return
		}
		demoStore.cleanup = func() { s.Close(); os.RemoveAll(dir) }
		// At the demo's story time, its meetings are on the dates the
		// tests name.
		ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
		if demoStore.err = demo.Load(ctx, s, assets.Demo); demoStore.err != nil {
			return
		}
		ms, err := s.Meetings(ctx)
		if err != nil {
			demoStore.err = err
			return
		}
		for _, m := range ms {
			if m.SignedOff() {
				demoStore.signed = m.ID
			} else {
				demoStore.open = m.ID
			}
		}
		demoStore.store = s
	})
	if demoStore.err != nil {
		t.Fatal(demoStore.err)
	}
	if demoStore.signed == 0 || demoStore.open == 0 {
		t.Fatal("the demo store lacks a signed-off or an open meeting")
	}
	return demoStore.store, demoStore.signed, demoStore.open
}

// needTools skips the test unless every named program is installed.
func needTools(t testing.TB, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			t.Skipf("%s is not installed (apt-get install poppler-utils qpdf); CI installs it", n)
		}
	}
}

// save writes b to a file in the test's temporary directory, and also to
// $STYRGRUPP_PDF_OUT when set, for a person to look at.
func save(t testing.TB, name string, b []byte) string {
	t.Helper()
	if dir := os.Getenv("STYRGRUPP_PDF_OUT"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func runTool(t testing.TB, name string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errOut.String())
	}
	return out.String() + errOut.String()
}

// pdfText returns the document's text as pdftotext gives it, page by page.
func pdfText(t testing.TB, path string) []string {
	t.Helper()
	needTools(t, "pdftotext")
	return strings.Split(runTool(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f")
}

// flat joins text with all runs of white space made one space, so that
// a paragraph wrapped over lines can be found whole.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// continuation is the mark of a § that runs on from the page before.
var continuation = regexp.MustCompile(`(?m)^§ \d+\s*\n\s*\((forts|cont)\.\)\s*$`)

// bodyText returns the text of every page without the lines of the
// running header and footer (matched whole by the regular expressions
// decorations), flattened, so that a paragraph broken over two pages
// reads on.
func bodyText(t testing.TB, pages []string, decorations ...string) string {
	t.Helper()
	re := regexp.MustCompile(`^(` + strings.Join(decorations, "|") + `)$`)
	var b strings.Builder
	for _, p := range pages {
		p = continuation.ReplaceAllString(p, "")
		for _, line := range strings.Split(p, "\n") {
			if re.MatchString(strings.TrimSpace(line)) {
				continue
			}
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return flat(b.String())
}

// qpdfCheck fails the test unless qpdf --check finds the file sound.
func qpdfCheck(t testing.TB, path string) {
	t.Helper()
	needTools(t, "qpdf")
	out := runTool(t, "qpdf", "--check", path)
	if !strings.Contains(out, "No syntax or stream encoding errors found") || strings.Contains(strings.ToLower(out), "warning") {
		t.Errorf("qpdf --check %s:\n%s", filepath.Base(path), out)
	}
}

// pdfInfo returns the fields pdfinfo shows.
func pdfInfo(t testing.TB, path string) map[string]string {
	t.Helper()
	needTools(t, "pdfinfo")
	info := map[string]string{}
	for _, line := range strings.Split(runTool(t, "pdfinfo", "-enc", "UTF-8", path), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// minutes writes the minutes of meeting id from the demo store.
func minutes(t testing.TB, id int64, opts pdf.Options) ([]byte, pdf.Manifest, pdf.MinutesInput) {
	t.Helper()
	s, _, _ := store(t)
	in, err := pdf.LoadMinutes(context.Background(), s, id)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	man, err := pdf.Minutes(&buf, in, opts)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), man, in
}

// options are the tests' options in language l.
func options(l model.Language) pdf.Options {
	return pdf.Options{Language: l, Body: "Kommunchefens ledningsgrupp", Now: made}
}

func name(in pdf.MinutesInput, id int64) string { return in.Members[id].Name }

func section(n int) string { return fmt.Sprintf("§ %d", n) }

func itoa(n int) string { return strconv.Itoa(n) }

// fingerprintGroups returns a fingerprint's groups of four hex digits,
// as the documents print them.
func fingerprintGroups(fp string) []string {
	var out []string
	for len(fp) >= 4 {
		out = append(out, fp[:4])
		fp = fp[4:]
	}
	return out
}
