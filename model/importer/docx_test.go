package importer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// docxTeamDocument is the collaboration team's document as Swedish Word
// saves it: numbered headings, labels with a colon, in bold, and in a
// table, lists, evidence with a link.
func docxTeamDocument(t testing.TB) []byte {
	return docxTestDoc(t,
		docxH("Title", "Strategiska insatser 2027"),
		docxP("Så här läser du dokumentet."),
		docxH("Rubrik1", "2 Trygg i centrum"),
		docxP("Området samlar insatserna i centrum."),
		docxP("Sammanfattning: Ett tryggare centrum."),
		docxH("Rubrik2", "2.3 Trygghetsnod vid resecentrum"),
		docxP("En bemannad nod vid resecentrum."),
		docxP(""),
		docxP("Öppen kvällar och helger."),
		docxBold("Motivering", ""),
		docxP("Otryggheten är störst kvällstid."),
		docxBold("Riskfaktorer:", ""),
		docxItem("Otrygga miljöer"),
		docxItem("Alkohol i offentlig miljö"),
		docxBold("Evidens", ": "),
		`<w:p><w:r><w:t xml:space="preserve">Forskning: </w:t></w:r><w:hyperlink r:id="rId7"><w:r><w:t>Brå 2024</w:t></w:r></w:hyperlink></w:p>`,
		docxItem("Beprövad erfarenhet: Nattvandring i Malmö"),
		docxP("Preventionsstjärnan: våld; kriminalitet"),
		`<w:tbl>`+docxRow("Ansvarig", docxP("Kommunpolis"))+docxRow("Samverkansparter", docxItem("Polisen"), docxItem("Västtrafik"))+`</w:tbl>`,
		docxP("Kostnad: 1 250 000 kr"),
		docxP("Start: 2027-03-01"),
		docxP("Preventionsnivå: universell"),
	)
}

func TestDocxTeamDocument(t *testing.T) {
	res, ps := docxTestRead(t, "insatser.docx", docxTeamDocument(t))
	if ps != nil {
		t.Fatal(ps.Message(model.Swedish))
	}
	if len(res.Warnings) > 0 {
		t.Errorf("warnings: %s", importer.Problems(res.Warnings).Message(model.Swedish))
	}
	want := []model.Content{
		{Ref: "2", Kind: model.KindArea, Title: "Trygg i centrum", Description: "Området samlar insatserna i centrum.", Summary: "Ett tryggare centrum."},
		{
			Ref: "2.3", Kind: model.KindIntervention, Title: "Trygghetsnod vid resecentrum",
			Description: "En bemannad nod vid resecentrum.\n\nÖppen kvällar och helger.",
			Rationale:   "Otryggheten är störst kvällstid.",
			RiskFactors: []string{"Otrygga miljöer", "Alkohol i offentlig miljö"},
			Evidence: []model.Evidence{
				{Kind: model.EvidenceResearch, Citation: "Brå 2024", URL: "https://bra.se/rapport-2024"},
				{Kind: model.EvidenceExperience, Citation: "Nattvandring i Malmö"},
			},
			ProblemAreas:    []model.ProblemArea{model.Violence, model.Crime},
			Responsible:     "Kommunpolis",
			Partners:        []string{"Polisen", "Västtrafik"},
			Cost:            model.Kronor(1_250_000),
			Start:           model.NewDate(2027, 3, 1),
			PreventionLevel: model.Universal,
		},
	}
	if len(res.Records) != len(want) {
		t.Fatalf("%d records", len(res.Records))
	}
	for i, w := range want {
		if got := res.Records[i].Content; !reflect.DeepEqual(got, w.Normalize()) {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, got, w.Normalize())
		}
	}
}

// TestDocxEnglishAndUnnumbered: English Word's styles and English labels;
// headings without numbers get refs in order, after any number given.
func TestDocxEnglishAndUnnumbered(t *testing.T) {
	res, ps := docxTestRead(t, "proposals.docx", docxTestDoc(t,
		docxH("Heading1", "Safe school"),
		docxH("Heading2", "School counsellors"),
		docxBold("Summary:", " More counsellors."),
		docxBold("Risk factors", ""),
		docxItem("Truancy"),
		docxH("Heading2", "Mentors"),
		docxP("Responsible: Head of schools"),
		docxH("Heading1", "3 Leisure"),
		docxH("Heading2", "4 Open halls"),
		docxH("Heading2", "Summer jobs"),
		docxH("Heading1", "Sport"),
	))
	if ps != nil {
		t.Fatal(ps.Message(model.English))
	}
	var refs []string
	for _, r := range res.Records {
		refs = append(refs, r.Content.Ref+" "+r.Content.Title)
	}
	want := []string{"1 Safe school", "1.1 School counsellors", "1.2 Mentors", "3 Leisure", "3.4 Open halls", "3.5 Summer jobs", "4 Sport"}
	if !reflect.DeepEqual(refs, want) {
		t.Errorf("%q, want %q", refs, want)
	}
	c := res.Records[1].Content
	if c.Summary != "More counsellors." || !reflect.DeepEqual(c.RiskFactors, []string{"Truancy"}) || res.Records[2].Content.Responsible != "Head of schools" {
		t.Errorf("%+v", c)
	}
}

func TestDocxProblems(t *testing.T) {
	cases := []struct {
		name string
		body []string
		sv   string
		en   string
	}{
		{"h2_first", []string{docxH("Rubrik2", "1.1 Insats utan område"), docxH("Rubrik1", "1 Område")},
			"f.docx, Rubrik 2 '1.1 Insats utan område': insatsen står före det första området; skriv området som en Rubrik 1 ovanför den",
			"f.docx, Heading 2 '1.1 Insats utan område': the intervention stands before the first area; write the area as a Heading 1 above it"},
		{"cost", []string{docxH("Rubrik1", "2 Trygg i centrum"), docxH("Rubrik2", "2.3 Trygghetsnod vid resecentrum"), docxP("Text."), docxP("Mer text."), docxP("Ansvarig: Anna"), docxP("Kostnad: ca 2 miljoner")},
			`f.docx, Rubrik 2 '2.3 Trygghetsnod vid …', stycke 4, fält Kostnad: "ca 2 miljoner" är inget belopp; skriv t.ex. 1 250 000 eller 1 250 000,50 kr`,
			`f.docx, Heading 2 '2.3 Trygghetsnod vid …', paragraph 4, field Kostnad: "ca 2 miljoner" is not an amount; write e.g. 1250000 or 1 250 000.50 kr`},
		{"area_number", []string{docxH("Rubrik1", "2.1 Fel nivå")},
			"f.docx, Rubrik 1 '2.1 Fel nivå': 2.1 är inget nummer för ett område; en Rubrik 1 börjar med ett heltal, t.ex. 2 Trygg skola, eller utan nummer",
			"f.docx, Heading 1 '2.1 Fel nivå': 2.1 is not an area's number; a Heading 1 begins with a whole number, e.g. 2 Safe school, or with none"},
		{"other_area", []string{docxH("Rubrik1", "2 Område"), docxH("Rubrik2", "3.1 Fel område")},
			"f.docx, Rubrik 2 '3.1 Fel område': numret 3.1 hör inte till området 2 ovanför; skriv t.ex. 2.1, eller inget nummer",
			"f.docx, Heading 2 '3.1 Fel område': the number 3.1 does not belong to the area 2 above; write e.g. 2.1, or no number"},
		{"twice", []string{docxH("Rubrik1", "1 Område"), docxP("Ansvarig: Anna"), docxP("Ansvarig: Bo")},
			"f.docx, Rubrik 1 '1 Område', stycke 2, fält Ansvarig: fältet finns redan i stycke 1 under samma rubrik; skriv allt under ett av dem",
			"f.docx, Heading 1 '1 Område', paragraph 2, field Ansvarig: the field is already in paragraph 1 under the same heading; write it all under one of them"},
		{"no_headings", []string{docxP("Bara text.")},
			"f.docx: dokumentet har ingen rubrik i formatet Rubrik 1 eller Rubrik 2; varje område ska vara en Rubrik 1 och varje insats en Rubrik 2 under sitt område",
			"f.docx: the document has no heading in the style Heading 1 or Heading 2; each area should be a Heading 1 and each intervention a Heading 2 under its area"},
		{"ref_label", []string{docxH("Rubrik1", "1 A"), docxP("Ref: 2")},
			"f.docx, Rubrik 1 '1 A', stycke 1, fält Ref: referensen 2 stämmer inte med numret 1 i rubriken; rätta den ena",
			"f.docx, Heading 1 '1 A', paragraph 1, field Ref: the ref 2 does not match the number 1 in the heading; correct one of them"},
		{"no_title", []string{docxH("Rubrik1", "4")},
			"f.docx, Rubrik 1 '4': Titel saknas",
			"f.docx, Heading 1 '4': The title is missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ps := docxTestRead(t, "f.docx", docxTestDoc(t, c.body...))
			if got := ps.Message(model.Swedish); got != c.sv {
				t.Errorf("got\n%s\nwant\n%s", got, c.sv)
			}
			if got := ps.Message(model.English); got != c.en {
				t.Errorf("got\n%s\nwant\n%s", got, c.en)
			}
		})
	}
}

func TestDocxWarnings(t *testing.T) {
	res, ps := docxTestRead(t, "f.docx", docxTestDoc(t,
		docxH("Rubrik1", "1 Område"),
		`<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>`,
		`<w:tbl>`+docxRow("Färg", docxP("blå"))+docxRow("Ansvarig", docxP("Anna"))+`</w:tbl>`,
	))
	if ps != nil {
		t.Fatal(ps)
	}
	want := "f.docx: dokumentet har 1 fotnoter eller slutnoter; deras text läses inte in, skriv den i stycket i stället\n" +
		"f.docx, Rubrik 1 '1 Område', stycke 2, fält Färg: okänt fält, som inte läses in"
	if got := importer.Problems(res.Warnings).Message(model.Swedish); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if c := res.Records[0].Content; c.Description != "Text" || c.Responsible != "Anna" {
		t.Errorf("%+v", c)
	}
}

// TestDocxRefused: every file Read will not take, each with its message
// naming the file.
func TestDocxRefused(t *testing.T) {
	macro := docxTestZipOf(t, map[string][]byte{"word/document.xml": []byte("<w:document/>"), "word/vbaProject.bin": {1, 2}})
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"text.docx", []byte("Ref;Titel\n"), "text.docx: filen är inget Word-dokument (.docx), den är inte ens ett zip-arkiv; öppna den i Word och spara den som Word-dokument (.docx)"},
		{"låst.docx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "låst.docx: dokumentet är lösenordsskyddat eller sparat i det gamla Word-formatet (.doc); spara det som Word-dokument (.docx) utan lösenord"},
		{"makro.docm", macro, "makro.docm: dokumentet innehåller makron (.docm) och läses inte; spara det i Word som Word-dokument (.docx) utan makron"},
		{"bok.docx", docxTestZipOf(t, map[string][]byte{"xl/workbook.xml": []byte("<workbook/>")}), "bok.docx: filen är ett zip-arkiv men inget Word-dokument (word/document.xml saknas); öppna den i Word och spara den som Word-dokument (.docx)"},
		{"bomb.docx", docxTestBomb(t), "bomb.docx: dokumentets del word/media/bomb.bin blir större än 64 MB uppackad; dela upp förslagen på flera dokument"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, ps := docxTestRead(t, c.name, c.data)
			if got := ps.Message(model.Swedish); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// TestDocxImportIdempotentAllOrNothing: the team's document imports as
// new, then as unchanged; a duplicate ref refuses the whole document and
// writes nothing.
func TestDocxImportIdempotentAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := docxTestStore(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "dubbel.docx")
	if err := os.WriteFile(bad, docxTestDoc(t, docxH("Rubrik1", "1 Område"), docxH("Rubrik2", "1.1 Första"), docxH("Rubrik2", "1.1 Andra")), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := importer.PlanFiles(ctx, s, bad)
	if got, want := importer.AsProblems(err).Message(model.Swedish), "dubbel.docx, Rubrik 2 '1.1 Andra': referensen 1.1 finns redan i dubbel.docx, Rubrik 2 '1.1 Första'"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if ps, _ := s.Proposals(ctx, model.ProposalFilter{}); len(ps) != 0 {
		t.Fatalf("%d proposals stored", len(ps))
	}

	path := filepath.Join(dir, "insatser.docx")
	if err := os.WriteFile(path, docxTeamDocument(t), 0o600); err != nil {
		t.Fatal(err)
	}
	plan, err := importer.PlanFiles(ctx, s, path)
	if err != nil || plan.Count(importer.New) != 2 {
		t.Fatalf("%+v %v", plan, err)
	}
	if err := importer.Apply(ctx, s, plan, nil); err != nil {
		t.Fatal(err)
	}
	again, err := importer.PlanFiles(ctx, s, path)
	if err != nil || again.Count(importer.Unchanged) != 2 {
		for _, c := range again.Changes {
			t.Errorf("%s: %s %v", c.Record.Content.Ref, c.Kind, c.Fields)
		}
		t.Fatal(err)
	}
}

// TestDocxReimportChanges: the document says what a proposal is. Text
// changed under a heading changes that field; a label that another
// proposal of the document still has, left out of one, clears it there;
// a field no proposal of the document names keeps what the store holds.
func TestDocxReimportChanges(t *testing.T) {
	ctx := context.Background()
	s := docxTestStore(t)
	write := func(body ...string) string {
		path := filepath.Join(t.TempDir(), "insatser.docx")
		if err := os.WriteFile(path, docxTestDoc(t, body...), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	first := write(docxH("Rubrik1", "1 Område"), docxP("Ansvarig: Anna"), docxP("Målgrupp: Unga"),
		docxH("Rubrik2", "1.1 Insats"), docxP("Gammal beskrivning."), docxP("Kostnad: 100"))
	plan, err := importer.PlanFiles(ctx, s, first)
	if err != nil {
		t.Fatal(err)
	}
	if err := importer.Apply(ctx, s, plan, nil); err != nil {
		t.Fatal(err)
	}
	second := write(docxH("Rubrik1", "1 Område"), docxP("Kostnad: 5"),
		docxH("Rubrik2", "1.1 Insats"), docxP("Ny beskrivning."), docxP("Ansvarig: Bo"))
	plan, err = importer.PlanFiles(ctx, s, second)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range plan.Changes {
		got = append(got, fmt.Sprint(c.Record.Content.Ref, " ", c.Kind, " ", c.Fields))
	}
	want := []string{"1 changed [responsible cost]", "1.1 changed [description responsible cost]"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
	if tg := plan.Changes[0].Record.Content.TargetGroup; tg != "Unga" {
		t.Errorf("the target group no proposal names became %q", tg)
	}
}

// TestDocxSkipsExportColumns: under a label of the export's own columns
// (Status, Beslut, …) nothing is read, up to the next label; a list in
// the description keeps its bullets; an empty paragraph in a heading's
// style is no heading.
func TestDocxSkipsExportColumns(t *testing.T) {
	res, ps := docxTestRead(t, "f.docx", docxTestDoc(t,
		docxH("Rubrik1", "1 Område"), docxH("Rubrik2", " "), docxP("Inledning."), docxItem("första"), docxItem("andra"),
		docxBold("Status:", " Utkast"), docxP("Beslutat 2026."), docxP("Ansvarig: Anna")))
	if ps != nil || len(res.Warnings) > 0 {
		t.Fatalf("%v %v", ps, res.Warnings)
	}
	if c := res.Records[0].Content; c.Description != "Inledning.\n• första\n• andra" || c.Responsible != "Anna" {
		t.Errorf("%q, %q", c.Description, c.Responsible)
	}
}

// TestDocxDamaged: a document whose XML is broken is refused, naming
// the part.
func TestDocxDamaged(t *testing.T) {
	_, ps := docxTestRead(t, "trasig.docx", docxTestZipOf(t, map[string][]byte{"word/document.xml": []byte("<w:document><w:body><w:p>")}))
	want := "trasig.docx: dokumentet är skadat (delen word/document.xml: "
	if got := ps.Message(model.Swedish); !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "); öppna det i Word och spara det igen") {
		t.Errorf("got %q, want %q…", got, want)
	}
}
