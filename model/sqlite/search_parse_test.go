package sqlite

import (
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// parseComments pairs each comment with its proposal and refuses lists
// that disagree.
func TestParseCommentsPairsCommentsWithProposals(t *testing.T) {
	got, err := parseComments("4,9,12", "2,3,2")
	if err != nil {
		t.Fatal(err)
	}
	want := []sqlstore.CommentMatch{{ID: 4, ProposalID: 2}, {ID: 9, ProposalID: 3}, {ID: 12, ProposalID: 2}}
	if !slices.Equal(got, want) {
		t.Fatalf("parseComments = %+v, want %+v", got, want)
	}
	if got, err := parseComments("", ""); err != nil || len(got) != 0 {
		t.Fatalf("no comments: %+v, %v", got, err)
	}
	for _, bad := range [][2]string{{"4", "2,3"}, {"4,5", "2"}, {"4", "x"}, {"x", "2"}} {
		if _, err := parseComments(bad[0], bad[1]); err == nil {
			t.Errorf("parseComments%q gave no error", bad)
		}
	}
}

// cutBodies cuts the bodies apart by their lengths in bytes, commas and
// multi-byte letters in them too, and refuses lists that disagree.
func TestCutBodiesByTheirLengths(t *testing.T) {
	got, err := cutBodies("4,9,12", "7,0,7", "Åh, ja"+"Nej, å")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[4] != "Åh, ja" || got[9] != "" || got[12] != "Nej, å" {
		t.Fatalf("cutBodies = %v", got)
	}
	if got, err := cutBodies("", "", ""); err != nil || len(got) != 0 {
		t.Fatalf("no comments: %v, %v", got, err)
	}
	for _, bad := range [][3]string{{"4", "1,2", "x"}, {"4", "5", "abc"}, {"4", "-1", "x"}, {"x", "1", "a"}} {
		if _, err := cutBodies(bad[0], bad[1], bad[2]); err == nil {
			t.Errorf("cutBodies%q gave no error", bad)
		}
	}
}
