package importer_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// docxTestWriteProposals writes proposals in the form the template has
// (the writer's, in model/docx): a heading with ref and title, then each
// field that has a value as a bold label with a colon, a one-line value
// after it, and longer text, lists and evidence a paragraph a line.
func docxTestWriteProposals(t *testing.T, ps []model.Proposal) []byte {
	var body []string
	for _, p := range ps {
		c := p.Content
		style := "Heading2"
		if model.Ref(c.Ref).IsArea() {
			style = "Heading1"
		}
		body = append(body, docxH(style, c.Ref+" "+c.Title))
		for i, f := range model.Fields {
			if f.Identity || f.Name == "title" || f.Empty(&c) {
				continue
			}
			label := importer.Columns[i].Header + ":"
			lines := strings.Split(f.Cell(&c), "\n")
			switch f.Kind {
			case model.FieldList, model.FieldEnumList, model.FieldEvidence:
				body = append(body, docxBold(label, ""))
				for _, l := range lines {
					body = append(body, docxItem(l))
				}
			case model.FieldLongText:
				body = append(body, docxBold(label, ""))
				for _, l := range lines {
					body = append(body, docxP(l))
				}
			default:
				body = append(body, docxBold(label, " "+lines[0]))
			}
		}
	}
	return docxTestDoc(t, body...)
}

// TestDocxDemoRoundTrip: the demo programme written in the template's
// form reads back as unchanged, every proposal.
func TestDocxDemoRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.Read("program.docx", bytes.NewReader(docxTestWriteProposals(t, ps)))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := importer.MakePlan(ctx, s, res)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 5 || plan.Count(importer.Unchanged) != len(ps) {
		for _, c := range plan.Changes {
			if c.Kind != importer.Unchanged {
				t.Errorf("%s: %s %v", c.Record.Content.Ref, c.Kind, c.Fields)
			}
		}
		t.Fatalf("%d of %d unchanged", plan.Count(importer.Unchanged), len(ps))
	}
}
