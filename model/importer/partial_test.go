package importer_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// A file with only some columns changes those fields and keeps the rest.
func TestAFileWithSomeColumnsChangesOnlyThem(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	old, err := s.ProposalByRef(ctx, "1.2")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"kostnad.csv":  "Ref;Titel;Kostnad\r\n1.2;" + old.Title + ";2 500 000 kr\r\n",
		"kostnad.json": `{"format_version": 1, "proposals": [{"ref": "1.2", "title": "` + old.Title + `", "cost": 2500000}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			r, err := importer.Read(name, strings.NewReader(text))
			if err != nil {
				t.Fatal(err)
			}
			plan, err := importer.MakePlan(ctx, s, r)
			if err != nil {
				t.Fatal(err)
			}
			c := plan.Changes[0]
			if c.Kind != importer.Changed || !slices.Equal(c.Fields, []string{"cost"}) {
				t.Fatalf("change %s of fields %v, want only the cost changed", c.Kind, c.Fields)
			}
			if got := c.Record.Content; got.Summary != old.Summary || len(got.Evidence) != len(old.Evidence) || got.Cost != model.Kronor(2500000) {
				t.Errorf("the record lost stored fields or its new cost: %+v", got)
			}
		})
	}
}

// Keeping a stored start date does not let a new end date before it in.
func TestAKeptFieldStillHasToFit(t *testing.T) {
	s := demoStore(t)
	old, err := s.ProposalByRef(context.Background(), "1.2")
	if err != nil {
		t.Fatal(err)
	}
	r, err := importer.Read("slut.csv", strings.NewReader("Ref;Titel;Slut\r\n1.2;"+old.Title+";2020-01-01\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = importer.MakePlan(context.Background(), s, r)
	ps := importer.AsProblems(err)
	if len(ps) != 1 || !strings.Contains(ps[0].Message(model.Swedish), "slut.csv, rad 2") || !strings.Contains(ps[0].Message(model.Swedish), "före startdatumet") {
		t.Fatalf("problems %v", ps)
	}
}
