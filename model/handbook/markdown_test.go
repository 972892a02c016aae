package handbook

import (
	"reflect"
	"testing"
)

func TestSlugIsGitHubs(t *testing.T) {
	for in, want := range map[string]string{
		"Leda mötet i mötesläge":            "leda-mötet-i-mötesläge",
		"Import the team's file":            "import-the-teams-file",
		"Jäv (recusal)":                     "jäv-recusal",
		"Justering (sign-off)":              "justering-sign-off",
		"**Bold** and `code`, 2.3":          "bold-and-code-23",
		"Signaturer och betrodda utfärdare": "signaturer-och-betrodda-utfärdare",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseBlocks(t *testing.T) {
	md := "# Title\n\nOne line\nand the next.\n\n- an item\n  going on\n- two\n\n1. first\n2. second\n\n![Alt text.](img/sv-x.png)\n\n### Part ###\nText [link](#part) here.\n"
	got := Parse(md)
	want := []Block{
		{Kind: Heading, Line: 1, Level: 1, Text: "Title", Slug: "title"},
		{Kind: Paragraph, Line: 3, Text: "One line and the next."},
		{Kind: Bullet, Line: 6, Text: "an item going on"},
		{Kind: Bullet, Line: 8, Text: "two"},
		{Kind: Numbered, Line: 10, Num: 1, Text: "first"},
		{Kind: Numbered, Line: 11, Num: 2, Text: "second"},
		{Kind: Image, Line: 13, Text: "Alt text.", Src: "img/sv-x.png"},
		{Kind: Heading, Line: 15, Level: 3, Text: "Part", Slug: "part"},
		{Kind: Paragraph, Line: 16, Text: "Text [link](#part) here."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse:\n got %+v\nwant %+v", got, want)
	}
}

func TestSpans(t *testing.T) {
	got := Spans("Välj **Arkiv → Importera …** och [läs mer](#importera-teamets-fil) om `.xlsx`.")
	want := []Span{
		{Text: "Välj "},
		{Text: "Arkiv → Importera …", Bold: true},
		{Text: " och "},
		{Text: "läs mer", Link: "#importera-teamets-fil"},
		{Text: " om "},
		{Text: ".xlsx", Code: true},
		{Text: "."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Spans:\n got %+v\nwant %+v", got, want)
	}
	if p := Plain("a **b** [c](#d)"); p != "a b c" {
		t.Errorf("Plain = %q", p)
	}
}
