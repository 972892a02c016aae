package importer_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// readTestdata reads a file of testdata and fails the test on errors.
func readTestdata(t *testing.T, name string) importer.Result {
	t.Helper()
	res, err := importer.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("%s: %v", name, importer.AsProblems(err).Message(model.Swedish))
	}
	if res.File != filepath.Base(name) {
		t.Errorf("File = %q", res.File)
	}
	return res
}

// messages returns the problems' messages in Swedish.
func messages(ps []importer.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Message(model.Swedish))
	}
	return out
}

// checkRecords compares records' rows and contents with want.
func checkRecords(t *testing.T, got []importer.Record, rows []int, want []model.Content) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d: %+v", len(got), len(want), got)
	}
	for i, r := range got {
		if r.Row != rows[i] {
			t.Errorf("record %d: row %d, want %d", i, r.Row, rows[i])
		}
		if w := want[i].Normalize(); !reflect.DeepEqual(r.Content, w) {
			t.Errorf("record %d (row %d):\n got %#v\nwant %#v", i, r.Row, r.Content, w)
		}
	}
}

func date(y int, m time.Month, d int) model.Date { return model.NewDate(y, m, d) }

func TestReadUTF8BOM(t *testing.T) {
	res := readTestdata(t, "utf8_bom.csv")
	checkRecords(t, res.Records, []int{2, 4}, []model.Content{{
		Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser för barn och föräldrar",
		Summary: "Stöd från graviditeten till skolstarten.",
		Evidence: []model.Evidence{
			{Kind: model.EvidenceResearch, Citation: "Heckman, J. J. (2006). Skill formation. Science, 312(5782)"},
			{Kind: model.EvidenceReport, Citation: "Socialdepartementet (2018). Nationell strategi för ett stärkt föräldraskapsstöd", URL: "https://www.regeringen.se"},
			{Kind: model.EvidenceOther, Citation: `Dialogmöten med BVC ("öppna förskolan")`},
		},
		RiskFactors:  []string{"Hög föräldrastress", "Konflikter i familjen"},
		ProblemAreas: []model.ProblemArea{model.IllHealth, model.Violence}, PreventionLevel: model.Universal,
		TargetGroup: "Föräldrar med barn 0–6 år", Start: date(2027, 1, 1), End: date(2030, 12, 31),
		Cost: model.Kronor(7030000),
	}, {
		Ref: "1.1", Kind: model.KindIntervention, Title: "Utökade hembesök",
		Evidence:     []model.Evidence{{Kind: model.EvidenceExperience, Citation: "BVC i Norrbacka", URL: "https://example.se/bvc"}},
		ProblemAreas: []model.ProblemArea{model.IllHealth}, PreventionLevel: model.Selective,
		TargetGroup: "Förstagångsföräldrar", Start: date(2027, 3, 1), End: date(2029, 12, 31),
		Cost: model.Money{Ore: 238000050, Set: true},
	}})
	want := []string{"utf8_bom.csv, rad 1, kolumn Kommentar: okänd kolumn, som inte läses in"}
	if got := messages(res.Warnings); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings %q, want %q", got, want)
	}
}

func TestReadWindows1252(t *testing.T) {
	raw, err := os.ReadFile("testdata/windows1252.csv")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "å") || !strings.Contains(string(raw), "\xe5") {
		t.Fatal("testdata/windows1252.csv is not Windows-1252; run go test -run TestGenerate -update")
	}
	res := readTestdata(t, "windows1252.csv")
	checkRecords(t, res.Records, []int{2, 3}, []model.Content{{
		Ref: "2", Kind: model.KindArea, Title: "Trygga skolor och fritidsgårdar", TargetGroup: "Elever i årskurs 7–9",
		ProblemAreas: []model.ProblemArea{model.Violence}, Responsible: "Förvaltningschef för barn- och utbildning",
		Cost: model.Kronor(1250000),
	}, {
		Ref: "2.1", Kind: model.KindIntervention, Title: "Skolkuratorer på högstadiet", TargetGroup: "Elever som är frånvarande",
		ProblemAreas: []model.ProblemArea{model.Exclusion}, Responsible: "Skolchef", Cost: model.Kronor(450000),
	}})
	if len(res.Warnings) != 0 {
		t.Errorf("warnings: %q", messages(res.Warnings))
	}
}

