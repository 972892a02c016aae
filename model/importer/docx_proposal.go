package importer

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/docx"
)

// docxProposal is the proposal under one heading of a Word document,
// read paragraph by paragraph.
type docxProposal struct {
	heading Heading
	ref     model.Ref
	title   string
	fields  map[int]*docxField // by index in model.Fields (and Columns)
	field   int                // the field being read: its index, docxBeforeLabels or docxSkipped
	paras   int                // the paragraphs with text read so far
}

// What a proposal's paragraphs go to when not to a field of their own.
const (
	docxBeforeLabels = -1 // the description, before any label
	docxSkipped      = -2 // under a label the import does not read
)

// docxField is one field as the document writes it.
type docxField struct {
	label string // as written; "" for the description before any label
	para  int    // the paragraph of its label, or of its first line
	lines []string
}

// maxLabelChars bounds what stands before a colon for it to be read as
// a label: "Kostnad (kr):" is, a sentence with a colon is not.
const maxLabelChars = 40

// add takes the next paragraph under the heading.
func (pr *docxProposal) add(m *docxMapper, p docx.Paragraph) {
	text := p.Text()
	if strings.TrimSpace(text) == "" && !p.TableLabel {
		if f := pr.current(); f != nil && len(f.lines) > 0 {
			f.lines = append(f.lines, "") // a blank line within the field's text
		}
		return
	}
	pr.paras++
	col, label, rest, ok := docxLabel(p)
	if !ok {
		if f := pr.open(""); f != nil {
			if _, ok := m.headers[Columns[pr.fieldIndex()].Field]; !ok {
				m.headers[Columns[pr.fieldIndex()].Field] = ""
			}
			if p.List && model.Fields[pr.fieldIndex()].Kind == model.FieldLongText {
				text = "• " + strings.TrimSpace(text)
			}
			f.lines = append(f.lines, text)
		}
		return
	}
	switch {
	case col == ignoredColumn:
		pr.field = docxSkipped
		return
	case col < 0:
		m.c.warn(pr.paras, label, "docx_unknown_label")
		pr.field = docxSkipped
		return
	}
	if f := pr.fields[col]; f != nil && f.label != "" {
		m.c.fail(pr.paras, label, "docx_duplicate_label", f.para)
		pr.field = docxSkipped
		return
	}
	pr.field = col
	if _, ok := m.headers[Columns[col].Field]; !ok {
		m.headers[Columns[col].Field] = label
	}
	f := pr.open(label)
	f.label = label
	if rest = strings.TrimSpace(rest); rest != "" {
		f.lines = append(f.lines, rest)
	}
}

// fieldIndex is the index of the field paragraphs go to now.
func (pr *docxProposal) fieldIndex() int {
	if pr.field == docxBeforeLabels {
		return proposalLayout.col("description")
	}
	return pr.field
}

// current returns the field being read, nil when none.
func (pr *docxProposal) current() *docxField {
	if pr.field == docxSkipped {
		return nil
	}
	return pr.fields[pr.fieldIndex()]
}

// open returns the field being read, begun at this paragraph if it is
// new; nil under a label the import does not read.
func (pr *docxProposal) open(label string) *docxField {
	if pr.field == docxSkipped {
		return nil
	}
	i := pr.fieldIndex()
	if pr.fields[i] == nil {
		pr.fields[i] = &docxField{label: label, para: pr.paras}
	}
	return pr.fields[i]
}

// docxLabel reads a paragraph that starts a field: a known name in bold,
// the name of a table's row, or a known name followed by a colon. It
// returns the column's index (ignoredColumn for a column the export adds,
// -1 for a table's row the import does not know), the name as written,
// and the text after it.
func docxLabel(p docx.Paragraph) (col int, label, rest string, ok bool) {
	if p.List {
		return 0, "", "", false
	}
	if p.TableLabel {
		label = strings.TrimRight(strings.TrimSpace(p.Text()), ": ")
		return proposalLayout.lookup(label), label, "", true
	}
	var bold strings.Builder
	i := 0
	for ; i < len(p.Runs) && p.Runs[i].Bold; i++ {
		bold.WriteString(p.Runs[i].Text)
	}
	if name, after, _ := strings.Cut(bold.String(), ":"); strings.TrimSpace(name) != "" {
		if col := proposalLayout.lookup(name); col != -1 {
			rest = after + docx.Paragraph{Runs: p.Runs[i:]}.Text()
			return col, strings.TrimSpace(name), strings.TrimPrefix(strings.TrimSpace(rest), ":"), true
		}
	}
	name, after, found := strings.Cut(p.Text(), ":")
	if !found || utf8.RuneCountInString(name) > maxLabelChars {
		return 0, "", "", false
	}
	if col := proposalLayout.lookup(name); col != -1 {
		return col, strings.TrimSpace(name), after, true
	}
	return 0, "", "", false
}

// text is the field's text as a spreadsheet's cell holds it: paragraphs
// a line each (blank ones kept inside long text), a one-line field's
// parts on one line.
func (f *docxField) text(kind model.FieldKind) string {
	lines := f.lines
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	if kind == model.FieldLongText {
		return strings.Join(lines, "\n")
	}
	var kept []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			kept = append(kept, l)
		}
	}
	switch kind {
	case model.FieldList, model.FieldEnumList, model.FieldEvidence:
		return strings.Join(kept, "\n")
	}
	return strings.Join(kept, " ")
}

// record makes the proposal's record; false when it has errors, which
// are reported.
func (pr *docxProposal) record(c *collector) (Record, bool) {
	before := c.startRecord()
	c.heading = pr.heading
	defer func() { c.heading = Heading{} }()
	ct := model.Content{Ref: string(pr.ref), Title: pr.title}
	for i, f := range model.Fields {
		fd := pr.fields[i]
		text := ""
		switch {
		case f.Kind == model.FieldRef && fd != nil:
			if got := model.ParseRef(fd.text(f.Kind)); got != pr.ref {
				c.fail(fd.para, fd.label, "docx_ref_mismatch", string(got), string(pr.ref))
			}
			continue
		case f.Kind == model.FieldRef:
			continue
		case fd != nil:
			text = fd.text(f.Kind)
		case f.Name != "kind":
			continue
		}
		para, label := 0, ""
		if fd != nil {
			para, label = fd.para, fd.label
		}
		for _, e := range valueErrors(f.Parse(&ct, text), text) {
			c.failErr(para, label, e)
		}
	}
	ct = ct.Normalize()
	if err := ct.Validate(); err != nil {
		var es model.Errors
		if !errors.As(err, &es) {
			c.fail(0, "", "invalid_value", err)
		}
		for _, e := range es {
			para, label := 0, ""
			if fd := pr.fields[fieldIndex(e.Field)]; fd != nil {
				para, label = fd.para, fd.label
			}
			if label == "" || !c.failed[label] {
				c.fail(para, label, "invalid_value", e)
			}
		}
	}
	return Record{Content: ct, File: c.file, Heading: pr.heading}, c.nErrs == before
}

// fieldIndex is the index in model.Fields of the field of that name, -1
// for none.
func fieldIndex(name string) int {
	for i, f := range model.Fields {
		if f.Name == name {
			return i
		}
	}
	return -1
}
