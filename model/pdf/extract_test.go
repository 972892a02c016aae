package pdf_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

func TestExtractHoldsOnlyItsSection(t *testing.T) {
	s, signed, _ := store(t)
	in, err := pdf.LoadMinutes(context.Background(), s, signed)
	if err != nil {
		t.Fatal(err)
	}
	var returned model.Item
	for _, it := range in.Meeting.Items {
		if it.Decision.Outcome == model.OutcomeReturned {
			returned = it
		}
	}
	var buf bytes.Buffer
	man, err := pdf.Extract(&buf, in, returned.Number, options(model.Swedish))
	if err != nil {
		t.Fatal(err)
	}
	path := save(t, "extract.pdf", buf.Bytes())
	qpdfCheck(t, path)
	pages := pdfText(t, path)
	body := bodyText(t, pages, "Kommunchefens ledningsgrupp", "Protokollsutdrag", "Ledningsgruppens sammanträde",
		"Sammanträdesdatum .*", "Dokument-id .*", "Styrgrupp · skapat .*", `Sida \d+ av \d+`)
	d := returned.Decision
	if !strings.Contains(pages[0], "Protokollsutdrag") {
		t.Error("the extract's first page does not say what it is")
	}
	for _, w := range []string{"Beslutande", "14 oktober 2026 kl. 13.00–15.30", in.Meeting.Place,
		section(returned.Number), flat(d.Text), flat(d.Return.What), flat(d.Reservations[0].Text),
		"Rätt utdraget betygar", "Utdragsbestyrkande: " + name(in, in.Meeting.SecretaryID) + ", 25 november 2026",
		"Protokollet justerades 21 oktober 2026 kl. 10.10.",
		"Diarienummer " + registryNumber(t, in, returned)} {
		if !strings.Contains(body, w) {
			t.Errorf("the extract lacks %q", w)
		}
	}
	for _, it := range in.Meeting.Items {
		if it.Number != returned.Number && strings.Contains(body, flat(it.Decision.Text)) {
			t.Errorf("the extract of § %d holds the decision of § %d", returned.Number, it.Number)
		}
	}
	if strings.Contains(body, "Justerandes signatur") || strings.Contains(body, "UTKAST") {
		t.Error("the extract has the initials box or the draft marker")
	}
	info := pdfInfo(t, path)
	got, ok, err := pdf.ParseManifest(info["Keywords"])
	if !ok || err != nil || got.Kind != pdf.KindExtract || len(got.Entries) != 1 || got.String() != man.String() {
		t.Fatalf("manifest %q: %v %v", info["Keywords"], ok, err)
	}
	if e := got.Entries[0]; e.Section != returned.Number || e.Fingerprint != d.Fingerprint || e.Revision != d.Revision {
		t.Errorf("entry %+v for § %d, revision %d %s", e, returned.Number, d.Revision, d.Fingerprint)
	}
	if want := "Protokollsutdrag " + section(returned.Number); !strings.HasPrefix(info["Title"], want) {
		t.Errorf("title %q, want it to begin %q", info["Title"], want)
	}
}

func TestExtractOfAnUnknownSection(t *testing.T) {
	in := generated(3, "")
	_, err := pdf.Extract(&bytes.Buffer{}, in, 4, options(model.Swedish))
	if !errors.Is(err, pdf.ErrNoSection) {
		t.Errorf("extract of § 4 of 3: %v", err)
	}
}

func TestExtractOfAnOpenMeetingIsADraft(t *testing.T) {
	s, _, open := store(t)
	in, err := pdf.LoadMinutes(context.Background(), s, open)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := pdf.Extract(&buf, in, in.Meeting.Items[0].Number, options(model.English)); err != nil {
		t.Fatal(err)
	}
	path := save(t, "extract-open-en.pdf", buf.Bytes())
	all := flat(strings.Join(pdfText(t, path), "\n"))
	for _, w := range []string{"DRAFT – not signed off", "Extract from the minutes",
		"The minutes are not signed off, so the extract is not certified.",
		"No decision has been taken on the item yet."} {
		if !strings.Contains(all, w) {
			t.Errorf("the extract lacks %q", w)
		}
	}
	for _, w := range []string{"Certified a true extract", "Certified extract:"} {
		if strings.Contains(all, w) {
			t.Errorf("the extract of minutes not signed off has %q", w)
		}
	}
}

// registryNumber is the registry number of the revision it prints, which
// the demo gives every proposal.
func registryNumber(t *testing.T, in pdf.MinutesInput, it model.Item) string {
	t.Helper()
	n := in.Revisions[it.ID].Content.RegistryNumber
	if n == "" {
		t.Fatalf("§ %d: the revision has no registry number", it.Number)
	}
	return n
}