func TestReadTabs(t *testing.T) {
	res := readTestdata(t, "tabs.tsv")
	checkRecords(t, res.Records, []int{2, 3}, []model.Content{{
		Ref: "3", Kind: model.KindArea, Title: "Alcohol, drugs and gambling", Summary: "Less early debut.",
		ProblemAreas: []model.ProblemArea{model.ANDTS, model.Crime}, PreventionLevel: model.Universal,
		Start: date(2027, 1, 1), End: date(2030, 12, 31), Cost: model.Kronor(1250000),
		Partners: []string{"Police", "Region"}, ProtectiveFactors: []string{"Safe adults"},
	}, {
		Ref: "3.1", Kind: model.KindIntervention, Title: "Parents' evenings",
		ProblemAreas: []model.ProblemArea{model.ANDTS}, PreventionLevel: model.Selective,
		Start: date(2027, 3, 1), End: date(2027, 12, 31), Cost: model.Kronor(450000), Partners: []string{"Schools"},
	}})
}

func TestReadAliases(t *testing.T) {
	res := readTestdata(t, "aliases.csv")
	checkRecords(t, res.Records, []int{2, 3}, []model.Content{{
		Ref: "4", Kind: model.KindArea, Title: "Våld i nära relationer, tidiga signaler", Cost: model.Money{Ore: 125000050, Set: true},
		TargetGroup: "Alla vuxna", Responsible: "Socialchef", Funding: "Budget 2027",
		Evidence: []model.Evidence{
			{Kind: model.EvidenceStatistics, Citation: "BRÅ (2025) Våld i nära relationer"},
			{Kind: model.EvidenceReport, Citation: "Länsstyrelsen (2024)"},
		},
	}, {
		Ref: "4.1", Kind: model.KindIntervention, Title: "Utbildning i ASIST", Cost: model.Kronor(1250000),
		TargetGroup: "Personal", Responsible: "HR",
	}})
}

func TestReadTitleRows(t *testing.T) {
	res := readTestdata(t, "title_rows.csv")
	checkRecords(t, res.Records, []int{4, 5}, []model.Content{
		{Ref: "5", Kind: model.KindArea, Title: "Fritid för alla", Responsible: "Kultur- och fritidschef", Cost: model.Kronor(0)},
		{Ref: "5.1", Kind: model.KindIntervention, Title: "Lovaktiviteter", Responsible: "Fritidsgårdarna", Cost: model.Kronor(90000)},
	})
}

func TestReadJSON(t *testing.T) {
	res := readTestdata(t, "proposals.json")
	checkRecords(t, res.Records, []int{1, 2}, []model.Content{{
		Ref: "6", Kind: model.KindArea, Title: "Trygga offentliga miljöer",
		Summary: "Belysning, trygghetsvandringar och platssamverkan.",
		Evidence: []model.Evidence{
			{Kind: model.EvidenceResearch, Citation: "Welsh & Farrington (2008). Effects of improved street lighting on crime.", URL: "https://doi.org/10.4073/csr.2008.13"},
			{Kind: model.EvidenceStatistics, Citation: "NTU 2025, Brå"},
		},
		RiskFactors:  []string{"Otrygga platser", "Nedskräpning"},
		ProblemAreas: []model.ProblemArea{model.Violence, model.Crime}, PreventionLevel: model.Universal,
		Partners: []string{"Polisen", "Fastighetsägare"}, Start: date(2027, 1, 1), End: date(2030, 6, 1),
		Cost: model.Kronor(1250000),
	}, {
		Ref: "6.1", Kind: model.KindIntervention, Title: "Trygghetsvandringar",
		ProblemAreas: []model.ProblemArea{model.Crime}, PreventionLevel: model.Universal,
		Cost: model.Money{Ore: 18000050, Set: true},
	}})
	if len(res.Warnings) != 0 {
		t.Errorf("warnings: %q", messages(res.Warnings))
	}
}

