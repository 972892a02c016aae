package docx

import (
	"io"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The messages of the documents the writer makes, in the model's
// catalogue.
var writeMessages = map[model.Language]map[string]string{
	model.Swedish: {
		"docx.export_title":   "Förslag till styrgruppen",
		"docx.template_title": "Mall för förslag till styrgruppen",
		"docx.intro_headings": "Skriv varje strategiskt område som Rubrik 1 med sitt nummer först (”1 Trygg skola”) och varje strategisk insats under sitt område som Rubrik 2 (”1.1 Utökade hembesök”).",
		"docx.intro_fields":   "Varje fält börjar med sitt namn i fetstil följt av kolon, till exempel ”%s:”. Ett kort fält skrivs på samma rad som namnet, längre text i styckena under och listor som punktlistor, en punkt per rad. Ett fält utan värde kan stå tomt.",
		"docx.intro_evidence": "%s skrivs en källa per punkt som börjar med sitt slag (%s) och har en eventuell länk sist.",
		"docx.intro_import":   "Läs in dokumentet med Arkiv → Importera … eller med kommandot styrgrupp import. Exemplet nedan kan skrivas över eller tas bort.",
	},
	model.English: {
		"docx.export_title":   "Proposals to the steering group",
		"docx.template_title": "Template for proposals to the steering group",
		"docx.intro_headings": "Write each strategic area as Heading 1 with its number first (“1 Safe school”) and each strategic intervention under its area as Heading 2 (“1.1 Extended home visits”).",
		"docx.intro_fields":   "Each field starts with its name in bold followed by a colon, for example “%s:”. A short field goes on the same line as its name, longer text in the paragraphs below and lists as bulleted lists, one item a line. A field without a value may stay empty.",
		"docx.intro_evidence": "%s is written one source a bullet, starting with its kind (%s), with any link last.",
		"docx.intro_import":   "Read the document in with File → Import … or with the command styrgrupp import. The example below may be written over or deleted.",
	},
}

func init() { model.AddMessages(writeMessages) }

// ExportTitle is the title of a document of the store's proposals, in l.
func ExportTitle(l model.Language) string { return model.Message(l, "docx.export_title") }

// WriteTemplate writes the template a team starts from: a title, a short
// instruction and the example proposals in the form Write gives them,
// every field's label in place. created is the document's creation time.
func WriteTemplate(w io.Writer, example []model.Content, l model.Language, created time.Time) error {
	return Write(w, example, Options{
		Language: l,
		Title:    model.Message(l, "docx.template_title"),
		Created:  created,
		Intro:    templateIntro(l),
	})
}

// templateIntro is the template's instruction, naming the fields and the
// kinds of evidence as the import reads them.
func templateIntro(l model.Language) []string {
	var example, evidence string // the first field of long text, the evidence
	for _, f := range model.Fields {
		switch {
		case f.Kind == model.FieldLongText && example == "":
			example = label(f, l)
		case f.Kind == model.FieldEvidence:
			evidence = label(f, l)
		}
	}
	var kinds []string
	for _, k := range model.EvidenceKinds {
		if k != model.EvidenceOther {
			kinds = append(kinds, k.Label(l)+":")
		}
	}
	return []string{
		model.Message(l, "docx.intro_headings"),
		model.Message(l, "docx.intro_fields", example),
		model.Message(l, "docx.intro_evidence", evidence, strings.Join(kinds, ", ")),
		model.Message(l, "docx.intro_import"),
	}
}

// TemplateExample picks a template's example from a programme's
// proposals: its first area and the first intervention under it.
func TemplateExample(ps []model.Content) []model.Content {
	var area *model.Content
	for i := range ps {
		if ps[i].Kind == model.KindArea && (area == nil || model.CompareRefs(ps[i].Ref, area.Ref) < 0) {
			area = &ps[i]
		}
	}
	if area == nil {
		return nil
	}
	out := []model.Content{*area}
	var first *model.Content
	for i := range ps {
		if ps[i].Kind == model.KindIntervention && ps[i].AreaRef() == area.Ref && (first == nil || model.CompareRefs(ps[i].Ref, first.Ref) < 0) {
			first = &ps[i]
		}
	}
	if first != nil {
		out = append(out, *first)
	}
	return out
}
