package importer_test

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// TestImportRefusesOverLimits: issue 11, hole 9. A title of 301
// characters, a list of 101 items and a title of only invisible
// characters (missing, once they are dropped) are each an error at their
// row and column, in a spreadsheet
// and in JSON; control characters in a title are dropped.
func TestImportRefusesOverLimits(t *testing.T) {
	long := strings.Repeat("å", 301)
	many := strings.TrimSuffix(strings.Repeat("Polisen;", 101), ";")
	csvText := "Ref;Rubrik;Samverkansparter\n1;" + long + ";\n2;Två;\"" + many + "\"\n3;\u200b\u202e;\n4;\x1b[31mRöd\x1b[0m;\n"
	jsonText := `{"format_version":1,"proposals":[{"ref":"1","title":"` + long + `"},` +
		`{"ref":"2","title":"Två","partners":["` + strings.ReplaceAll(many, ";", `","`) + `"]},` +
		`{"ref":"3","title":"\u200b\u202e"}]}`
	for name, text := range map[string]string{"limits.csv": csvText, "limits.json": jsonText} {
		_, err := importer.Read(name, strings.NewReader(text))
		ps := importer.AsProblems(err)
		got := map[string]string{}
		for _, p := range ps {
			got[p.Column] = p.Message(model.Swedish)
		}
		title, partners := "Rubrik", "Samverkansparter"
		if name == "limits.json" {
			title, partners = "title", "partners"
		}
		want := []string{
			name + ", rad 2, kolumn " + title + ": Texten är för lång: 301 tecken, högst 300",
			name + ", rad 3, kolumn " + partners + ": Listan har 101 poster, högst 100",
			// Normalised, nothing is left of the title.
			name + ", rad 4, kolumn " + title + ": Titel saknas",
		}
		if name == "limits.json" {
			for i := range want {
				want[i] = strings.Replace(want[i], "rad "+string(rune('2'+i)), "rad "+string(rune('1'+i)), 1)
			}
		}
		if len(ps) != 3 {
			t.Errorf("%s: %d problems:\n%s", name, len(ps), ps.Message(model.Swedish))
			continue
		}
		for i, p := range ps {
			if m := p.Message(model.Swedish); m != want[i] {
				t.Errorf("%s: got  %s\nwant %s", name, m, want[i])
			}
		}
	}
	res, err := importer.Read("ok.csv", strings.NewReader("Ref;Titel\n4;\x1b[31mRöd\x1b[0m\u202e\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Records[0].Content.Title; got != "[31mRöd[0m" {
		t.Errorf("title %q", got)
	}
}
