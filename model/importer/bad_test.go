package importer_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// readAndPlan reads a file and plans it on a store, returning the
// problems of whichever step fails.
func readAndPlan(s model.Store, path string) (importer.Result, importer.Problems) {
	res, err := importer.ReadFile(path)
	if err == nil {
		_, err = importer.MakePlan(context.Background(), s, res)
	}
	return res, importer.AsProblems(err)
}

// badFiles are the malformed files of testdata/bad with every message
// each must give, in Swedish, one a line.
var badFiles = map[string]string{
	"missing_title.csv":        "missing_title.csv, rad 3, kolumn Titel: Titel saknas",
	"duplicate_ref.csv":        "duplicate_ref.csv, rad 4, kolumn Ref: referensen 1.1 finns redan i duplicate_ref.csv, rad 3",
	"area_missing.csv":         "area_missing.csv, rad 3, kolumn Ref: insatsen 3.1 hör till område 3, som varken finns i filerna eller i databasen; lägg till området eller rätta referensen",
	"unknown_problem_area.csv": `unknown_problem_area.csv, rad 2, kolumn Preventionsstjärnan: "Mobbning" är inget av preventionsstjärnans områden; skriv ohälsa, ANDTS, våld, kriminalitet eller utanförskap`,
	"unknown_level.csv":        `unknown_level.csv, rad 2, kolumn Preventionsnivå: "Generell nivå" är ingen preventionsnivå; skriv universell, selektiv eller indikerad`,
	"end_before_start.csv":     "end_before_start.csv, rad 2, kolumn Slut: Slutdatumet 2027-01-01 ligger före startdatumet 2027-06-01",
	"negative_cost.csv":        `negative_cost.csv, rad 2, kolumn Kostnad: "-500 000 kr" är negativt; kostnaden ska vara 0 kr eller mer`,
	"unreadable_cost.csv":      `unreadable_cost.csv, rad 2, kolumn Kostnad: "ca 2 miljoner" är inget belopp; skriv t.ex. 1 250 000 eller 1 250 000,50 kr`,
	"bad_date.csv":             `bad_date.csv, rad 2, kolumn Start: "1 mars 2027" är inget datum; skriv t.ex. 2027-03-01 eller 1/3/2027 (dag/månad/år)`,
	"impossible_date.csv":      `impossible_date.csv, rad 2, kolumn Slut: "2027-02-30" är inget datum som finns; kontrollera dag och månad`,
	"bad_quote.csv":            `bad_quote.csv, rad 3: citattecknen går inte ihop: ett värde som börjar med " måste sluta med ", och ett " inuti värdet skrivs ""`,
	"bare_quote.csv":           `bare_quote.csv, rad 3: ett " står i ett värde som inte börjar med "; skriv hela värdet inom citattecken och varje " i det som ""`,
	"duplicate_header.csv":     "duplicate_header.csv, rad 1, kolumn Rubrik: kolumnen betyder samma sak som Titel i kolumn B; ta bort en av dem",
	"missing_ref_column.csv":   "missing_ref_column.csv, rad 1: kolumnen Ref saknas; rubrikraden måste ha en kolumn som heter Ref, Referens eller Nr",
	"empty.csv":                "empty.csv: filen är tom; den ska ha en rubrikrad med minst kolumnerna Ref och Titel och sedan ett förslag per rad",
	"blank_lines.csv":          "blank_lines.csv: filen är tom; den ska ha en rubrikrad med minst kolumnerna Ref och Titel och sedan ett förslag per rad",
	"kind_mismatch.csv":        "kind_mismatch.csv, rad 3, kolumn Typ: Referensen 1.1 passar inte typen område: ett område har en referens som 2, en insats som 2.3",
	"unknown_kind.csv":         `unknown_kind.csv, rad 2, kolumn Typ: "Projekt" är ingen typ; skriv Område eller Insats`,
	"invalid_ref.csv":          `invalid_ref.csv, rad 2, kolumn Ref: "A1" är ingen giltig referens: skriv t.ex. 2 för ett område och 2.3 för en insats`,
	"no_ref.csv":               "no_ref.csv, rad 2, kolumn Ref: Referens saknas",
	"several.csv": `several.csv, rad 2, kolumn Preventionsstjärnan: "Mobbning" är inget av preventionsstjärnans områden; skriv ohälsa, ANDTS, våld, kriminalitet eller utanförskap
several.csv, rad 2, kolumn Start: "2027-13-01" är inget datum som finns; kontrollera dag och månad
several.csv, rad 2, kolumn Kostnad: "mycket" är inget belopp; skriv t.ex. 1 250 000 eller 1 250 000,50 kr
several.csv, rad 2, kolumn Titel: Titel saknas`,
	"proposals.ods":           "proposals.ods: filer av typen .ods kan inte läsas; spara filen som Excel-arbetsbok (.xlsx), CSV (.csv), JSON (.json) eller Word-dokument (.docx)",
	"noext":                   "noext: filen har ingen filändelse; den ska sluta på .xlsx, .csv, .txt, .tsv, .json eller .docx",
	"not_zip.xlsx":            "not_zip.xlsx: filen går inte att öppna som Excel-arbetsbok (.xlsx): zip: not a valid zip file",
	"old_format.xlsx":         "old_format.xlsx: filen är lösenordsskyddad eller sparad i det gamla Excel-formatet (.xls); spara den som Excel-arbetsbok (.xlsx) utan lösenord",
	"damaged.xlsx":            "damaged.xlsx: arbetsboken är skadad (delen xl/_rels/workbook.xml.rels är inte vad den säger sig vara); öppna den i Excel och spara den igen",
	"no_header.xlsx":          "no_header.xlsx, blad Förslag: hittade ingen rubrikrad; överst ska en rad ha minst kolumnerna Ref (eller Referens, Nr) och Titel (eller Rubrik, Title)",
	"ref_date.xlsx":           "ref_date.xlsx, blad Förslag, rad 2, kolumn Ref: Excel har gjort om referensen till datumet 2026-03-02; formatera kolumnen som text och skriv in referensen igen",
	"syntax.json":             "syntax.json: filen är ingen giltig JSON: fel på rad 4, tecken 41 (invalid character '}' looking for beginning of object key string)",
	"truncated.json":          "truncated.json: filen är ingen giltig JSON: fel på rad 5, tecken 1 (unexpected end of JSON input)",
	"trailing.json":           "trailing.json: det står något efter JSON-objektets slut, på rad 2",
	"newer_version.json":      "newer_version.json, kolumn format_version: filen har format_version 2, men den här versionen av Styrgrupp läser bara version 1; uppdatera programmet",
	"missing_version.json":    `missing_version.json, kolumn format_version: format_version saknas; filen ska börja med "format_version": 1`,
	"not_object.json":         "not_object.json: filen ska vara ett JSON-objekt med fälten format_version och proposals",
	"proposals_not_list.json": `proposals_not_list.json, kolumn proposals: väntade en lista inom [ ], men fick {"ref": "1"}`,
	"duplicate_field.json":    "duplicate_field.json, rad 1, kolumn title: fältet finns två gånger i samma objekt (andra gången på rad 1 i filen) och det ena värdet skulle gå förlorat; ta bort det ena",
	"duplicate_proposals.json": `duplicate_proposals.json, kolumn proposals: fältet finns två gånger i samma objekt (andra gången på rad 6 i filen) och det ena värdet skulle gå förlorat; ta bort det ena
duplicate_proposals.json, rad 1, kolumn evidence.kind: fältet finns två gånger i samma objekt (andra gången på rad 8 i filen) och det ena värdet skulle gå förlorat; ta bort det ena`,
	"duplicate_part.xlsx": "duplicate_part.xlsx: arbetsboken är skadad (delen xl/worksheets/sheet1.xml finns två gånger); öppna den i Excel och spara den igen",
	"string_index.xlsx":   "string_index.xlsx, blad Förslag, rad 3, kolumn B: cellen hänvisar till text nummer 7 i arbetsbokens texttabell, som bara har 4 texter; arbetsboken är skadad, öppna den i Excel och spara den igen",
	"wrong_type.json": `wrong_type.json, rad 1, kolumn title: väntade en text inom citattecken, men fick 12
wrong_type.json, rad 1, kolumn partners: väntade en lista med texter, t.ex. ["a", "b"], men fick [1, 2]
wrong_type.json, rad 1, kolumn cost: väntade ett belopp, t.ex. 1250000 eller "1 250 000 kr", men fick true
wrong_type.json, rad 1, kolumn evidence.kind: "Rykte" är ingen typ av evidens; skriv forskning, statistik, rapport, beprövad erfarenhet eller övrigt`,
	"json_values.json": `json_values.json, rad 1, kolumn problem_areas: "Buller" är inget av preventionsstjärnans områden; skriv ohälsa, ANDTS, våld, kriminalitet eller utanförskap
json_values.json, rad 1, kolumn prevention_level: "hög" är ingen preventionsnivå; skriv universell, selektiv eller indikerad
json_values.json, rad 1, kolumn cost: "-100" är negativt; kostnaden ska vara 0 kr eller mer
json_values.json, rad 1, kolumn kind: Referensen 2.3 passar inte typen område: ett område har en referens som 2, en insats som 2.3
json_values.json, rad 1, kolumn end: Slutdatumet 2026-01-01 ligger före startdatumet 2027-03-01`,
}

