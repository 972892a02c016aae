package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// runCLI runs the command line in-process and returns its exit code and
// output.
func runCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// demoFile writes a demo store at the demo's story time, so that its
// meetings are on the dates the tests name, and returns its path.
func demoFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "d.db")
	clock = func() time.Time { return demo.StoryTime }
	defer func() { clock = time.Now }()
	if code, _, stderr := runCLI("demo", "--store", path); code != exitOK {
		t.Fatalf("demo exited %d: %s", code, stderr)
	}
	return path
}

func TestDemoStorePassesCheck(t *testing.T) {
	path := demoFile(t)
	code, stdout, stderr := runCLI("check", "--store", path)
	if code != exitOK {
		t.Fatalf("check exited %d:\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "ok:") {
		t.Errorf("check says %q", stdout)
	}
}

func TestDemoRefusesToOverwriteAFile(t *testing.T) {
	path := demoFile(t)
	before, _ := os.ReadFile(path)
	if code, _, stderr := runCLI("demo", "--store", path); code != exitUsage || !strings.Contains(stderr, "finns redan") {
		t.Fatalf("demo on an existing file: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the existing file was changed")
	}
}

// tamper runs SQL on the store's file behind its back, after dropping the
// triggers that guard the audit log.
func tamper(t *testing.T, path, stmt string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
	if err != nil {
		t.Fatal(err)
	}
	var triggers []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		triggers = append(triggers, name)
	}
	rows.Close()
	for _, name := range triggers {
		if _, err := db.Exec(`DROP TRIGGER "` + name + `"`); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

func TestCheckFailsAndNamesTheRowWhenAnAuditRowIsChanged(t *testing.T) {
	path := demoFile(t)
	tamper(t, path, `UPDATE audit_log SET actor = 'Någon annan' WHERE seq = 7`)
	code, stdout, _ := runCLI("check", "--store", path)
	if code != exitFailed {
		t.Fatalf("check exited %d, want %d:\n%s", code, exitFailed, stdout)
	}
	if !strings.Contains(stdout, "rad 7") {
		t.Errorf("check does not name row 7: %q", stdout)
	}
}

func TestCheckFailsWhenTheLastAuditRowsAreDeleted(t *testing.T) {
	path := demoFile(t)
	tamper(t, path, `DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)`)
	code, stdout, _ := runCLI("check", "--store", path)
	if code != exitFailed || !strings.Contains(stdout, "saknar rader") {
		t.Fatalf("check exited %d, want %d and a word on missing rows:\n%s", code, exitFailed, stdout)
	}
}

func TestCheckOfAMissingFileIsBadUsage(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing.db")
	if code, _, stderr := runCLI("check", "--store", missing); code != exitUsage || !strings.Contains(stderr, missing) {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("check created the missing file")
	}
}

func TestExportJSONHoldsEveryProposalAndReadsBack(t *testing.T) {
	path := demoFile(t)
	out := filepath.Join(t.TempDir(), "export.json")
	if code, _, stderr := runCLI("export", "--store", path, "--format", "json", "-o", out); code != exitOK {
		t.Fatalf("export exited %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var e importer.Export
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatalf("the export does not read back: %v", err)
	}
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if e.FormatVersion != importer.FormatVersion || len(e.Proposals) != len(ps) {
		t.Fatalf("export has format %d and %d proposals, want %d and %d", e.FormatVersion, len(e.Proposals), importer.FormatVersion, len(ps))
	}
	decided := 0
	for i, p := range ps {
		got := e.Proposals[i]
		rev, err := s.Revision(context.Background(), p.ID, p.Revision)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Content.Equal(p.Content) || got.Fingerprint != rev.Fingerprint || got.Status != p.Status {
			t.Errorf("proposal %s does not read back as stored", p.Ref)
		}
		for _, d := range got.Decisions {
			decided++
			if d.Section <= 0 || len(d.Fingerprint) != 64 || d.Outcome == "" || d.MeetingDate.IsZero() {
				t.Errorf("decision on %s is incomplete: %+v", p.Ref, d)
			}
		}
	}
	if decided < len(model.Outcomes) {
		t.Errorf("export carries %d decisions, want one of every outcome at least", decided)
	}
}

func TestExportCSVIsSwedishExcelShaped(t *testing.T) {
	path := demoFile(t)
	code, stdout, stderr := runCLI("export", "--store", path, "--format", "csv")
	if code != exitOK {
		t.Fatalf("export exited %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "\ufeff") {
		t.Error("the CSV has no byte-order mark")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "Ref" || !slices.Contains(rows[0], "Titel") || len(rows[0]) != len(importer.Columns)+len(importer.DecisionHeaders) {
		t.Errorf("header = %q", rows[0])
	}
	col := func(header string) int {
		t.Helper()
		i := slices.Index(rows[0], header)
		if i < 0 {
			t.Fatalf("no column %s in %q", header, rows[0])
		}
		return i
	}
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(ps)+1 {
		t.Fatalf("%d rows, want a header and the %d proposals", len(rows), len(ps))
	}
	row := rows[2] // the first intervention, 1.1
	if row[0] != ps[1].Ref || row[col("Titel")] != ps[1].Title || row[col("Typ")] != "Insats" || row[col("Diarienummer")] != ps[1].RegistryNumber {
		t.Errorf("row 3 = %q, want proposal %s", row[:4], ps[1].Ref)
	}
	partnersCell := row[col("Samverkansparter")]
	if partners := strings.Split(partnersCell, "\n"); len(partners) != len(ps[1].Partners) || partners[0] != ps[1].Partners[0] {
		t.Errorf("partners cell %q does not hold the list %q a line each", partnersCell, ps[1].Partners)
	}
	if !strings.ContainsAny(stdout, "åäöÅÄÖ") || !strings.Contains(stdout, "Förslag") && !strings.Contains(stdout, "föräld") {
		t.Error("Swedish letters did not survive the export")
	}
	// 1.1 was approved with conditions at the signed-off meeting: its row
	// carries the meeting, §, outcome, text, date and the fingerprint of
	// the revision decided on.
	ds, err := s.Decisions(context.Background(), ps[1].ID)
	if err != nil || len(ds) == 0 {
		t.Fatalf("decisions on 1.1: %v %v", ds, err)
	}
	last := ds[len(ds)-1]
	tail := row[len(importer.Columns):]
	if tail[5] != "Godkänt med villkor" || tail[6] != last.Text || tail[9] != strconv.Itoa(last.Revision) || tail[10] != last.Fingerprint || tail[3] != "2026-10-14" || tail[4] == "" {
		t.Errorf("decision columns of 1.1 = %q", tail)
	}
}

func TestExportRefusesAnUnknownFormat(t *testing.T) {
	if code, _, stderr := runCLI("export", "--store", "x.db", "--format", "xml"); code != exitUsage || !strings.Contains(stderr, "xml") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"--lang", "de"}, {"check"}, {"--nonsense"}} {
		if code, _, _ := runCLI(args...); code != exitUsage {
			t.Errorf("%q exited %d, want %d", args, code, exitUsage)
		}
	}
}

func TestVersion(t *testing.T) {
	code, stdout, _ := runCLI("--version")
	if code != exitOK || !strings.HasPrefix(stdout, "Styrgrupp "+version) {
		t.Fatalf("exit %d, %q", code, stdout)
	}
}

func TestHelpGoesToStandardOutput(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"import", "--help"}, {"identity", "--help"}, {"identity", "new", "-h"}} {
		code, out, errOut := runCLI(args...)
		if code != exitOK || !strings.Contains(out, "Användning:") || strings.Contains(errOut, "fel:") {
			t.Errorf("%v: exit %d, stdout %.40q, stderr %q", args, code, out, errOut)
		}
	}
	// A file whose name merely contains "help" is a file.
	if code, out, _ := runCLI("import", "--store", filepath.Join(t.TempDir(), "x.db"), "help.csv"); code == exitOK || strings.Contains(out, "Användning:") {
		t.Errorf("import help.csv: exit %d, stdout %.40q", code, out)
	}
}
