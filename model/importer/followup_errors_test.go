package importer_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// Every malformed follow-up row is reported at its file, row and column,
// and nothing is imported.
func TestFollowUpSheetErrors(t *testing.T) {
	w, ids := followUpStore(t)
	const head = "Ref;Status;Andel klar (%);Kommentar;Datum\n"
	for _, c := range []struct{ name, text, want string }{
		{"unknown ref", head + "9.9;Pågår;;;2027-03-01\n", "f.csv, rad 2, kolumn Ref: det finns inget förslag 9.9 i databasen; rätta referensen"},
		{"rejected", head + "1.3;Pågår;;;2027-03-01\n", "f.csv, rad 2, kolumn Ref: förslaget 1.3 är inte godkänt (det är avslag); bara godkända förslag följs upp"},
		{"undecided", head + "1.4;Pågår;;;2027-03-01\n", "f.csv, rad 2, kolumn Ref: förslaget 1.4 är inte godkänt (det är för beslut)"},
		{"no ref", head + ";Pågår;;;2027-03-01\n", "f.csv, rad 2, kolumn Ref: referensen saknas"},
		{"bad status", head + "1.1;Klar?;;;2027-03-01\n", `f.csv, rad 2, kolumn Status: "Klar?" är ingen status; skriv Ej påbörjad, Pågår, Genomförd eller Avbruten`},
		{"progress over", head + "1.1;Pågår;140 %;;2027-03-01\n", `f.csv, rad 2, kolumn Andel klar (%): "140 %" ligger utanför 0–100 %`},
		{"progress under", head + "1.1;Pågår;-5;;2027-03-01\n", `f.csv, rad 2, kolumn Andel klar (%): "-5" ligger utanför 0–100 %`},
		{"progress words", head + "1.1;Pågår;hälften;;2027-03-01\n", `f.csv, rad 2, kolumn Andel klar (%): "hälften" är ingen andel; skriv ett tal från 0 till 100, t.ex. 40 eller 40 %`},
		{"bad date", head + "1.1;Pågår;;;31/2/2027\n", `f.csv, rad 2, kolumn Datum: "31/2/2027" är inget datum som finns`},
		{"no date", head + "1.1;Pågår;;;\n", "f.csv, rad 2, kolumn Datum: datum saknas"},
		{"date words", head + "1.1;Pågår;;;igår\n", `f.csv, rad 2, kolumn Datum: "igår" är inget datum`},
		{"no date column", "Ref;Status;Kommentar\n1.1;Pågår;x\n", "f.csv, rad 1: kolumnen Datum saknas"},
		{"no ref column", "Status;Andel klar;Datum\nPågår;40;2027-03-01\n", "f.csv, rad 1: kolumnen Ref saknas"},
		{"duplicate column", "Ref;Andel klar;Progress (%);Datum\n1.1;40;40;2027-03-01\n", "f.csv, rad 1, kolumn Progress (%): kolumnen betyder samma sak som Andel klar i kolumn B"},
		{"refused move", head + "1.1;Genomförd;;;2027-03-01\n", "f.csv, rad 2, kolumn Status: Uppföljningen kan inte gå från ej påbörjad till genomförd"},
		{"progress not started", head + "1.1;;40;;2027-03-01\n", "f.csv, rad 2, kolumn Andel klar (%): "},
		{"back from in progress", head + "1.1;Pågår;;;2027-03-01\n1.1;Ej påbörjad;;;2027-04-01\n", "f.csv, rad 3, kolumn Status: Uppföljningen kan inte gå från pågår till ej påbörjad"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := planFile(t, w.S, "f.csv", []byte(c.text))
			ps := importer.AsProblems(err)
			if ps == nil {
				t.Fatalf("no problems, err %v", err)
			}
			if got := ps.Message(model.Swedish); !strings.Contains(got, c.want) {
				t.Errorf("got\n%s\nwant it to contain\n%s", got, c.want)
			}
			if got := ps.Message(model.English); strings.Contains(got, "%!") {
				t.Errorf("English message %q", got)
			}
		})
	}
	if f := followUp(t, w, ids, "1.1"); f.Status != model.FollowUpNotStarted || len(f.Notes) != 0 {
		t.Fatalf("a refused import wrote %+v", f)
	}
}

// One bad row refuses the whole import, and a follow-up changed in the
// store after the plan was made fails the apply: in both cases no
// follow-up is written.
func TestFollowUpImportIsAllOrNothing(t *testing.T) {
	w, ids := followUpStore(t)
	ctx := context.Background()
	text := "Ref;Status;Kommentar;Datum\n1.1;Pågår;Startat.;2027-03-01\n1.2;Genomförd;Klart.;2027-03-01\n"
	if _, err := planFile(t, w.S, "f.csv", []byte(text)); importer.AsProblems(err) == nil {
		t.Fatalf("err %v, want problems", err)
	}
	text = "Ref;Status;Kommentar;Datum\n1.1;Pågår;Startat.;2027-03-01\n1.2;Pågår;Startat.;2027-03-01\n"
	plan, err := planFile(t, w.S, "f.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.S.AddFollowUpNote(w.Ctx(), ids["1.2"], model.FollowUpNote{Date: model.NewDate(2027, 2, 1), AuthorID: w.Member.ID, Text: "Under tiden."}); err != nil {
		t.Fatal(err)
	}
	err = importer.Apply(ctx, w.S, plan, nil)
	if model.ErrorCode(err) != model.EConflict || !strings.Contains(model.ErrorMessage(err, model.Swedish), "1.2") {
		t.Fatalf("apply after a change: %v", err)
	}
	if f := followUp(t, w, ids, "1.1"); f.Status != model.FollowUpNotStarted || len(f.Notes) != 0 {
		t.Fatalf("a failed apply wrote %+v", f)
	}
}

