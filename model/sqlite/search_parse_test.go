package sqlite

import (
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// parseComments cuts the bodies apart by their lengths in bytes, commas
// and multi-byte letters in them too, and refuses lists that disagree.
func TestParseCommentsCutsTheBodiesByTheirLengths(t *testing.T) {
	got, err := parseComments("4,9,12", "2,3,2", "7,0,7", "Åh, ja"+"Nej, å")
	if err != nil {
		t.Fatal(err)
	}
	want := []sqlstore.CommentMatch{{ID: 4, ProposalID: 2, Body: "Åh, ja"}, {ID: 9, ProposalID: 3}, {ID: 12, ProposalID: 2, Body: "Nej, å"}}
	if !slices.Equal(got, want) {
		t.Fatalf("parseComments = %+v, want %+v", got, want)
	}
	if got, err := parseComments("", "", "", ""); err != nil || len(got) != 0 {
		t.Fatalf("no comments: %+v, %v", got, err)
	}
	for _, bad := range [][4]string{{"4", "2,3", "1", "x"}, {"4", "2", "5", "abc"}, {"4", "2", "-1", "x"}, {"4", "x", "1", "a"}} {
		if _, err := parseComments(bad[0], bad[1], bad[2], bad[3]); err == nil {
			t.Errorf("parseComments%q gave no error", bad)
		}
	}
}
