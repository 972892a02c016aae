package model_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// A comment edited and one deleted are told in the proposal's timeline
// in words, by their author, in both languages.
func TestCommentEditsAndDeletionsAreInTheTimeline(t *testing.T) {
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	w := storetest.NewWorld(t, s)
	p := w.Ready("1.1", "Insats")
	c, err := s.AddComment(w.Clock.At("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Först"})
	assertNoErr(t, err)
	_, err = s.EditComment(w.Clock.At("Dan Åström"), c.ID, w.Member.ID, "Sedan")
	assertNoErr(t, err)
	assertNoErr(t, s.DeleteComment(w.Clock.At("Dan Åström"), c.ID, w.Member.ID))
	d, err := s.ProposalDetail(context.Background(), p.ID)
	assertNoErr(t, err)
	var got []model.TimelineEvent
	for _, e := range d.Timeline() {
		if e.Kind == model.TimelineCommentEdited || e.Kind == model.TimelineCommentDeleted {
			got = append(got, e)
		}
	}
	if len(got) != 2 || got[0].Kind != model.TimelineCommentEdited || got[1].Kind != model.TimelineCommentDeleted ||
		got[0].Actor != "Dan Åström" || got[1].Actor != "Dan Åström" {
		t.Fatalf("timeline events %+v, want the edit and the deletion by Dan Åström", got)
	}
	for _, tc := range []struct {
		l    model.Language
		want [2]string
	}{
		{model.Swedish, [2]string{"Kommentar ändrad", "Kommentar borttagen"}},
		{model.English, [2]string{"Comment edited", "Comment deleted"}},
	} {
		for i, e := range got {
			if txt := e.Text(tc.l); txt != tc.want[i] {
				t.Errorf("%s: %q, want %q", tc.l, txt, tc.want[i])
			}
		}
	}
}
