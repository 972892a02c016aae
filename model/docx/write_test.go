package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestWriteHasEveryPartAndTheProperties(t *testing.T) {
	_, doc := writeDemo(t, model.Swedish)
	parts := writtenParts(t, doc)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		b, ok := parts[name]
		if !ok {
			t.Errorf("%s is missing", name)
			continue
		}
		if err := xml.Unmarshal(b, new(struct{})); err != nil {
			t.Errorf("%s is not XML: %v", name, err)
		}
	}
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created string `xml:"created"`
	}
	if err := xml.Unmarshal(parts["docProps/core.xml"], &core); err != nil {
		t.Fatal(err)
	}
	if core.Title != "Förslag till styrgruppen" || core.Creator != "Styrgrupp" || core.Created != "2026-12-07T09:30:00Z" {
		t.Errorf("core properties %+v", core)
	}
	var types struct {
		Overrides []struct {
			PartName string `xml:"PartName,attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal(parts["[Content_Types].xml"], &types); err != nil {
		t.Fatal(err)
	}
	for _, o := range types.Overrides {
		if _, ok := parts[strings.TrimPrefix(o.PartName, "/")]; !ok {
			t.Errorf("[Content_Types].xml names %s, which is not in the zip", o.PartName)
		}
	}
	if len(types.Overrides) != 4 {
		t.Errorf("%d overrides, want document, styles, numbering and core", len(types.Overrides))
	}
}

func TestWriteDefinesTheStylesTheReaderKnows(t *testing.T) {
	for _, l := range []model.Language{model.Swedish, model.English} {
		_, doc := writeDemo(t, l)
		var styles struct {
			Styles []struct {
				Type    string `xml:"type,attr"`
				ID      string `xml:"styleId,attr"`
				Name    val    `xml:"name"`
				Aliases val    `xml:"aliases"`
			} `xml:"style"`
		}
		if err := xml.Unmarshal(writtenParts(t, doc)["word/styles.xml"], &styles); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, s := range styles.Styles {
			if s.Type == "paragraph" {
				got[s.ID] = s.Name.Val + "|" + s.Aliases.Val
			}
		}
		want := map[string]string{
			"Normal": "Normal|", "Title": "Title|", "Heading1": "heading 1|Rubrik 1",
			"Heading2": "heading 2|Rubrik 2", "ListBullet": "List Bullet|",
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: paragraph styles %v, want %v", l, got, want)
		}
	}
}

// val is an element whose value is its w:val attribute.
type val struct {
	Val string `xml:"val,attr"`
}

func TestWriteHeadsEachProposalWithItsRefInRefOrder(t *testing.T) {
	ps := writeDemoProgramme(t)
	shuffled := slices.Clone(ps)
	slices.Reverse(shuffled)
	var buf bytes.Buffer
	if err := Write(&buf, shuffled, Options{Title: "T"}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range writtenParagraphs(t, buf.Bytes()) {
		if p.style == styleHeading1 || p.style == styleHeading2 {
			got = append(got, p.style+" "+p.text())
		}
	}
	var want []string
	for _, c := range ps { // the demo file is in ref order
		style := styleHeading2
		if c.Kind == model.KindArea {
			style = styleHeading1
		}
		want = append(want, style+" "+c.Ref+" "+c.Title)
	}
	if !slices.Equal(got, want) {
		t.Errorf("headings\n%q\nwant\n%q", got, want)
	}
	if want[0] != "Heading1 1 Tidiga insatser och föräldraskapsstöd" || want[1] != "Heading2 1.1 Utökade hembesök för förstagångsföräldrar i Norrbacka och Sörby" {
		t.Errorf("the demo begins %q", want[:2])
	}
}

// TestWriteHasEveryFieldWithItsLabel reads every field of model.Fields
// back from its label, in both languages, and parses it as the import
// does: it must give the value written.
func TestWriteHasEveryFieldWithItsLabel(t *testing.T) {
	for _, l := range []model.Language{model.Swedish, model.English} {
		ps, doc := writeDemo(t, l)
		read := fieldTexts(writtenParagraphs(t, doc))
		for _, c := range ps {
			fields, ok := read[c.Ref+" "+c.Title]
			if !ok {
				t.Fatalf("%s: no heading for %s", l, c.Ref)
			}
			back := model.Content{Ref: c.Ref, Title: c.Title, Kind: c.Kind}
			for _, f := range model.Fields {
				if inHeading(f) {
					continue
				}
				text, ok := fields[label(f, l)]
				if !ok {
					t.Errorf("%s %s: no label %q", l, c.Ref, label(f, l))
					continue
				}
				if err := f.Parse(&back, text); err != nil {
					t.Errorf("%s %s %s: %q does not parse: %v", l, c.Ref, f.Name, text, err)
				}
				if !bytes.Equal(f.JSON(&back), f.JSON(&c)) {
					t.Errorf("%s %s %s: read back %s, written %s", l, c.Ref, f.Name, f.JSON(&back), f.JSON(&c))
				}
			}
			if len(fields) != len(model.Fields)-3 {
				t.Errorf("%s %s: %d labels, want every field but the ref, the kind and the title", l, c.Ref, len(fields))
			}
		}
	}
}

func TestWriteListsAsBulletParagraphsAndEvidenceAsTheExportsLines(t *testing.T) {
	ps, doc := writeDemo(t, model.Swedish)
	paras := writtenParagraphs(t, doc)
	area := ps[0]
	at := slices.IndexFunc(paras, func(p writtenParagraph) bool { return p.text() == "Riskfaktorer:" })
	if at < 0 {
		t.Fatal("no Riskfaktorer label")
	}
	for i, want := range area.RiskFactors {
		p := paras[at+1+i]
		if p.style != styleListBullet || !p.numbered || p.text() != want {
			t.Errorf("risk factor %d: %+v, want a numbered ListBullet %q", i, p, want)
		}
	}
	if next := paras[at+1+len(area.RiskFactors)]; next.text() != "Skyddsfaktorer:" {
		t.Errorf("after the risk factors: %q", next.text())
	}
	at = slices.IndexFunc(paras, func(p writtenParagraph) bool { return p.text() == "Evidens:" })
	var lines []string
	for _, p := range paras[at+1 : at+1+len(area.Evidence)] {
		lines = append(lines, p.text())
	}
	want := []string{"Forskning: Heckman", "Rapport: Socialdepartementet", "Statistik: Socialförvaltningen", "Beprövad erfarenhet: Samverkansteamet"}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("evidence line %d: %q, want it to begin %q", i, lines[i], w)
		}
	}
	var numbering struct {
		Abstract []struct {
			Levels []struct {
				Format val `xml:"numFmt"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID string `xml:"numId,attr"`
		} `xml:"num"`
	}
	if err := xml.Unmarshal(writtenParts(t, doc)["word/numbering.xml"], &numbering); err != nil {
		t.Fatal(err)
	}
	if len(numbering.Nums) != 1 || numbering.Nums[0].ID != fmt.Sprint(bulletNumID) || numbering.Abstract[0].Levels[0].Format.Val != "bullet" {
		t.Errorf("numbering %+v", numbering)
	}
}

