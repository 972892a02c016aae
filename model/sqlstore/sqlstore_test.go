package sqlstore

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestTriggerKeyNamesTheRefusal(t *testing.T) {
	for msg, want := range map[string]string{
		"styrgrupp[audit_locked]: the audit log is append-only": "audit_locked",
		"styrgrupp[proposal_locked]: signed off":                "proposal_locked_plain",
		"styrgrupp[item_locked]: signed off":                    "meeting_locked",
		"constraint failed":                                     "meeting_locked",
	} {
		if got := TriggerKey(msg); got != want {
			t.Errorf("TriggerKey(%q) = %q, want %q", msg, got, want)
		}
	}
}

func TestMergeHitsGivesEachProposalOnceInIDOrder(t *testing.T) {
	got := MergeHits([]int64{5, 2, 2}, []CommentMatch{
		{ID: 40, ProposalID: 7, Body: "later"}, {ID: 11, ProposalID: 2, Body: "in text too"},
		{ID: 12, ProposalID: 3, Body: "first"}, {ID: 31, ProposalID: 7, Body: "earlier"}, {ID: 13, ProposalID: 3, Body: "second"}})
	want := []model.SearchHit{{ProposalID: 2}, {ProposalID: 3, InComment: true, CommentID: 12, Comment: "first"}, {ProposalID: 5},
		{ProposalID: 7, InComment: true, CommentID: 31, Comment: "earlier"}}
	if !slices.Equal(got, want) {
		t.Fatalf("MergeHits = %v, want %v", got, want)
	}
}

// Only the first model.MaxCommentHits proposals found in comments carry
// their comment, so that a common word costs a search no more than that.
func TestMergeHitsCarriesAtMostMaxCommentHitsComments(t *testing.T) {
	var cs []CommentMatch
	for i := range model.MaxCommentHits + 5 {
		cs = append(cs, CommentMatch{ID: int64(1000 + i), ProposalID: int64(i + 1), Body: "b"})
	}
	got := MergeHits(nil, cs)
	if len(got) != len(cs) {
		t.Fatalf("%d hits for %d proposals", len(got), len(cs))
	}
	for i, h := range got {
		carries := h.CommentID != 0 || h.Comment != ""
		if !h.InComment || carries != (i < model.MaxCommentHits) {
			t.Errorf("hit %d: %+v", i, h)
		}
	}
}

func TestParamsAndColumns(t *testing.T) {
	if got := Params(3, 3); got != "$3, $4, $5" {
		t.Errorf("Params(3, 3) = %q", got)
	}
	if got := Columns("seq, at,\n\tactor"); !slices.Equal(got, []string{"seq", "at", "actor"}) {
		t.Errorf("Columns = %q", got)
	}
	if got := Columns(ContentCols); len(got) != len(model.Fields) {
		t.Errorf("ContentCols has %d columns for %d fields", len(got), len(model.Fields))
	}
}

func TestLockedColumnTakesABoolOrAnOutcome(t *testing.T) {
	for _, c := range []struct {
		v    any
		want bool
	}{{true, true}, {false, false}, {"approved", true}, {"deferred", false}, {"", false}, {[]byte("rejected"), true}, {nil, false}} {
		var l lockedCol
		if err := l.Scan(c.v); err != nil || bool(l) != c.want {
			t.Errorf("Scan(%v) = %v, %v; want %v", c.v, bool(l), err, c.want)
		}
	}
	var l lockedCol
	if err := l.Scan(1.5); err == nil {
		t.Error("Scan(1.5) gave no error")
	}
}

func TestMigrationsAreNumberedWithoutAGap(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/0002_more.sql": {Data: []byte("B")},
		"migrations/0001_init.sql": {Data: []byte("A")},
	}
	ms, err := Migrations(fsys)
	if err != nil || len(ms) != 2 || ms[0].SQL != "A" || ms[1].Version != 2 || SchemaVersion(fsys) != 2 {
		t.Fatalf("Migrations = %+v, %v", ms, err)
	}
	fsys["migrations/0004_gap.sql"] = &fstest.MapFile{Data: []byte("C")}
	if _, err := Migrations(fsys); err == nil {
		t.Error("a gap in the numbers was accepted")
	}
}

func TestNoRowsIsNotFound(t *testing.T) {
	err := NoRows(fmt.Errorf("scan: %w", sql.ErrNoRows), "meeting", 7)
	if model.ErrorCode(err) != model.ENotFound {
		t.Fatalf("NoRows = %v", err)
	}
	other := errors.New("disk full")
	if NoRows(other, "meeting", 7) != other {
		t.Fatal("NoRows changed another error")
	}
}