// A sheet that is the whole history of the work imports again unchanged
// once the work is completed; a stale sheet that says the completed work
// is in progress is refused with the model's message; a note already
// there is not added again, and a new one is.
func TestFollowUpSheetHistory(t *testing.T) {
	w, ids := followUpStore(t)
	history := "Ref;Status;Andel klar;Kommentar;Datum\n" +
		"1.1;Pågår;20;Start.;2027-01-10\n1.1;Pågår;60;Halvvägs.;2027-03-10\n1.1;Genomförd;;Klart.;2027-06-10\n"
	for i := range 2 {
		plan, err := planFile(t, w.S, "h.csv", []byte(history))
		if err != nil {
			t.Fatal(err)
		}
		if want := []importer.ChangeKind{importer.Changed, importer.Unchanged}[i]; plan.FollowUps[0].Kind != want {
			t.Fatalf("import %d: %s, want %s: %+v", i+1, plan.FollowUps[0].Kind, want, plan.FollowUps[0])
		}
		if i == 1 && (!plan.FollowUps[0].Steps[0].Passed || plan.FollowUps[0].Steps[2].Passed) {
			t.Fatalf("steps %+v", plan.FollowUps[0].Steps)
		}
		if err := importer.Apply(w.Ctx(), w.S, plan, nil); err != nil {
			t.Fatal(err)
		}
	}
	if f := followUp(t, w, ids, "1.1"); f.Status != model.FollowUpCompleted || len(f.Notes) != 3 {
		t.Fatalf("after the history: %+v", f)
	}
	_, err := planFile(t, w.S, "h.csv", []byte("Ref;Status;Andel klar;Datum\n1.1;Pågår;80;2027-07-01\n"))
	if got := importer.AsProblems(err).Message(model.Swedish); !strings.Contains(got, "h.csv, rad 2, kolumn Andel klar: Uppföljningen är avslutad") &&
		!strings.Contains(got, "h.csv, rad 2, kolumn Status: Uppföljningen kan inte gå från genomförd till pågår") {
		t.Fatalf("a stale sheet: %v", got)
	}
	plan, err := planFile(t, w.S, "h.csv", []byte(history+"1.1;;;Utvärdering klar.;2027-09-01\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c := plan.FollowUps[0]; c.Kind != importer.Changed || len(c.Added()) != 1 || c.After.Status != model.FollowUpCompleted {
		t.Fatalf("a note on completed work: %+v", c)
	}
}

// A workbook whose one sheet has follow-up columns is read as follow-up,
// with a custom percentage format; an empty Uppföljning sheet beside a
// Förslag sheet is a warning, not an error.
func TestFollowUpSheetToldByItsColumns(t *testing.T) {
	w, _ := followUpStore(t)
	f := excelize.NewFile()
	defer f.Close()
	check(t, f.SetSheetName("Sheet1", "Blad1"))
	pct := "0.0%"
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &pct})
	check(t, err)
	check(t, f.SetSheetRow("Blad1", "A2", &[]any{"Ref", "Andel klar", "Datum"}))
	check(t, f.SetSheetRow("Blad1", "A3", &[]any{"1.5", 0.125, "2027-03-01"}))
	check(t, f.SetCellStyle("Blad1", "B3", "B3", style))
	path := filepath.Join(t.TempDir(), "blad.xlsx")
	check(t, f.SaveAs(path))
	res, err := importer.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 0 || len(res.FollowUps) != 1 || res.FollowUps[0].Progress != 13 || res.FollowUps[0].Sheet != "Blad1" || res.FollowUps[0].Row != 3 {
		t.Fatalf("read %+v", res)
	}
	// 1.5 is not started: a progress is refused by the model.
	if _, err := importer.PlanFiles(context.Background(), w.S, path); !strings.Contains(importer.AsProblems(err).Message(model.English), "blad.xlsx, sheet Blad1, row 3, column Andel klar: ") {
		t.Fatalf("plan: %v", err)
	}

	g := excelize.NewFile()
	defer g.Close()
	check(t, g.SetSheetName("Sheet1", "Förslag"))
	check(t, g.SetSheetRow("Förslag", "A1", &[]any{"Ref", "Titel"}))
	check(t, g.SetSheetRow("Förslag", "A2", &[]any{"1.6", "Ny"}))
	_, err = g.NewSheet("Uppföljning")
	check(t, err)
	path = filepath.Join(t.TempDir(), "båda.xlsx")
	check(t, g.SaveAs(path))
	res, err = importer.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 1 || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Message(model.Swedish), "båda.xlsx, blad Uppföljning: bladet är tomt") {
		t.Fatalf("read %+v", res)
	}
}
