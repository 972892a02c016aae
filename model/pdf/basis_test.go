package pdf_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// basis writes the decision basis of the demo's proposal ref.
func basis(t *testing.T, ref string, opts pdf.Options) (string, pdf.Manifest, pdf.BasisInput) {
	t.Helper()
	s, _, _ := store(t)
	in, err := pdf.LoadBasis(context.Background(), s, ref)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	man, err := pdf.Basis(&buf, in, opts)
	if err != nil {
		t.Fatal(err)
	}
	name := "basis-" + ref + "-" + string(opts.Language)
	if opts.Comments {
		name += "-comments"
	}
	return save(t, name+".pdf", buf.Bytes()), man, in
}

func TestBasisWithoutComments(t *testing.T) {
	path, man, in := basis(t, "1.1", options(model.Swedish))
	qpdfCheck(t, path)
	all := flat(strings.Join(pdfText(t, path), "\n"))
	c := in.Revision.Content
	want := []string{"Beslutsunderlag", c.Ref + " " + c.Title, flat(c.Summary), flat(c.Rationale),
		"Referens", "Typ", "Insats · Område 1", "Status", "Version", "Preventionsnivå", c.PreventionLevel.Label(model.Swedish),
		"Preventionsstjärnan", "Målgrupp", c.TargetGroup, "Ansvarig", c.Responsible, "Samverkansparter",
		"Period", date(c.Start), "Kostnad", flat(c.Cost.Swedish()), "Finansiering", "Evidens", "Riskfaktorer",
		"Skyddsfaktorer", "Beslut i ärendet", "14 oktober 2026, § 2 – Godkänt med villkor",
		"Taget på den version som beskrivs ovan.", "Sida 1 av", "Dokument-id " + man.DocID}
	if c.RegistryNumber == "" {
		t.Fatal("the demo's 1.1 has no registry number")
	}
	want = append(want, "Diarienummer", c.RegistryNumber)
	want = append(want, c.Partners...)
	want = append(want, c.RiskFactors...)
	want = append(want, fingerprintGroups(in.Revision.Fingerprint)...)
	for _, e := range c.Evidence {
		want = append(want, e.Kind.Label(model.Swedish), flat(e.Citation))
	}
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("the decision basis lacks %q", w)
		}
	}
	if strings.Contains(all, "Kommentarer") {
		t.Error("the decision basis has comments without Options.Comments")
	}
	if !strings.Contains(all, "2 380 000 kr") {
		t.Errorf("the cost is not written the Swedish way")
	}
	info := pdfInfo(t, path)
	got, ok, err := pdf.ParseManifest(info["Keywords"])
	if !ok || err != nil || got.Kind != pdf.KindBasis || got.String() != man.String() {
		t.Fatalf("manifest %q: %v %v", info["Keywords"], ok, err)
	}
	want1 := pdf.Entry{Ref: "1.1", Revision: in.Revision.Number, Fingerprint: in.Proposal.Fingerprint}
	if len(got.Entries) != 1 || got.Entries[0] != want1 || want1.Fingerprint != model.Fingerprint(c) {
		t.Errorf("entries %+v, want %+v", got.Entries, want1)
	}
	if info["Title"] != "Beslutsunderlag 1.1 – "+c.Title || info["Author"] != "Kommunchefens ledningsgrupp" {
		t.Errorf("title %q, author %q", info["Title"], info["Author"])
	}
}

func TestBasisWithComments(t *testing.T) {
	opts := options(model.Swedish)
	opts.Comments = true
	path, _, in := basis(t, "1.1", opts)
	qpdfCheck(t, path)
	all := flat(strings.Join(pdfText(t, path), "\n"))
	if len(in.Comments) < 2 {
		t.Fatalf("proposal 1.1 has %d comments; the test wants a thread", len(in.Comments))
	}
	if !strings.Contains(all, "Kommentarer") || !strings.Contains(all, "löst") {
		t.Error("the comments lack their heading or the resolved mark")
	}
	at := -1
	for _, c := range in.Comments {
		i := strings.Index(all, flat(c.Body))
		if i < 0 {
			t.Errorf("the decision basis lacks the comment %q", c.Body)
			continue
		}
		if c.ParentID == 0 && i < at {
			t.Error("the threads are not in order")
		}
		if c.ParentID == 0 {
			at = i
		}
		if !strings.Contains(all, in.Members[c.AuthorID].Name+" · ") {
			t.Errorf("the comment's author %s is not named", in.Members[c.AuthorID].Name)
		}
	}
}

func TestBasisInEnglishOfAnUndecidedArea(t *testing.T) {
	opts := options(model.English)
	opts.Comments = true
	path, _, in := basis(t, "6", opts)
	qpdfCheck(t, path)
	all := flat(strings.Join(pdfText(t, path), "\n"))
	for _, w := range []string{"Decision basis", "Reference", "Kind", "Area", "Revision",
		"Fingerprint (SHA-256)", "Summary", "Decisions on the proposal", "Comments", "Page 1 of", in.Revision.Content.Title} {
		if !strings.Contains(all, w) {
			t.Errorf("the English decision basis lacks %q", w)
		}
	}
	if len(in.Decisions) == 0 && !strings.Contains(all, "No decision has been taken on the proposal yet.") {
		t.Error("an undecided proposal does not say so")
	}
	for _, w := range []string{"Referens", "Beslut i ärendet", "Sida "} {
		if strings.Contains(all, w) {
			t.Errorf("the English decision basis holds the Swedish %q", w)
		}
	}
}

var months = []string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}

func date(d model.Date) string { return itoa(d.Day) + " " + months[d.Month-1] + " " + itoa(d.Year) }
