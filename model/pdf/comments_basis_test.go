package pdf_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// An edited comment says so with its time in the decision basis; a
// deleted one that others answered keeps its place as "[borttagen]",
// its text not printed.
func TestBasisMarksEditedAndDeletedComments(t *testing.T) {
	s, _, _ := store(t)
	in, err := pdf.LoadBasis(context.Background(), s, "1.1")
	if err != nil {
		t.Fatal(err)
	}
	var author int64
	for id := range in.Members {
		author = id
		break
	}
	at := time.Date(2026, 10, 2, 9, 15, 0, 0, time.UTC)
	in.Comments = []model.Comment{
		{ID: 901, ProposalID: in.Proposal.ID, AuthorID: author, Body: "Texten som ändrades", CreatedAt: at, EditedAt: at.Add(time.Hour)},
		{ID: 902, ProposalID: in.Proposal.ID, AuthorID: author, Body: "", CreatedAt: at, DeletedAt: at.Add(2 * time.Hour)},
		{ID: 903, ProposalID: in.Proposal.ID, ParentID: 902, AuthorID: author, Body: "Svaret står kvar", CreatedAt: at.Add(time.Minute)},
	}
	for _, tc := range []struct {
		l               model.Language
		edited, deleted string
	}{
		{model.Swedish, "ändrad ", "[borttagen]"},
		{model.English, "edited ", "[deleted]"},
	} {
		opts := options(tc.l)
		opts.Comments = true
		var buf bytes.Buffer
		if _, err := pdf.Basis(&buf, in, opts); err != nil {
			t.Fatal(err)
		}
		path := save(t, "basis-comments-edited-"+string(tc.l)+".pdf", buf.Bytes())
		all := flat(strings.Join(pdfText(t, path), "\n"))
		for _, w := range []string{"Texten som ändrades", tc.edited, tc.deleted, "Svaret står kvar"} {
			if !strings.Contains(all, w) {
				t.Errorf("%s: the decision basis lacks %q", tc.l, w)
			}
		}
		if strings.Count(all, tc.edited) != 1 {
			t.Errorf("%s: %q appears %d times, want once (the edited comment only)", tc.l, tc.edited, strings.Count(all, tc.edited))
		}
	}
}
