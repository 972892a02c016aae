package storetest

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func testImportWritesEveryItemInOneGo(t *testing.T, h Harness) {
	w := newWorld(t, h)
	old := w.Create(fullContent("1.1"))
	changed := old.Content
	changed.Title = "Föräldrastöd i hela kommunen"
	var calls [][2]int
	items := []model.ImportItem{
		{Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolan som skyddsfaktor"}},
		{Content: fullContent("2.1")},
		{ID: old.ID, BaseRevision: old.Revision, Content: changed},
	}
	err := w.S.Import(w.Ctx(), items, func(done, total int) { calls = append(calls, [2]int{done, total}) })
	check(t, err)
	if len(calls) == 0 || calls[len(calls)-1] != [2]int{3, 3} {
		t.Errorf("progress calls %v, want the last to be 3 of 3", calls)
	}
	if p := w.Proposal(old.ID); p.Revision != 2 || p.Title != changed.Title {
		t.Errorf("1.1 is at revision %d titled %q, want revision 2 with the new title", p.Revision, p.Title)
	}
	for _, ref := range []string{"2", "2.1"} {
		if _, err := w.S.ProposalByRef(context.Background(), ref); err != nil {
			t.Errorf("%s was not created: %v", ref, err)
		}
	}
}

func testImportThatFailsWritesNothing(t *testing.T, h Harness) {
	w := newWorld(t, h)
	old := w.Create(fullContent("1.1"))
	ctx := context.Background()
	before, err := w.S.Audit(ctx, "", "", 0)
	check(t, err)
	changed := old.Content
	changed.Title = "Ändrad"
	cases := map[string][]model.ImportItem{
		"an intervention without its area": {
			{Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolan"}},
			{ID: old.ID, BaseRevision: old.Revision, Content: changed},
			{Content: fullContent("3.1")},
		},
		"a stale base revision": {
			{Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolan"}},
			{ID: old.ID, BaseRevision: old.Revision - 1, Content: changed},
		},
		"a ref taken twice": {
			{Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolan"}},
			{Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolan igen"}},
		},
	}
	for name, items := range cases {
		t.Run(name, func(t *testing.T) {
			err := w.S.Import(w.Ctx(), items, nil)
			if err == nil {
				t.Fatal("the import went through")
			}
			if msg := model.ErrorMessage(err, model.Swedish); msg == "" || model.ErrorCode(err) == model.EInternal {
				t.Errorf("error %v gives code %s and message %q", err, model.ErrorCode(err), msg)
			}
			if _, err := w.S.ProposalByRef(ctx, "2"); model.ErrorCode(err) != model.ENotFound {
				t.Errorf("area 2 was stored: %v", err)
			}
			if p := w.Proposal(old.ID); p.Revision != old.Revision {
				t.Errorf("1.1 got revision %d", p.Revision)
			}
			after, err := w.S.Audit(ctx, "", "", 0)
			check(t, err)
			if len(after) != len(before) {
				t.Errorf("the audit log grew from %d to %d rows", len(before), len(after))
			}
		})
	}
}