func TestWriteLinksEvidenceThroughRelationships(t *testing.T) {
	ps, doc := writeDemo(t, model.Swedish)
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(writtenParts(t, doc)["word/_rels/document.xml.rels"], &rels); err != nil {
		t.Fatal(err)
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		if r.Type == relHyperlink && r.Mode == "External" {
			targets[r.ID] = r.Target
		}
	}
	urls := map[string]bool{}
	for _, c := range ps {
		for _, e := range c.Evidence {
			if e.URL != "" {
				urls[e.URL] = true
			}
		}
	}
	linked := map[string]bool{}
	for _, p := range writtenParagraphs(t, doc) {
		for _, r := range p.runs {
			if r.link != "" {
				if targets[r.link] != r.text {
					t.Errorf("the link %q goes to %q", r.text, targets[r.link])
				}
				linked[r.text] = true
			}
		}
	}
	if len(urls) == 0 || len(linked) != len(urls) || len(targets) != len(urls) {
		t.Errorf("%d links to %d targets, the demo has %d", len(linked), len(targets), len(urls))
	}
}

func TestWriteEscapesTextAndDropsWhatXMLForbids(t *testing.T) {
	c := model.Content{Ref: "1", Kind: model.KindArea, Title: `A < B & "C" > D`,
		Summary:     "bell\x07 and\x0b vertical tab\x00,\ttab\r\nnext line \uFFFF end",
		RiskFactors: []string{"<b>not bold</b>", "x & y"},
		Evidence:    []model.Evidence{{Kind: model.EvidenceReport, Citation: "R", URL: "https://example.org/?a=1&b=<2>"}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, []model.Content{c}, Options{Title: "&<\x01>"}); err != nil {
		t.Fatal(err)
	}
	paras := writtenParagraphs(t, buf.Bytes())
	fields := fieldTexts(paras)[`1 A < B & "C" > D`]
	if fields == nil {
		t.Fatalf("no heading with the title as written: %+v", paras[:2])
	}
	if got := fields["Sammanfattning"]; got != "bell and vertical tab,\ttab\nnext line  end" {
		t.Errorf("summary read back %q", got)
	}
	if got := fields["Riskfaktorer"]; got != "<b>not bold</b>\nx & y" {
		t.Errorf("risk factors read back %q", got)
	}
	if paras[0].text() != "&<>" {
		t.Errorf("title %q", paras[0].text())
	}
	if got := fields["Evidens"]; got != "Rapport: R https://example.org/?a=1&b=<2>" {
		t.Errorf("evidence read back %q", got)
	}
	if !bytes.Contains(writtenParts(t, buf.Bytes())["word/document.xml"], []byte("<w:tab/>")) {
		t.Error("the tab is not a w:tab")
	}
}

func TestWriteIsDeterministic(t *testing.T) {
	_, a := writeDemo(t, model.Swedish)
	_, b := writeDemo(t, model.Swedish)
	if !bytes.Equal(a, b) {
		t.Fatal("the same proposals gave different bytes")
	}
	z, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if !f.Modified.Equal(zipTime) {
			t.Errorf("%s is dated %v", f.Name, f.Modified)
		}
	}
	var later bytes.Buffer
	ps := writeDemoProgramme(t)
	if err := Write(&later, ps, Options{Title: ExportTitle(model.Swedish), Created: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	pa, pl := writtenParts(t, a), writtenParts(t, later.Bytes())
	for name := range pa {
		if same := bytes.Equal(pa[name], pl[name]); same == (name == "docProps/core.xml") {
			t.Errorf("%s: same %v at another creation time", name, same)
		}
	}
}

func TestTemplateHasTheInstructionAndTheExample(t *testing.T) {
	ps := writeDemoProgramme(t)
	example := TemplateExample(ps)
	if len(example) != 2 || example[0].Ref != "1" || example[1].Ref != "1.1" {
		t.Fatalf("example %v", example)
	}
	for _, l := range []model.Language{model.Swedish, model.English} {
		var buf bytes.Buffer
		if err := WriteTemplate(&buf, example, l, time.Time{}); err != nil {
			t.Fatal(err)
		}
		paras := writtenParagraphs(t, buf.Bytes())
		if paras[0].style != styleTitle || paras[0].text() != model.Message(l, "docx.template_title") {
			t.Errorf("%s: first paragraph %+v", l, paras[0])
		}
		intro := paras[1].text() + paras[2].text() + paras[3].text()
		evidence, _ := model.FieldByName("evidence")
		for _, want := range []string{"1.1", label(evidence, l), model.EvidenceResearch.Label(l) + ":"} {
			if !strings.Contains(intro, want) {
				t.Errorf("%s: the instruction does not name %q: %s", l, want, intro)
			}
		}
		fields := fieldTexts(paras)
		if len(fields) != 2 || fields[example[1].Ref+" "+example[1].Title] == nil {
			t.Errorf("%s: the template's proposals %v", l, fields)
		}
		if bytes.Contains(writtenParts(t, buf.Bytes())["docProps/core.xml"], []byte("created")) {
			t.Errorf("%s: a creation time without one given", l)
		}
	}
	if TemplateExample(nil) != nil {
		t.Error("an example from no proposals")
	}
}
