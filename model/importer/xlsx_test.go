package importer_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// TestReadXLSX reads a workbook as people make them: an overview sheet
// first, then Förslag with a merged title row and a blank row above the
// header, a date cell, numbers for costs and one ref, line breaks in a
// cell, a value merged down over three rows and a title merged across two
// columns.
func TestReadXLSX(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	check(t, f.SetSheetName("Sheet1", "Översikt"))
	check(t, f.SetCellValue("Översikt", "A1", "Programmet En kommun fri från våld"))
	_, err := f.NewSheet("Förslag")
	check(t, err)
	const s = "Förslag"
	set := func(cell string, v any) { t.Helper(); check(t, f.SetCellValue(s, cell, v)) }
	set("A1", "Förslag till styrgruppen – hösten 2027")
	check(t, f.MergeCell(s, "A1", "H1"))
	check(t, f.SetSheetRow(s, "A3", &[]any{"Ref", "Titel", "Riskfaktorer", "Ansvarig", "Start", "Slut", "Kostnad (kr)", "Preventionsstjärnan", "Anteckning"}))
	check(t, f.SetSheetRow(s, "A4", &[]any{"2", "Trygg skola", "Låg skolnärvaro\nMobbning", "Skolchef", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), "2029-12-31", 1250000.5, "Våld\nUtanförskap", "ok"}))
	check(t, f.SetSheetRow(s, "A5", &[]any{2.3, "Kuratorer", nil, nil, time.Date(2027, 8, 15, 0, 0, 0, 0, time.UTC), nil, 450000}))
	check(t, f.SetSheetRow(s, "A6", &[]any{"2.10", "Mentorer i\r\nhögstadiet"}))
	check(t, f.MergeCell(s, "D4", "D6")) // after the rows: excelize writes a covered cell's value to the top-left one
	check(t, f.SetSheetRow(s, "A8", &[]any{"2.4", "Lovskola", nil, "Rektor"}))
	check(t, f.MergeCell(s, "B8", "C8"))
	path := filepath.Join(t.TempDir(), "förslag.xlsx")
	check(t, f.SaveAs(path))

	res, err := importer.ReadFile(path)
	if err != nil {
		t.Fatal(importer.AsProblems(err).Message(model.Swedish))
	}
	checkRecords(t, res.Records, []int{4, 5, 6, 8}, []model.Content{{
		Ref: "2", Kind: model.KindArea, Title: "Trygg skola", RiskFactors: []string{"Låg skolnärvaro", "Mobbning"},
		Responsible: "Skolchef", Start: date(2027, 1, 1), End: date(2029, 12, 31), Cost: model.Money{Ore: 125000050, Set: true},
		ProblemAreas: []model.ProblemArea{model.Violence, model.Exclusion},
	}, {
		Ref: "2.3", Kind: model.KindIntervention, Title: "Kuratorer", Responsible: "Skolchef",
		Start: date(2027, 8, 15), Cost: model.Kronor(450000),
	}, {
		Ref: "2.10", Kind: model.KindIntervention, Title: "Mentorer i\nhögstadiet", Responsible: "Skolchef",
	}, {
		Ref: "2.4", Kind: model.KindIntervention, Title: "Lovskola", Responsible: "Rektor",
	}})
	for _, r := range res.Records {
		if r.Sheet != "Förslag" || r.File != "förslag.xlsx" {
			t.Errorf("record at %q %q", r.File, r.Sheet)
		}
	}
	want := []string{
		"förslag.xlsx, blad Förslag, rad 3, kolumn Anteckning: okänd kolumn, som inte läses in",
		"förslag.xlsx, blad Förslag, rad 5, kolumn Ref: referensen 2.3 är ett tal i Excel, som gör om t.ex. 2.10 till 2.1; formatera kolumnen som text och skriv in referenserna igen",
	}
	if got := messages(res.Warnings); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings:\n%q\nwant\n%q", got, want)
	}
}

// TestXLSXSheetChoice: a sheet named Proposals in any case is read, else
// the first with a warning naming the others.
func TestXLSXSheetChoice(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, sheets ...string) string {
		f := excelize.NewFile()
		defer f.Close()
		for i, s := range sheets {
			if i == 0 {
				f.SetSheetName("Sheet1", s)
			} else {
				f.NewSheet(s)
			}
			f.SetSheetRow(s, "A1", &[]any{"Ref", "Titel"})
			f.SetSheetRow(s, "A2", &[]any{"1", "Från " + s})
		}
		path := filepath.Join(dir, name)
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for _, tc := range []struct {
		path, title string
		warnings    []string
	}{
		{write("a.xlsx", "Översikt", "PROPOSALS"), "Från PROPOSALS", nil},
		{write("b.xlsx", "Blad1", "Blad2", "Blad3"), "Från Blad1", []string{"b.xlsx, blad Blad1: inget blad heter Förslag, så det första bladet lästes; de andra (Blad2, Blad3) lästes inte"}},
		{write("c.xlsx", "Data"), "Från Data", nil},
	} {
		res, err := importer.ReadFile(tc.path)
		if err != nil || len(res.Records) != 1 || res.Records[0].Content.Title != tc.title {
			t.Errorf("%s: %v %+v", tc.path, err, res.Records)
		}
		if got := messages(res.Warnings); !reflect.DeepEqual(got, tc.warnings) {
			t.Errorf("%s: warnings %q, want %q", tc.path, got, tc.warnings)
		}
	}
}

// TestXLSX1904: a workbook in the 1904 date system reads its dates right.
func TestXLSX1904(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	date1904 := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
		t.Fatal(err)
	}
	f.SetSheetRow("Sheet1", "A1", &[]any{"Ref", "Titel", "Start"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"1", "A", time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)})
	path := filepath.Join(t.TempDir(), "1904.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	res, err := importer.ReadFile(path)
	if err != nil || len(res.Records) != 1 || res.Records[0].Content.Start != date(2027, 3, 1) {
		t.Fatalf("%v %+v", err, res.Records)
	}
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }
