package pdf_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// followUpReport writes the follow-up report of a storetest.FollowUpWorld
// on its day, storetest.FollowUpToday, in language l.
func followUpReport(t *testing.T, l model.Language) (string, pdf.Manifest, map[string]model.Proposal) {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "followup.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	_, ps := storetest.FollowUpWorld(t, s)
	in, err := pdf.LoadFollowUp(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	opts := options(l)
	opts.Now = storetest.FollowUpToday.Time().Add(10 * time.Hour)
	var buf bytes.Buffer
	man, err := pdf.FollowUp(&buf, in, opts)
	if err != nil {
		t.Fatal(err)
	}
	return save(t, "followup-"+string(l)+".pdf", buf.Bytes()), man, ps
}

func TestFollowUpReportInSwedish(t *testing.T) {
	path, man, ps := followUpReport(t, model.Swedish)
	qpdfCheck(t, path)
	pages := pdfText(t, path)
	all := bodyText(t, pages, `Kommunchefens ledningsgrupp\s+Uppföljningsrapport`, `Läget den .*`,
		`Dokument-id \w+`, `Styrgrupp · skapat .*`, `Sida \d+ av \d+`)
	want := []string{
		"Uppföljningsrapport", "Kommunchefens ledningsgrupp · Läget den 15 april 2027",
		"Godkända insatser: 4. Försenade: 2.",
		"Preventionsstjärnan", "Föreslagna", "Godkända", "Pågående", "Genomförda",
		"Ohälsa", "ANDTS", "Våld", "Kriminalitet", "Utanförskap",
		"Område 1 – Tidiga insatser", "Område 2 – Trygg skolmiljö",
		"1.1 Föräldraskapsstöd i förskolan", "Diarienummer KS 2026/124",
		"Beslut Godkänt med villkor – Ledningsgruppen, § 1, 3 september 2026",
		"Status Pågår", "Andel klar 40 %", "Ansvarig Socialchef Maria Berg", "Avstämningsdatum 1 juni 2027",
		"Budget beslutas i mars. Ej uppfyllt", "Avtal med regionen. Uppfyllt 10 december 2026 av Dan Åström",
		"Senaste anteckningar (3 av 4)",
		"30 mars 2027 · Cecilia Öberg Budgeten för hösten är inte beslutad.",
		"20 januari 2027 · Dan Åström Två grupper i gång, tjugo familjer.",
		"5 november 2026 · Anna Lindqvist Första gruppen har startat i Norrby.",
		"Försenade insatser • 1.2 Fältgrupp kvällstid – Avstämningsdatumet 1 februari 2027 har passerat. • 2.2 Läxhjälp på biblioteket – Ingen anteckning på över 6 månader.",
		"1.2 Fältgrupp kvällstid FÖRSENAD Avstämningsdatumet 1 februari 2027 har passerat.", "KS 2026/125", "Andel klar 10 %",
		"2.1 Mentorer i högstadiet", "KS 2026/130", "Status Genomförd", "Andel klar 100 %",
		"2.2 Läxhjälp på biblioteket FÖRSENAD Ingen anteckning på över 6 månader.",
		"1 oktober 2026 (ej justerat)", "Inga anteckningar.",
	}
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("the report lacks %q", w)
		}
	}
	for _, not := range []string{"Nattvandring", "Drogfri fritid", "Upphandlingen av kursledare"} {
		if strings.Contains(all, not) {
			t.Errorf("the report has %q", not)
		}
	}
	if strings.Index(all, "Område 1") > strings.Index(all, "Område 2") || strings.Index(all, "1.2 Fältgrupp kvällstid FÖRSENAD") > strings.Index(all, "2.1 Mentorer") {
		t.Error("the areas or interventions are out of order")
	}
	if strings.Count(all, "FÖRSENAD") != 2 {
		t.Errorf("%d overdue markers, want 2", strings.Count(all, "FÖRSENAD"))
	}
	// The star's table: Ohälsa, ANDTS, Våld, Kriminalitet, Utanförskap with
	// proposed, approved, in progress, completed.
	for _, row := range []string{"Ohälsa 1 1 1 0", "ANDTS 1 0 0 0", "Våld 1 1 1 0", "Kriminalitet 2 1 1 0", "Utanförskap 2 2 0 1"} {
		if !strings.Contains(all, row) {
			t.Errorf("the star's table lacks the row %q", row)
		}
	}
	if man.Kind != pdf.KindFollowUp || man.MeetingID != 0 || len(man.Entries) != 4 {
		t.Fatalf("manifest %+v", man)
	}
	for i, ref := range []string{"1.1", "1.2", "2.1", "2.2"} {
		if e := man.Entries[i]; e.Ref != ref || e.Section != 0 || e.Revision != ps[ref].Revision || e.Fingerprint != ps[ref].Fingerprint {
			t.Errorf("manifest entry %d: %+v, want %s@%d:%s", i, e, ref, ps[ref].Revision, ps[ref].Fingerprint)
		}
	}
	info := pdfInfo(t, path)
	if info["Title"] != "Uppföljningsrapport – Kommunchefens ledningsgrupp, 15 april 2027" || info["Author"] != "Kommunchefens ledningsgrupp" {
		t.Errorf("metadata %q / %q", info["Title"], info["Author"])
	}
	if m, ok, err := pdf.ParseManifest(info["Keywords"]); !ok || err != nil || m.DocID != man.DocID || len(m.Entries) != 4 {
		t.Errorf("keywords %q: %+v %v %v", info["Keywords"], m, ok, err)
	}
}

func TestFollowUpReportInEnglish(t *testing.T) {
	path, _, _ := followUpReport(t, model.English)
	qpdfCheck(t, path)
	all := bodyText(t, pdfText(t, path), `Kommunchefens ledningsgrupp\s+Follow-up report`, `As of .*`,
		`Document ID \w+`, `Styrgrupp · made .*`, `Page \d+ of \d+`)
	for _, w := range []string{
		"Follow-up report", "As of 15 April 2027", "Approved interventions: 4. Overdue: 2.",
		"The prevention star", "Proposed", "Approved", "In progress", "Completed", "Ill-health", "Exclusion",
		"Area 1 – Tidiga insatser", "Area 2 – Trygg skolmiljö", "Registry number KS 2026/124",
		"Decision Approved with conditions – Ledningsgruppen, § 1, 3 September 2026",
		"Status In progress", "Progress 40 %", "Review date 1 June 2027",
		"Budget beslutas i mars. Not met", "Avtal med regionen. Met 10 December 2026 by Dan Åström",
		"Latest notes (3 of 4)", "30 March 2027 · Cecilia Öberg",
		"Overdue interventions • 1.2 Fältgrupp kvällstid – The review date 1 February 2027 has passed.",
		"OVERDUE The review date 1 February 2027 has passed.", "OVERDUE No note for more than 6 months.",
		"(not signed off)", "No notes.", "Status Completed", "Progress 100 %",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("the English report lacks %q", w)
		}
	}
	if strings.Contains(all, "FÖRSENAD") || strings.Contains(all, "Uppföljningsrapport") {
		t.Error("the English report has Swedish words")
	}
}

// An empty store gives a report that says there is nothing to follow up.
func TestFollowUpReportWithoutApprovals(t *testing.T) {
	var buf bytes.Buffer
	man, err := pdf.FollowUp(&buf, pdf.FollowUpInput{}, options(model.Swedish))
	if err != nil {
		t.Fatal(err)
	}
	path := save(t, "followup-empty.pdf", buf.Bytes())
	qpdfCheck(t, path)
	all := flat(strings.Join(pdfText(t, path), "\n"))
	if !strings.Contains(all, "Inga insatser är godkända ännu.") || len(man.Entries) != 0 {
		t.Errorf("the empty report says %q", all)
	}
}