func TestBadFiles(t *testing.T) {
	entries, err := os.ReadDir("testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	tested := map[string]bool{"many_errors.csv": true}
	for _, e := range entries {
		name := e.Name()
		want, ok := badFiles[name]
		if !ok {
			if !tested[name] {
				t.Errorf("%s: no message in badFiles", name)
			}
			continue
		}
		tested[name] = true
		t.Run(name, func(t *testing.T) {
			_, ps := readAndPlan(emptyStore{}, filepath.Join("testdata/bad", name))
			if got := ps.Message(model.Swedish); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
	for name := range badFiles {
		if !tested[name] {
			t.Errorf("%s: no such file in testdata/bad", name)
		}
	}
	if len(badFiles) < 20 {
		t.Errorf("only %d bad files", len(badFiles))
	}
}

// TestManyErrors: a file with an error in every row reports the first
// MaxProblems of them and a count of the rest.
func TestManyErrors(t *testing.T) {
	_, ps := readAndPlan(emptyStore{}, "testdata/bad/many_errors.csv")
	if len(ps) != importer.MaxProblems+1 {
		t.Fatalf("%d problems", len(ps))
	}
	for i, want := range map[int]string{
		0:   "many_errors.csv, rad 2, kolumn Titel: Titel saknas",
		99:  "many_errors.csv, rad 101, kolumn Titel: Titel saknas",
		100: "many_errors.csv: …och 50 fel till",
	} {
		if got := ps[i].Message(model.Swedish); got != want {
			t.Errorf("problem %d: %q, want %q", i, got, want)
		}
	}
	if got, want := ps[100].Message(model.English), "many_errors.csv: …and 50 more errors"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

// TestMissingFile: a file that is not there is a problem, not a panic.
func TestMissingFile(t *testing.T) {
	_, err := importer.ReadFile(filepath.Join(t.TempDir(), "borta.csv"))
	if got, want := importer.AsProblems(err).Message(model.Swedish), "borta.csv: filen finns inte"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

// emptyStore is a store without proposals.
type emptyStore struct{ model.Store }

func (emptyStore) Proposals(context.Context, model.ProposalFilter) ([]model.Proposal, error) {
	return nil, nil
}
