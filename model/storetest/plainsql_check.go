package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The store's check finds the audit log's rows changed or deleted past
// their triggers, and a revision rewritten.
func testCheckFindsChanges(t *testing.T, h Harness) {
	w, _, it := signedOffWorld(t, h)
	ctx := context.Background()
	r, err := w.S.Check(ctx)
	check(t, err)
	if !r.OK() || r.AuditRows < 10 {
		t.Fatalf("before: %+v", r)
	}
	db := connect(t, h, w)

	// Someone takes the trigger away and rewrites row 3.
	db.mustDropGuards("audit_log")
	db.must(`UPDATE audit_log SET actor = 'Mallory' WHERE seq = 3`)
	r, err = w.S.Check(ctx)
	check(t, err)
	if r.OK() || r.Chain == nil || r.Chain.Seq != 3 || r.Chain.Reason != "hash" || r.AuditRows != 3 {
		t.Fatalf("changed row 3: %+v %+v", r, r.Chain)
	}
	// Giving the changed row a hash that fits moves the break to the next
	// row, whose link no longer holds.
	all, err := w.S.Audit(ctx, "", "", 0)
	check(t, err)
	row3 := all[len(all)-3]
	if row3.Seq != 3 || row3.Actor != "Mallory" {
		t.Fatalf("row 3 reads %+v", row3)
	}
	db.must(`UPDATE audit_log SET hash = $1 WHERE seq = 3`, row3.ComputeHash())
	r, err = w.S.Check(ctx)
	check(t, err)
	if r.Chain == nil || r.Chain.Seq != 4 || r.Chain.Reason != "link" {
		t.Fatalf("rehashed row 3: %+v", r.Chain)
	}
	db.must(`UPDATE audit_log SET at = 'not a time' WHERE seq = 2`)
	r, err = w.S.Check(ctx)
	check(t, err)
	if r.Chain == nil || r.Chain.Seq != 2 || r.Chain.Reason != "hash" {
		t.Fatalf("bad time in row 2: %+v", r.Chain)
	}

	// Deleting a row is a gap.
	w2, _, _ := signedOffWorld(t, h)
	db2 := connect(t, h, w2)
	db2.mustDropGuards("audit_log")
	db2.must(`DELETE FROM audit_log WHERE seq = 5`)
	r, err = w2.S.Check(ctx)
	check(t, err)
	if r.Chain == nil || r.Chain.Seq != 6 || r.Chain.Reason != "sequence" {
		t.Fatalf("deleted row 5: %+v", r.Chain)
	}

	// A revision rewritten behind the triggers' back.
	db.mustDropGuards("revisions")
	db.must(`UPDATE revisions SET content = replace(content, 'Insats', 'Annan insats') WHERE proposal_id = $1`, it.ProposalID)
	r, err = w.S.Check(ctx)
	check(t, err)
	if len(r.Integrity) != 1 || !strings.HasPrefix(r.Integrity[0], "förslag 1.1 version 1: den lagrade texten stämmer inte") {
		t.Fatalf("rewritten revision: %q", r.Integrity)
	}
}

// wantLines checks that the integrity lines are exactly those that begin
// with the prefixes given, in order.
func wantLines(t *testing.T, what string, got []string, prefixes ...string) {
	t.Helper()
	ok := len(got) == len(prefixes)
	for i := 0; ok && i < len(got); i++ {
		ok = strings.HasPrefix(got[i], prefixes[i])
	}
	if !ok {
		t.Fatalf("%s: lines\n%s\nwant lines beginning\n%s", what, strings.Join(got, "\n"), strings.Join(prefixes, "\n"))
	}
}

// A proposal's row and a decision are checked against the revision they
// stand for: a change made past the store shows.
func testCheckFindsChangedContent(t *testing.T, h Harness) {
	w, _, it := signedOffWorld(t, h)
	open := w.AddMeeting(Start.Add(30 * 24 * time.Hour))
	other := w.AddItem(open, w.Ready("1.2", "Annan insats"))
	d := w.Decide(other, model.OutcomeDeferred)
	ctx := context.Background()
	db := connect(t, h, w)

	// The open proposal's title, changed with plain SQL.
	db.must(`UPDATE proposals SET title = 'Ändrad utan ny version' WHERE ref = '1.2'`)
	r, err := w.S.Check(ctx)
	check(t, err)
	wantLines(t, "changed title", r.Integrity, "förslag 1.2: innehållet stämmer inte med version 1 (fingeravtryck ")
	// What the store shows is still the stored fingerprint.
	if p := w.Proposal(other.ProposalID); p.Fingerprint != d.Fingerprint {
		t.Errorf("Fingerprint %s, want the revision's %s", p.Fingerprint, d.Fingerprint)
	}
	db.must(`UPDATE proposals SET title = 'Annan insats' WHERE ref = '1.2'`)

	// The locked proposal, behind its guards taken away.
	db.mustDropGuards("proposals")
	db.must(`UPDATE proposals SET cost_ore = 100 WHERE id = $1`, it.ProposalID)
	// A decision's fingerprint, rewritten on the open meeting.
	db.must(`UPDATE decisions SET fingerprint = $1 WHERE id = $2`, strings.Repeat("ab", 32), d.ID)
	r, err = w.S.Check(ctx)
	check(t, err)
	wantLines(t, "changed cost and decision", r.Integrity,
		"förslag 1.1: innehållet stämmer inte med version 1",
		fmt.Sprintf("beslut %d (förslag 1.2, § 2): fingeravtrycket abab abab abab abab stämmer inte med version 1", d.ID))
	if r.OK() {
		t.Fatal("check passed")
	}
}

// A meeting is signed off by its two sign-offs and by signed_off_at, which
// the triggers read; check finds the two disagreeing.
func testCheckFindsSignOffDisagreement(t *testing.T, h Harness) {
	w, signed, _ := signedOffWorld(t, h)
	ctx := context.Background()
	a := w.AddMeeting(time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC))
	b := w.AddMeeting(time.Date(2026, 11, 4, 9, 0, 0, 0, time.UTC))
	db := connect(t, h, w)
	now := time.Now().UTC().Format(time.RFC3339Nano)
	db.must(`INSERT INTO sign_offs (meeting_id, role, member_id, signed_at) VALUES ($1, 'chair', $2, $3)`, a.ID, w.Chair.ID, now)
	db.must(`INSERT INTO sign_offs (meeting_id, role, member_id, signed_at) VALUES ($1, 'adjuster', $2, $3)`, a.ID, w.Adjuster.ID, now)
	db.must(`UPDATE meetings SET signed_off_at = $1 WHERE id = $2`, now, b.ID)
	r, err := w.S.Check(ctx)
	check(t, err)
	wantLines(t, "sign-offs", r.Integrity,
		fmt.Sprintf("sammanträde %d (2026-10-07): ordföranden och justeraren har justerat, men", a.ID),
		fmt.Sprintf("sammanträde %d (2026-11-04): sammanträdet är markerat som justerat", b.ID))
	for _, l := range r.Integrity {
		if strings.Contains(l, fmt.Sprintf("sammanträde %d ", signed.ID)) {
			t.Errorf("the rightly signed-off meeting is reported: %s", l)
		}
	}
}
