package postgres_test

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// An import sends its rows with COPY in the text format (bulk.go), where
// a tab, a newline, a backslash and \N mean something: text holding them,
// and an unset cost (NULL), must come back as they went in, and be found
// by search.
func TestImportCopyTextKeepsEveryCharacter(t *testing.T) {
	w := newWorld(t)
	odd := model.Content{
		Ref: "9", Kind: model.KindArea, Title: `Tab\there, back\slash, \N och \\N`,
		Summary:     "Rad ett\nrad två\r\nrad tre\\",
		Description: "Åtgärd för ödmjuka flickor\t– \"citat\" ; semikolon",
		Rationale:   `C:\Users\anna\n`,
	}
	costed := model.Content{Ref: "9.1", Kind: model.KindIntervention, Title: "Kostnad", Cost: model.Money{Ore: 1, Set: true}}
	check(t, w.s.Import(w.Ctx(), []model.ImportItem{{Content: odd}, {Content: costed}}, nil))
	ctx := context.Background()
	ps, err := w.s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	got := map[string]model.Content{}
	for _, p := range ps {
		got[p.Ref] = p.Content
	}
	want := odd.Normalize()
	if g := got["9"]; g.Title != want.Title || g.Summary != want.Summary || g.Description != want.Description ||
		g.Rationale != want.Rationale || g.Cost.Set {
		t.Errorf("read back %+v\nwant %+v", g, want)
	}
	if g := got["9.1"]; !g.Cost.Set || g.Cost.Ore != 1 {
		t.Errorf("cost read back %+v, want 0,01 kr", g.Cost)
	}
	for _, q := range []string{"ödmjuka", "slash", "users anna"} {
		hits, err := w.s.Search(ctx, q)
		check(t, err)
		if len(hits) != 1 {
			t.Errorf("search %q: %d hits, want 1", q, len(hits))
		}
	}
	r, err := w.s.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Errorf("check: %s", reportText(r))
	}
}
