package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// signedProtocolFile writes a store with a signed-off meeting whose
// protocol both signers signed, so that a copy has sign-offs with
// certificates, frozen minutes and a stored protocol to carry over.
func signedProtocolFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.db")
	chair := signingtest.Identity(t, "Anna Andersson", "Älvstads kommun")
	adjuster := signingtest.Identity(t, "Erik Berg", "Älvstads kommun")
	s, m, ctx := testdemo.SignedOff(t, path, chair, adjuster)
	for _, id := range []*identity.Identity{adjuster, chair} {
		_, err := protocol.Sign(ctx, s, m.ID, id, protocol.Options{})
		must(t, err)
	}
	must(t, s.Close())
	return path
}

var exportedAt = regexp.MustCompile(`"exported_at": "[^"]*"`)

// content is what a copy must keep of a store, read through the program:
// its JSON export (without the time of the export), its audit log and
// every meeting's frozen minutes and protocol; and apart, its search hits,
// which each adapter's search engine finds in a way of its own.
func content(t *testing.T, arg string) (string, string) {
	t.Helper()
	if out := mustRun(t, exitOK, "check", "--store", arg, "--lang", "en"); !strings.HasPrefix(out, "ok:") {
		t.Fatalf("check of %s: %s", arg, out)
	}
	_, export, _ := runCLI("export", "--store", arg, "--format", "json")
	var b strings.Builder
	b.WriteString(exportedAt.ReplaceAllString(export, ""))
	s, err := openAny(context.Background(), arg)
	must(t, err)
	defer s.Close()
	ctx := context.Background()
	audit, err := s.Audit(ctx, "", "", 0)
	must(t, err)
	if len(audit) == 0 {
		t.Fatalf("%s has no audit rows", arg)
	}
	for _, e := range audit {
		b.WriteString(strings.Join([]string{e.At.String(), e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash, e.Hash}, "|") + "\n")
	}
	meetings, err := s.Meetings(ctx)
	must(t, err)
	for _, m := range meetings {
		if !m.SignedOff() {
			continue
		}
		r, err := s.MinutesRecord(ctx, m.ID)
		must(t, err)
		j, err := json.Marshal(r)
		must(t, err)
		b.Write(append(j, '\n'))
		if pdf, err := s.Protocol(ctx, m.ID); err == nil {
			fmt.Fprintf(&b, "protocol %x\n", sha256.Sum256(pdf))
		}
	}
	var hits strings.Builder
	for _, q := range []string{"insats", "tidiga", "Tidiga insatser"} {
		found, err := s.Search(ctx, q)
		must(t, err)
		fmt.Fprintf(&hits, "%s: %+v\n", q, found)
	}
	return b.String(), hits.String()
}

// roundTrip copies src through each of via in turn, checking that every
// store on the way holds what src holds.
// Search hits are compared with those of the last store of the same
// adapter, and of wantPG on PostgreSQL when it is given.
func roundTrip(t *testing.T, src, wantPG string, via ...string) {
	t.Helper()
	want, hits := content(t, src)
	wantHits := map[bool]string{false: hits}
	if wantPG != "" {
		_, wantHits[true] = content(t, wantPG)
	}
	from := src
	for _, to := range via {
		mustRun(t, exitOK, "copy", "--from", from, "--to", to)
		got, hits := content(t, to)
		if got != want {
			t.Fatalf("the copy %s differs from %s:\n%s", to, src, firstDiff(got, want))
		}
		if w, ok := wantHits[outfile.IsURL(to)]; ok && hits != w {
			t.Errorf("search in the copy %s finds other proposals:\n%s", to, firstDiff(hits, w))
		}
		from = to
	}
}

func TestCopySQLiteToSQLiteKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	roundTrip(t, demoFile(t), "", filepath.Join(dir, "a.db"))
	roundTrip(t, signedProtocolFile(t), "", filepath.Join(dir, "b.db"))
}

func TestCopyThroughPostgresAndBackKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	demoPG := pgtest.URL(t)
	clock = func() time.Time { return demo.StoryTime }
	mustRun(t, exitOK, "demo", "--store", demoPG)
	clock = time.Now
	roundTrip(t, demoFile(t), demoPG, pgtest.URL(t), filepath.Join(dir, "a.db"))
	roundTrip(t, signedProtocolFile(t), "", pgtest.URL(t), filepath.Join(dir, "b.db"))
}

