package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// A follow-up sheet dropped on the window shows what it changes, row by
// row, and its import writes the notes in the name of the member the
// user said they are.
func TestFollowUpSheetShowsThePlanAndImportsIt(t *testing.T) {
	w := importWindow(t)
	ctx := context.Background()
	es, err := w.store.FollowUps(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var e model.FollowUpEntry
	for _, x := range es {
		if !x.FollowUp.Final() {
			e = x
			break
		}
	}
	if e.Proposal.Ref == "" {
		t.Fatal("the demo store has no follow-up to report on")
	}
	members, err := w.store.Members(ctx)
	if err != nil || len(members) == 0 {
		t.Fatal(err)
	}
	w.setMe(members[0])
	path := writeFile(t, "uppföljning.csv", "Ref;Status;Andel klar (%);Kommentar;Datum\r\n"+
		e.Proposal.Ref+";Pågår;40 %;Två grupper i gång.;2027-03-01\r\n")
	f := &importFlow{w: w}
	plan, err := importer.PlanFiles(w.ctx, w.store, path)
	if err != nil {
		t.Fatalf("reading the file: %v", err)
	}
	f.showPreview(plan)
	if got := f.summary.Text; got != "Uppföljning: 1 ändrade, 0 oförändrade" {
		t.Errorf("preview says %q", got)
	}
	lines := followUpLines(plan)
	if len(lines) != 2 || !strings.Contains(lines[0], e.Proposal.Ref) ||
		!strings.Contains(lines[1], "uppföljning.csv, rad 2, 2027-03-01: ") || !strings.Contains(lines[1], "→ 40 %, ny anteckning") {
		t.Errorf("preview lines %q", lines)
	}
	f.apply()
	got, err := w.store.FollowUp(ctx, e.Proposal.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := got.Notes[len(got.Notes)-1]
	if got.Status != model.FollowUpInProgress || got.Progress != 40 || last.Text != "Två grupper i gång." || last.AuthorID != members[0].ID {
		t.Fatalf("saved %+v", got)
	}
}
