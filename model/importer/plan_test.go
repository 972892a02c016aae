package importer_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// fakeStore holds proposals in memory and counts the calls of Proposals.
type fakeStore struct {
	model.Store
	proposals []model.Proposal
	calls     int
}

func (s *fakeStore) Proposals(context.Context, model.ProposalFilter) ([]model.Proposal, error) {
	s.calls++
	return s.proposals, nil
}

func stored(id int64, c model.Content, status model.Status, locked bool) model.Proposal {
	return model.Proposal{ID: id, Content: c.Normalize(), Status: status, Locked: locked, Revision: 1}
}

func read(t *testing.T, name, text string) importer.Result {
	t.Helper()
	res, err := importer.Read(name, strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestMakePlan(t *testing.T) {
	area := model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"}
	s := &fakeStore{proposals: []model.Proposal{
		stored(1, area, model.StatusDraft, false),
		stored(2, model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Hembesök", Cost: model.Kronor(100)}, model.StatusReady, false),
		stored(3, model.Content{Ref: "1.2", Kind: model.KindIntervention, Title: "Föräldragrupper"}, model.StatusDecided, true),
		stored(4, model.Content{Ref: "1.3", Kind: model.KindIntervention, Title: "Familjecentral"}, model.StatusWithdrawn, false),
		stored(5, model.Content{Ref: "1.4", Kind: model.KindIntervention, Title: "Komet"}, model.StatusDecided, true),
		stored(6, model.Content{Ref: "1.5", Kind: model.KindIntervention, Title: "Öppen förskola"}, model.StatusDecided, false),
	}}
	csv := "Ref;Titel;Kostnad;Kommentar\n" +
		"1;  Tidiga insatser ;;\n" + // unchanged: spaces do not count
		"1.1;Utökade hembesök;100 kr;\n" + // changed title
		"1.2;Föräldragrupper i ABC;;\n" + // locked
		"1.3;Familjecentral i Norrbacka;;\n" + // withdrawn
		"1.4;Komet;;\n" + // locked, but unchanged
		"1.5;Öppen förskola;1;\n" + // decided, not yet signed off
		"1.6;Ny insats;;\n" // new
	res := read(t, "plan.csv", csv)
	plan, err := importer.MakePlan(context.Background(), s, res)
	if err != nil {
		t.Fatal(err)
	}
	if s.calls != 1 {
		t.Errorf("Proposals called %d times", s.calls)
	}
	want := []struct {
		kind   importer.ChangeKind
		fields []string
		reason string
	}{
		{importer.Unchanged, nil, ""},
		{importer.Changed, []string{"title"}, ""},
		{importer.Refused, nil, "Förslaget 1.2 har ett justerat beslut och kan inte längre ändras."},
		{importer.Refused, nil, "Förslaget 1.3 är återtaget."},
		{importer.Unchanged, nil, ""},
		{importer.Refused, nil, "Förslaget 1.5 är redan beslutat."},
		{importer.New, nil, ""},
	}
	if len(plan.Changes) != len(want) {
		t.Fatalf("%d changes", len(plan.Changes))
	}
	for i, w := range want {
		c := plan.Changes[i]
		reason := ""
		if c.Reason != nil {
			reason = model.ErrorMessage(c.Reason, model.Swedish)
		}
		if c.Kind != w.kind || !reflect.DeepEqual(c.Fields, w.fields) || reason != w.reason {
			t.Errorf("%s: %s %v %q, want %s %v %q", c.Record.Content.Ref, c.Kind, c.Fields, reason, w.kind, w.fields, w.reason)
		}
		if c.Kind != importer.New && c.Existing.ID != int64(i+1) {
			t.Errorf("%s: existing %d", c.Record.Content.Ref, c.Existing.ID)
		}
	}
	if len(plan.Warnings) != 1 || plan.Warnings[0].Message(model.Swedish) != "plan.csv, rad 1, kolumn Kommentar: okänd kolumn, som inte läses in" {
		t.Errorf("warnings %q", messages(plan.Warnings))
	}
	if plan.Count(importer.Refused) != 3 || plan.Count(importer.Unchanged) != 2 {
		t.Errorf("counts")
	}
}

// TestMakePlanAcrossFiles: an area in one file serves an intervention in
// another; a ref in two files names both places; an area in the store
// serves too.
func TestMakePlanAcrossFiles(t *testing.T) {
	s := &fakeStore{proposals: []model.Proposal{stored(1, model.Content{Ref: "9", Kind: model.KindArea, Title: "I databasen"}, model.StatusDraft, false)}}
	a := read(t, "områden.csv", "Ref;Titel\n1;Ett\n2;Två\n")
	b := read(t, "insatser.json", `{"format_version": 1, "proposals": [{"ref": "1.1", "title": "A"}, {"ref": "9.1", "title": "B"}]}`)
	plan, err := importer.MakePlan(context.Background(), s, a, b)
	if err != nil || plan.Count(importer.New) != 4 {
		t.Fatalf("%v %+v", err, plan)
	}
	c := read(t, "fler.xlsx.csv", "Ref;Titel\n2;Två igen\n4.1;Utan område\n")
	_, err = importer.MakePlan(context.Background(), s, a, b, c)
	want := []string{
		"fler.xlsx.csv, rad 2, kolumn Ref: referensen 2 finns redan i områden.csv, rad 3",
		"fler.xlsx.csv, rad 3, kolumn Ref: insatsen 4.1 hör till område 4, som varken finns i filerna eller i databasen; lägg till området eller rätta referensen",
	}
	if got := messages(importer.AsProblems(err)); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	d := read(t, "dubbel.json", `{"format_version": 1, "proposals": [{"ref": "1", "title": "A"}, {"ref": "1", "title": "B"}]}`)
	_, err = importer.MakePlan(context.Background(), s, d)
	want = []string{"dubbel.json, rad 2, kolumn ref: referensen 1 finns redan i dubbel.json, rad 1"}
	if got := messages(importer.AsProblems(err)); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

type failingStore struct{ model.Store }

func (failingStore) Proposals(context.Context, model.ProposalFilter) ([]model.Proposal, error) {
	return nil, errors.New("disk on fire")
}

func TestMakePlanStoreError(t *testing.T) {
	if _, err := importer.MakePlan(context.Background(), failingStore{}); err == nil || importer.AsProblems(err) != nil {
		t.Errorf("err = %v", err)
	}
}
