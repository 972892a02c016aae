package importer_test

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// demoStore opens a new store with the demo programme in it.
func demoStore(t *testing.T) model.Store { return testdemo.Store(t) }

// TestExportRoundTrip: exporting the demo store and importing the export
// changes nothing, in both formats; the signed-off proposals are
// unchanged, not refused.
func TestExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	e, err := importer.Collect(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []struct {
		name  string
		write func(*bytes.Buffer, importer.Export) error
	}{
		{"export.csv", func(b *bytes.Buffer, e importer.Export) error { return importer.WriteCSV(b, e) }},
		{"export.json", func(b *bytes.Buffer, e importer.Export) error { return importer.WriteJSON(b, e) }},
	} {
		t.Run(format.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := format.write(&b, e); err != nil {
				t.Fatal(err)
			}
			res, err := importer.Read(format.name, &b)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if len(res.Warnings) > 0 {
				t.Errorf("warnings: %v", importer.Problems(res.Warnings))
			}
			plan, err := importer.MakePlan(ctx, s, res)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Changes) != len(e.Proposals) || plan.Count(importer.Unchanged) != len(e.Proposals) {
				for _, c := range plan.Changes {
					if c.Kind != importer.Unchanged {
						t.Errorf("%s: %s %v %v", c.Record.Content.Ref, c.Kind, c.Fields, c.Reason)
					}
				}
				t.Fatalf("%d changes, %d unchanged, want %d unchanged", len(plan.Changes), plan.Count(importer.Unchanged), len(e.Proposals))
			}
		})
	}
}

// TestReimportUnchanged: every good testdata file imported into an empty
// store, then planned again, is unchanged in every row; a changed cell
// changes exactly that proposal and field.
func TestReimportUnchanged(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var results []importer.Result
	for _, name := range []string{"utf8_bom.csv", "windows1252.csv", "tabs.tsv", "aliases.csv", "title_rows.csv", "proposals.json"} {
		results = append(results, readTestdata(t, name))
	}
	plan, err := importer.MakePlan(ctx, s, results...)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Count(importer.New) != 12 {
		t.Fatalf("%d new", plan.Count(importer.New))
	}
	if err := importer.Apply(ctx, s, plan, nil); err != nil {
		t.Fatal(err)
	}
	again, err := importer.MakePlan(ctx, s, results...)
	if err != nil {
		t.Fatal(err)
	}
	if again.Count(importer.Unchanged) != 12 {
		for _, c := range again.Changes {
			t.Errorf("%s: %s %v", c.Record.Content.Ref, c.Kind, c.Fields)
		}
	}

	edited := read(t, "windows1252.csv", "Ref;Titel;Målgrupp;Preventionsstjärnan;Ansvarig;Kostnad\r\n"+
		"2;Trygga skolor och fritidsgårdar;Elever i årskurs 7–9;Våld;Förvaltningschef för barn- och utbildning;1 250 000\r\n"+
		"2.1;Skolkuratorer på högstadiet;Elever som är frånvarande;Utanförskap;Skolchef;500 000\r\n")
	plan, err = importer.MakePlan(ctx, s, edited)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Count(importer.Unchanged) != 1 || plan.Count(importer.Changed) != 1 || !reflect.DeepEqual(plan.Changes[1].Fields, []string{"cost"}) {
		t.Fatalf("%+v", plan.Changes)
	}
	if err := importer.Apply(ctx, s, plan, nil); err != nil {
		t.Fatal(err)
	}
	revs, err := s.Revisions(ctx, plan.Changes[1].Existing.ID)
	if err != nil || len(revs) != 2 {
		t.Errorf("%d revisions, %v", len(revs), err)
	}
}
