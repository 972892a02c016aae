package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// The store files in testdata/schema were made by each schema version:
// vN.db holds the demo programme (members, proposals with revisions,
// comments, a signed-off and an open meeting with decisions, a follow-up)
// in the tables of schema N, and vN.json what the store read from it
// then (schemaManifest). Today's code must open each one and find the
// same. They are checked in and never remade: they stand for the files
// users have. When a migration is added,
//
//	go test ./model/sqlite -run TestSchemaFiles -update-schema-testdata
//
// writes the file of the new version (and of any other that is missing).
var updateSchemaTestdata = flag.Bool("update-schema-testdata", false,
	"write the missing testdata/schema/vN.db files and their manifests")

const schemaDir = "testdata/schema"

// roleVersion is the schema version that gave members a standing role
// (0004); files from before it read as role "member".
const roleVersion = 4

// schemaManifest is what the store read from a schema test file when it
// was made.
type schemaManifest struct {
	Schema int            `json:"schema"`
	Counts map[string]int `json:"counts"`
	// Fingerprints holds each revision's fingerprint by ref#number.
	Fingerprints map[string]string `json:"fingerprints"`
	// Roles holds each member's standing role by name, for files from
	// roleVersion on.
	Roles map[string]string `json:"roles,omitempty"`
	// Records is every record, one line each (snapshot).
	Records []string `json:"records"`
}

func TestSchemaFilesOpenWithEveryRecordIntact(t *testing.T) {
	current := sqlite.SchemaVersion()
	if *updateSchemaTestdata {
		writeMissingSchemaFiles(t, current)
	}
	for v := 1; v <= current; v++ {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			var want schemaManifest
			b, err := os.ReadFile(filepath.Join(schemaDir, fmt.Sprintf("v%d.json", v)))
			if err != nil {
				t.Fatalf("%v: make the file with -update-schema-testdata", err)
			}
			check(t, json.Unmarshal(b, &want))
			path := copyFile(t, filepath.Join(schemaDir, fmt.Sprintf("v%d.db", v)), t.TempDir())
			if got := userVersion(t, path); got != v {
				t.Fatalf("v%d.db is at schema %d", v, got)
			}
			s, err := sqlite.Open(path)
			check(t, err)
			defer s.Close()
			old, backup := s.MigratedFrom()
			if v < current && (old != v || backup != path+fmt.Sprintf(".schema%d.bak", v)) {
				t.Errorf("MigratedFrom() = %d, %q; want %d and the copy beside the file", old, backup, v)
			}
			if v == current && (old != 0 || backup != "") {
				t.Errorf("a file at today's schema reports a migration: %d, %q", old, backup)
			}
			sameAsManifest(t, s, want, v)
			if v < current {
				// The copy made before the migration holds the same.
				b := copyFile(t, backup, t.TempDir())
				if got := userVersion(t, b); got != v {
					t.Errorf("the copy is at schema %d, want %d", got, v)
				}
				bs, err := sqlite.Open(b)
				check(t, err)
				defer bs.Close()
				sameAsManifest(t, bs, want, v)
			}
		})
	}
}

// sameAsManifest checks that s holds what want records, passes Check,
// is at today's schema and finds its proposals by search.
func sameAsManifest(t *testing.T, s *sqlite.Store, want schemaManifest, v int) {
	t.Helper()
	ctx := context.Background()
	got := snapshot(t, s)
	for k, n := range want.Counts {
		if got.Counts[k] != n {
			t.Errorf("%s: %d, want %d", k, got.Counts[k], n)
		}
	}
	if len(got.Fingerprints) != len(want.Fingerprints) {
		t.Errorf("%d revisions have fingerprints, want %d", len(got.Fingerprints), len(want.Fingerprints))
	}
	for k, fp := range want.Fingerprints {
		if got.Fingerprints[k] != fp {
			t.Errorf("revision %s: fingerprint %s, want %s", k, got.Fingerprints[k], fp)
		}
	}
	if i := firstDifference(got.Records, want.Records); i >= 0 {
		t.Errorf("record %d differs:\n got %q\nwant %q", i, at(got.Records, i), at(want.Records, i))
	}
	for name, role := range got.Roles {
		if made := want.Roles[name]; v < roleVersion && role != string(model.MemberRoleMember) || v >= roleVersion && role != made {
			t.Errorf("%s has role %q (file at schema %d, made with %q)", name, role, v, made)
		}
	}
	r, err := s.Check(ctx)
	check(t, err)
	if !r.OK() || r.AuditRows != int64(want.Counts["audit_rows"]) {
		t.Errorf("Check: %+v", r)
	}
	if got := userVersion(t, s.Path()); got != sqlite.SchemaVersion() {
		t.Errorf("the store is at schema %d after opening, want %d", got, sqlite.SchemaVersion())
	}
	// The full-text index came with schema 3: older files are indexed as
	// they are migrated.
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	for _, p := range ps[:3] {
		word := longestWord(p.Title)
		hits, err := s.Search(ctx, word)
		check(t, err)
		if !slices.ContainsFunc(hits, func(h model.SearchHit) bool { return h.ProposalID == p.ID }) {
			t.Errorf("searching %q does not find %s", word, p.Ref)
		}
	}
	comments, err := s.Comments(ctx, firstCommented(t, s, ps))
	check(t, err)
	word := longestWord(comments[0].Body)
	hits, err := s.Search(ctx, word)
	check(t, err)
	if len(hits) == 0 {
		t.Errorf("searching %q finds no comment", word)
	}
}

func firstDifference(a, b []string) int {
	for i := range max(len(a), len(b)) {
		if i >= len(a) || i >= len(b) || a[i] != b[i] {
			return i
		}
	}
	return -1
}

func at(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return "(none)"
}

func longestWord(s string) string {
	var best string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127) }) {
		if len([]rune(w)) > len([]rune(best)) {
			best = w
		}
	}
	return best
}

func firstCommented(t *testing.T, s *sqlite.Store, ps []model.Proposal) int64 {
	t.Helper()
	for _, p := range ps {
		cs, err := s.Comments(context.Background(), p.ID)
		check(t, err)
		if len(cs) > 0 {
			return p.ID
		}
	}
	t.Fatal("no proposal has comments")
	return 0
}

// userVersion reads the file's PRAGMA user_version with plain SQL.
func userVersion(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	check(t, err)
	defer db.Close()
	var v int
	check(t, db.QueryRow(`PRAGMA user_version`).Scan(&v))
	return v
}

// copyFile copies the file at src into dir and returns the copy's path.
func copyFile(t *testing.T, src, dir string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	check(t, err)
	dst := filepath.Join(dir, filepath.Base(src))
	check(t, os.WriteFile(dst, b, 0o600))
	return dst
}

// utc formats a time for a record.
func utc(tm time.Time) string {
	if tm.IsZero() {
		return "-"
	}
	return tm.UTC().Format(time.RFC3339Nano)
}
