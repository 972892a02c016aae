package handbook

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/docs"
	"github.com/styrgrupp/styrgrupp/model"
)

var languages = []model.Language{model.Swedish, model.English}

func mustBlocks(t *testing.T, l model.Language) []Block {
	t.Helper()
	b, err := Blocks(l)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// topicConstants lists the Topic constants topics.go declares, read from
// its source, so that a topic added there without a section is found.
func topicConstants(t *testing.T) []Topic {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "topics.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []Topic
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			for i, n := range v.Names {
				lit, ok := v.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Fatalf("topic %s is not a string literal", n.Name)
				}
				out = append(out, Topic(strings.Trim(lit.Value, `"`)))
			}
		}
	}
	if len(out) < 10 {
		t.Fatalf("found %d topic constants in topics.go", len(out))
	}
	return out
}

// Every topic a dialog can link to is a section of both handbooks: its
// anchor is the slug of one of the file's headings.
func TestEveryTopicIsASectionOfBothHandbooks(t *testing.T) {
	consts := topicConstants(t)
	for _, c := range consts {
		if c != Start && !slices.Contains(Topics(), c) {
			t.Errorf("topic %q is declared but not in Topics()", c)
		}
	}
	for _, l := range languages {
		anchors := Anchors(mustBlocks(t, l))
		for _, topic := range consts {
			if topic == Start {
				continue
			}
			a := topic.Anchor(l)
			if a == "" {
				t.Errorf("%s: topic %q has no section", File(l), topic)
			} else if !slices.Contains(anchors, a) {
				t.Errorf("%s: topic %q names section #%s, which no heading has; the headings are %v", File(l), topic, a, anchors)
			}
		}
	}
	if Start.Anchor(model.Swedish) != "" || Topic("nonesuch").Anchor(model.English) != "" {
		t.Error("Start or an unknown topic has an anchor")
	}
}

// Each handbook's headings have anchors of their own, and its links
// within the handbook lead to one of them.
func TestHandbookLinksResolve(t *testing.T) {
	for _, l := range languages {
		blocks := mustBlocks(t, l)
		anchors := Anchors(blocks)
		seen := map[string]bool{}
		for _, a := range anchors {
			if seen[a] {
				t.Errorf("%s: two headings have the anchor #%s", File(l), a)
			}
			seen[a] = true
		}
		links := Links(blocks)
		if len(links) < 5 {
			t.Errorf("%s: %d links; the handbook links its concepts", File(l), len(links))
		}
		for _, k := range links {
			switch {
			case strings.HasPrefix(k.Target, "#"):
				if !seen[k.Target[1:]] {
					t.Errorf("%s:%d: the link %s leads to no heading", File(l), k.Line, k.Target)
				}
			case !strings.HasPrefix(k.Target, "https://"):
				t.Errorf("%s:%d: the link %s is neither a section nor an https address", File(l), k.Line, k.Target)
			}
		}
	}
}

// Every screenshot the handbooks show exists, is a PNG and is of the
// handbook's language; together they stay small.
func TestHandbookImagesExist(t *testing.T) {
	used := map[string]bool{}
	for _, l := range languages {
		n := 0
		for _, b := range mustBlocks(t, l) {
			if b.Kind != Image {
				continue
			}
			n++
			used[b.Src] = true
			data, err := ImageData(b.Src)
			if err != nil {
				t.Errorf("%s:%d: %v", File(l), b.Line, err)
				continue
			}
			if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
				t.Errorf("%s:%d: %s is not a PNG", File(l), b.Line, b.Src)
			}
			if !strings.HasPrefix(b.Src, "img/"+string(l)+"-") {
				t.Errorf("%s:%d: %s is not a screenshot in %s (img/%s-…)", File(l), b.Line, b.Src, l, l)
			}
			if b.Text == "" {
				t.Errorf("%s:%d: %s has no text for who cannot see it", File(l), b.Line, b.Src)
			}
		}
		if n < 4 {
			t.Errorf("%s shows %d screenshots", File(l), n)
		}
	}
	total := 0
	entries, err := fs.ReadDir(docs.Handbook, "img")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		total += int(info.Size())
		if !used["img/"+e.Name()] {
			t.Errorf("docs/img/%s is shown by neither handbook", e.Name())
		}
	}
	if total > 3<<20 {
		t.Errorf("docs/img holds %d bytes; keep it under 3 MB", total)
	}
}

// Both handbooks have the same sections, in the same order: one page per
// task and the concepts.
func TestHandbooksHaveTheSameShape(t *testing.T) {
	shape := func(l model.Language) (out []int) {
		for _, b := range mustBlocks(t, l) {
			if b.Kind == Heading {
				out = append(out, b.Level)
			}
		}
		return out
	}
	sv, en := shape(model.Swedish), shape(model.English)
	if !slices.Equal(sv, en) {
		t.Errorf("the heading levels differ: sv %v, en %v", sv, en)
	}
	if len(sv) == 0 || sv[0] != 1 || slices.Index(sv[1:], 1) >= 0 {
		t.Errorf("a handbook has one title (#) first: %v", sv)
	}
}
