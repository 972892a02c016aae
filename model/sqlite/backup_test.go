package sqlite_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	check(t, err)
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// openChecked opens the store file at path, checks it whole and returns
// how many proposals it holds.
func openChecked(t *testing.T, path string) int {
	t.Helper()
	s, err := sqlite.Open(path)
	check(t, err)
	defer s.Close()
	r, err := s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("Check on %s: %+v", filepath.Base(path), r)
	}
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	check(t, err)
	return len(ps)
}

// TestBackupWhileAnotherGoroutineWrites: copies made while proposals and
// comments are being written each hold one whole state of the store,
// open as stores and pass Check; the writes go on meanwhile.
func TestBackupWhileAnotherGoroutineWrites(t *testing.T) {
	w := newWorld(t)
	before := len(mustProposals(t, w.s))
	stop := make(chan struct{})
	var written atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			ctx := model.WithActor(context.Background(), "Bo Ek")
			p, err := w.s.CreateProposal(ctx, model.Content{Ref: fmt.Sprintf("1.%d", i), Kind: model.KindIntervention,
				Title: fmt.Sprintf("Insats %d", i), Summary: strings.Repeat("Text som fyller sidorna. ", 40)})
			if err != nil {
				t.Error(err)
				return
			}
			if _, err := w.s.AddComment(ctx, model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Bra förslag."}); err != nil {
				t.Error(err)
				return
			}
			written.Add(1)
		}
	}()
	dir := t.TempDir()
	var copies []string
	for i := range 5 {
		for written.Load() < int64(5*(i+1)) && !t.Failed() {
			time.Sleep(time.Millisecond) // let the writer get ahead
		}
		path := filepath.Join(dir, fmt.Sprintf("kopia-%d.db", i))
		check(t, w.s.Backup(context.Background(), path))
		copies = append(copies, path)
	}
	close(stop)
	wg.Wait()
	after := len(mustProposals(t, w.s))
	if after-before < 25 {
		t.Fatalf("only %d proposals were written during the backups", after-before)
	}
	last := before
	for _, path := range copies {
		n := openChecked(t, path)
		if n < last || n > after {
			t.Errorf("%s holds %d proposals; want from %d to %d", filepath.Base(path), n, last, after)
		}
		last = n
	}
	if last == before {
		t.Error("no copy holds what was written during the backups")
	}
	if got := entries(t, dir); len(got) != len(copies) {
		t.Errorf("the folder holds %v, want only the copies", got)
	}
	// The store itself is whole and open for writing after all that.
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Errorf("the store after the backups: %+v", r)
	}
	w.Create(model.Content{Ref: "2", Kind: model.KindArea, Title: "Efter kopiorna"})
}

func mustProposals(t *testing.T, s model.Store) []model.Proposal {
	t.Helper()
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	check(t, err)
	return ps
}

// TestBackupRefusesAnExistingFile: an existing file, the store's own
// file among them, is left as it was.
func TestBackupRefusesAnExistingFile(t *testing.T) {
	w := newWorld(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "viktig.db")
	check(t, os.WriteFile(existing, []byte("viktigt"), 0o600))
	err := w.s.Backup(context.Background(), existing)
	wantCode(t, err, model.EConflict, "backup_exists")
	if got, want := model.ErrorMessage(err, model.Swedish), existing+" finns redan. En säkerhetskopia skrivs bara till en ny fil, så att ingenting skrivs över."; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if b, _ := os.ReadFile(existing); string(b) != "viktigt" {
		t.Errorf("the file was changed to %q", b)
	}
	if got := entries(t, dir); !slices.Equal(got, []string{"viktig.db"}) {
		t.Errorf("the folder holds %v", got)
	}
	own, err := os.ReadFile(w.s.Path())
	check(t, err)
	wantCode(t, w.s.Backup(context.Background(), w.s.Path()), model.EConflict, "backup_exists")
	if after, _ := os.ReadFile(w.s.Path()); !bytes.Equal(own, after) {
		t.Error("the store's file was changed")
	}
}

// TestAFailedBackupLeavesNothing: a folder that is not there, and a
// backup cancelled before it ends, leave no file.
func TestAFailedBackupLeavesNothing(t *testing.T) {
	w := newWorld(t)
	missing := filepath.Join(t.TempDir(), "saknas", "kopia.db")
	err := w.s.Backup(context.Background(), missing)
	wantCode(t, err, model.EInternal, "backup_failed")
	if got := model.ErrorMessage(err, model.Swedish); !strings.HasPrefix(got, "Säkerhetskopian "+missing+" kunde inte skrivas.") {
		t.Errorf("message %q", got)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	wantCode(t, w.s.Backup(ctx, filepath.Join(dir, "kopia.db")), model.EInternal, "backup_failed")
	if got := entries(t, dir); len(got) != 0 {
		t.Errorf("a failed backup left %v", got)
	}
}

// TestTheCopyIsAStoreOfItsOwn: the copy opens, checks, has today's
// schema and takes writes without touching the original.
func TestTheCopyIsAStoreOfItsOwn(t *testing.T) {
	w := newWorld(t)
	m := w.AddMeeting(start.AddDate(0, 1, 0))
	it := w.AddItem(m, w.Ready("1.1", "Föräldraskapsstöd"))
	w.Decide(it, model.OutcomeApproved)
	w.SignOff(m)
	path := filepath.Join(t.TempDir(), "kopia.db")
	check(t, w.s.Backup(context.Background(), path))
	if got := userVersion(t, path); got != sqlite.SchemaVersion() {
		t.Errorf("the copy is at schema %d", got)
	}
	c, err := sqlite.Open(path)
	check(t, err)
	defer c.Close()
	if old, backup := c.MigratedFrom(); old != 0 || backup != "" {
		t.Errorf("opening the copy migrated it: %d, %q", old, backup)
	}
	want, got := snapshot(t, w.s), snapshot(t, c)
	if i := firstDifference(got.Records, want.Records); i >= 0 {
		t.Errorf("record %d differs:\n got %q\nwant %q", i, at(got.Records, i), at(want.Records, i))
	}
	if _, err := c.CreateProposal(context.Background(), model.Content{Ref: "9", Kind: model.KindArea, Title: "Bara i kopian"}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.s.ProposalByRef(context.Background(), "9"); model.ErrorCode(err) != model.ENotFound {
		t.Errorf("a write to the copy reached the store: %v", err)
	}
}