// A target that holds anything is refused and left as it was.
func TestCopyRefusesATargetThatIsNotEmpty(t *testing.T) {
	src := demoFile(t)
	file := filepath.Join(t.TempDir(), "other.db")
	mustRun(t, exitOK, "copy", "--from", signedProtocolFile(t), "--to", file)
	before, err := os.ReadFile(file)
	must(t, err)
	out := mustRun(t, exitUsage, "copy", "--from", src, "--to", file, "--lang", "en")
	if !strings.Contains(out, "already exists") && !strings.Contains(out, "not overwritten") && !strings.Contains(out, "SQLite") {
		t.Errorf("copy onto a file says %q", out)
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
		t.Error("the target file changed")
	}

	pg := pgtest.URL(t)
	mustRun(t, exitOK, "copy", "--from", signedProtocolFile(t), "--to", pg)
	want, _ := content(t, pg)
	out = mustRun(t, exitUsage, "copy", "--from", src, "--to", pg, "--lang", "en")
	if !strings.Contains(out, "is not empty") {
		t.Errorf("copy onto a database in use says %q", out)
	}
	if got, _ := content(t, pg); got != want {
		t.Errorf("the target database changed:\n%s", firstDiff(got, want))
	}
}

// A password in a --store or --to URL is never printed.
func TestAPasswordInTheURLIsNeverPrinted(t *testing.T) {
	pg := pgtest.URL(t)
	u, err := url.Parse(pg)
	must(t, err)
	pw, ok := u.User.Password()
	if !ok || pw == "" {
		u.User = url.UserPassword(u.User.Username(), "hemligt-losen-123")
		pw = "hemligt-losen-123"
	}
	withPw := u.String()
	u2, err := url.Parse(pgtest.URL(t))
	must(t, err)
	u.Path = u2.Path
	demoPw := u.String()
	src := demoFile(t)
	dir := t.TempDir()
	var outs []string
	for _, c := range []struct {
		want int
		args []string
	}{
		{exitOK, []string{"demo", "--store", demoPw}},
		{exitOK, []string{"copy", "--from", src, "--to", withPw}},
		{exitUsage, []string{"copy", "--from", src, "--to", withPw}},
		{exitOK, []string{"check", "--store", withPw}},
		{exitOK, []string{"backup", "--store", withPw, "-o", filepath.Join(dir, "b.db")}},
		{exitOK, []string{"copy", "--from", withPw, "--to", filepath.Join(dir, "c.db")}},
		{exitOK, []string{"export", "--store", withPw, "-o", filepath.Join(dir, "e.json")}},
	} {
		outs = append(outs, mustRun(t, c.want, c.args...))
	}
	for i, out := range outs {
		if strings.Contains(out, pw) {
			t.Errorf("command %d printed the password: %s", i, out)
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// A copy stopped midway, by a cancelled context or a failing insert,
// leaves the target as empty as it was, on either adapter.
func TestACopyStoppedMidwayLeavesTheTargetEmpty(t *testing.T) {
	src, err := openAny(context.Background(), demoFile(t))
	must(t, err)
	defer src.Close()
	targets := []string{filepath.Join(t.TempDir(), "t.db")}
	if os.Getenv(pgtest.Env) != "" || os.Getenv("CI") != "" {
		targets = append(targets, pgtest.URL(t))
	}
	for _, to := range targets {
		dst, err := openAny(context.Background(), to)
		must(t, err)
		ctx, cancel := context.WithCancel(context.Background())
		var tables []string
		err = sqlstore.Copy(ctx, src.Runner(), dst.Runner(), to, func(table string, rows int) {
			tables = append(tables, table)
			if table == "decisions" {
				cancel()
			}
		})
		cancel()
		if err == nil || len(tables) == 0 || tables[len(tables)-1] != "decisions" {
			t.Fatalf("copy into %s stopped after %v: %v", to, tables, err)
		}
		must(t, dst.Close())
		assertEmpty(t, to)
	}
}

// assertEmpty fails unless the store at arg holds no proposal, member,
// meeting or audit row.
func assertEmpty(t *testing.T, arg string) {
	t.Helper()
	s, err := openAny(context.Background(), arg)
	must(t, err)
	defer s.Close()
	ctx := context.Background()
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	must(t, err)
	ms, err := s.Members(ctx)
	must(t, err)
	mt, err := s.Meetings(ctx)
	must(t, err)
	audit, err := s.Audit(ctx, "", "", 0)
	must(t, err)
	if len(ps)+len(ms)+len(mt)+len(audit) != 0 {
		t.Errorf("%s holds %d proposals, %d members, %d meetings and %d audit rows after a failed copy", arg, len(ps), len(ms), len(mt), len(audit))
	}
}

// A row PostgreSQL refuses (a comment with a NUL character, which SQLite
// keeps, written behind the store's back) fails the copy there, after
// the rows before it are in, and the database stays empty.
func TestACopyWithARefusedRowLeavesTheDatabaseEmpty(t *testing.T) {
	src := demoFile(t)
	tamper(t, src, `UPDATE comments SET body = body || char(0) WHERE id = (SELECT max(id) FROM comments)`)
	pg := pgtest.URL(t)
	if out := mustRun(t, exitUsage, "copy", "--from", src, "--to", pg); !strings.Contains(out, "comments") {
		t.Errorf("the failed copy says %q", out)
	}
	assertEmpty(t, pg)
}

// The commands take a postgres:// URL for --store: import into a new
// database, check, export, minutes, and backup to a SQLite file.
func TestStoreURLCommands(t *testing.T) {
	dir := t.TempDir()
	pg := pgtest.URL(t)
	in := filepath.Join(dir, "in.csv")
	must(t, os.WriteFile(in, []byte("Ref;Titel;Sammanfattning;Kostnad\r\n7;Nytt område;Ett område för importen.;\r\n"), 0o600))
	mustRun(t, exitOK, "import", "--store", pg, in)
	if out := mustRun(t, exitOK, "check", "--store", pg, "--lang", "en"); !strings.HasPrefix(out, "ok:") {
		t.Errorf("check says %q", out)
	}
	if out := mustRun(t, exitOK, "export", "--store", pg, "--format", "csv"); !strings.Contains(out, "Nytt område") {
		t.Errorf("export gives %q", out)
	}

	demoPG := pgtest.URL(t)
	mustRun(t, exitOK, "copy", "--from", demoFile(t), "--to", demoPG)
	pdf := filepath.Join(dir, "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", demoPG, "--meeting", "2026-10-14", "-o", pdf)
	if b, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("minutes wrote no PDF: %v", err)
	}
	backup := filepath.Join(dir, "kopia.db")
	mustRun(t, exitOK, "backup", "--store", demoPG, "-o", backup)
	want, _ := content(t, demoPG)
	if got, _ := content(t, backup); got != want {
		t.Errorf("the backup differs from the database:\n%s", firstDiff(got, want))
	}
	mustRun(t, exitUsage, "backup", "--store", demoPG, "-o", backup)
}

// The window backs a PostgreSQL store up through model.Store's Backup:
// a new SQLite file, never over an existing one.
func TestBackupOfAPostgresStoreThroughTheStore(t *testing.T) {
	ctx := context.Background()
	s, err := openAny(ctx, pgtest.URL(t))
	must(t, err)
	defer s.Close()
	_, err = s.CreateMember(ctx, model.Member{Name: "Åsa Öberg", Active: true})
	must(t, err)
	path := filepath.Join(t.TempDir(), "kopia.db")
	must(t, s.Backup(ctx, path))
	if ms := membersOf(t, path); len(ms) != 1 || ms[0].Name != "Åsa Öberg" {
		t.Errorf("the backup holds %+v", ms)
	}
	if err := s.Backup(ctx, path); model.ErrorCode(err) != model.EConflict {
		t.Errorf("a backup over an existing file gives %v", err)
	}
}

// membersOf reads the members of the store at arg.
func membersOf(t *testing.T, arg string) []model.Member {
	t.Helper()
	s, err := openAny(context.Background(), arg)
	must(t, err)
	defer s.Close()
	ms, err := s.Members(context.Background())
	must(t, err)
	return ms
}

// A copy is a store to go on with: new rows take the next ids and the
// audit log goes on from the copied head, so check still passes.
func TestACopyTakesNewWrites(t *testing.T) {
	targets := []string{filepath.Join(t.TempDir(), "t.db")}
	if os.Getenv(pgtest.Env) != "" || os.Getenv("CI") != "" {
		targets = append(targets, pgtest.URL(t))
	}
	src := demoFile(t)
	for _, to := range targets {
		mustRun(t, exitOK, "copy", "--from", src, "--to", to)
		ctx := context.Background()
		s, err := openAny(ctx, to)
		must(t, err)
		before, err := s.Members(ctx)
		must(t, err)
		var last int64
		for _, m := range before {
			last = max(last, m.ID)
		}
		m, err := s.CreateMember(ctx, model.Member{Name: "Ny Ledamot", Active: true})
		must(t, err)
		if m.ID != last+1 {
			t.Errorf("%s: the new member has id %d, want %d", to, m.ID, last+1)
		}
		_, err = s.CreateProposal(ctx, model.Content{Ref: "99", Kind: model.KindArea, Title: "Efter kopian"})
		must(t, err)
		must(t, s.Close())
		if out := mustRun(t, exitOK, "check", "--store", to, "--lang", "en"); !strings.HasPrefix(out, "ok:") {
			t.Errorf("check of %s after new writes: %s", to, out)
		}
	}
}

// demo on a server's database that already holds a store is refused and
// leaves it as it was, as demo on an existing file is.
func TestDemoRefusesAServerDatabaseThatIsNotEmpty(t *testing.T) {
	url := pgtest.URL(t)
	mustRun(t, exitOK, "demo", "--store", url)
	export := func() string {
		var keep []string
		for _, line := range strings.Split(mustRun(t, exitOK, "export", "--store", url, "--format", "json"), "\n") {
			if !strings.Contains(line, `"exported_at"`) {
				keep = append(keep, line)
			}
		}
		return strings.Join(keep, "\n")
	}
	before := export()
	out := mustRun(t, exitUsage, "demo", "--store", url, "--lang", "en")
	if !strings.Contains(out, "not empty") {
		t.Errorf("demo on a used database says %q", out)
	}
	if after := export(); after != before {
		t.Error("the database changed")
	}
}