// TestReadDemoProgramme: the demo's programme.json is in the import
// format and reads without a problem.
func TestReadDemoProgramme(t *testing.T) {
	res, err := importer.ReadFile("../../assets/demo/programme.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 30 || len(res.Warnings) != 0 {
		t.Errorf("%d records, warnings %q", len(res.Records), messages(res.Warnings))
	}
}

// TestCSVRows: rows are numbered as the spreadsheet shows them, blank
// lines counted, a cell over several lines counted once.
func TestCSVRows(t *testing.T) {
	in := "Ref;Titel;Slut\r\n\r\n1;\"Ett\r\ntvå\r\ntre\";2027-01-01\r\n;;\r\n1.1;X;2027-02-30\r\n1.2;Y;\r\n"
	res, err := importer.Read("rader.csv", strings.NewReader(in))
	want := []string{`rader.csv, rad 5, kolumn Slut: "2027-02-30" är inget datum som finns; kontrollera dag och månad`}
	if got := messages(importer.AsProblems(err)); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if len(res.Records) != 2 || res.Records[0].Row != 3 || res.Records[1].Row != 6 || res.Records[0].Content.Title != "Ett\ntvå\ntre" {
		t.Errorf("records %+v", res.Records)
	}
}

// TestCSVDelimiterFromHeader: the delimiter is the one that makes known
// headers, even when another is more frequent in the data.
func TestCSVDelimiterFromHeader(t *testing.T) {
	for name, in := range map[string]string{
		"comma":     "Ref,Titel,Sammanfattning\n1,Ett;två;tre,\"a; b\"\n",
		"semicolon": "Ref;Titel;Sammanfattning\n1;Ett, två, tre;a, b\n",
		"tab":       "Ref\tTitel\tSammanfattning\n1\tEtt, två; tre\ta, b\n",
	} {
		res, err := importer.Read(name+".csv", strings.NewReader(in))
		if err != nil || len(res.Records) != 1 || res.Records[0].Content.Ref != "1" {
			t.Errorf("%s: %v %+v", name, err, res.Records)
		}
	}
}

// TestEnglishMessages: the same problem reads in English.
func TestEnglishMessages(t *testing.T) {
	_, err := importer.Read("x.csv", strings.NewReader("Ref;Title;Cost\n1;A;lots\n"))
	want := `x.csv, row 2, column Cost: "lots" is not an amount; write e.g. 1250000 or 1 250 000.50 kr`
	if ps := importer.AsProblems(err); len(ps) != 1 || ps[0].Message(model.English) != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

// TestNoRows: a file with a header and nothing under it is a warning.
func TestNoRows(t *testing.T) {
	for name, in := range map[string]string{
		"tom.csv":  "Ref;Titel\r\n\r\n",
		"tom.json": `{"format_version": 1, "proposals": []}`,
	} {
		res, err := importer.Read(name, strings.NewReader(in))
		if err != nil || len(res.Records) != 0 || len(res.Warnings) != 1 || !strings.HasSuffix(res.Warnings[0].Message(model.Swedish), "det finns inga förslag under rubrikraden") {
			t.Errorf("%s: %v %q", name, err, messages(res.Warnings))
		}
	}
}

// TestUTF16: Excel's "Unicode text" is UTF-16 with a byte-order mark and
// tabs.
func TestUTF16(t *testing.T) {
	in := "\ufeffRef\tTitel\r\n1\tFörebyggande arbete\r\n"
	var b []byte
	for _, r := range in {
		b = append(b, byte(r), byte(r>>8))
	}
	res, err := importer.Read("unicode.txt", strings.NewReader(string(b)))
	if err != nil || len(res.Records) != 1 || res.Records[0].Content.Title != "Förebyggande arbete" {
		t.Errorf("%v %+v", err, res.Records)
	}
}
