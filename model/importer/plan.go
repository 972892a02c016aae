package importer

import (
	"context"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// Record is one proposal read from a file, with where it stands in it.
type Record struct {
	Content model.Content
	File    string  // the file's base name
	Sheet   string  // the sheet of an .xlsx file, "" otherwise
	Heading Heading // the heading of a Word document's proposal, zero otherwise
	Row     int     // as the spreadsheet shows it: a CSV's header is row 1; JSON: the proposal's index from 1; 0 for a Word document's

	headers map[string]string // field → the column's header as the file wrote it
}

// column returns the header of a field's column as the record's file
// wrote it; the JSON field name, or the export's header, when the file
// has no such column.
func (r Record) column(field string) string {
	if h, ok := r.headers[field]; ok {
		return h
	}
	if r.headers == nil || strings.HasSuffix(strings.ToLower(r.File), ".json") {
		return field
	}
	for _, c := range Columns {
		if c.Field == field {
			return c.Header
		}
	}
	return field
}

// keepAbsent returns the record's content with every field that its file
// has no column for (or its JSON object no member for) taken from the
// stored content: a file of refs and costs changes the costs and nothing
// else. The kind follows the ref.
func keepAbsent(r Record, stored model.Content) model.Content {
	c := r.Content
	if r.headers == nil {
		return c
	}
	for _, f := range model.Fields {
		if _, ok := r.headers[f.Name]; !ok && !f.Identity {
			f.Copy(&c, &stored)
		}
	}
	return c
}

// Result is what reading one file gives: its records and the warnings
// (unknown columns, for instance) that do not stop the import.
type Result struct {
	File      string
	Records   []Record
	FollowUps []FollowUpRow // the rows of a follow-up sheet
	Warnings  []Problem
}

// ChangeKind says what an import does to one proposal.
type ChangeKind string

// What an import does to each proposal in its files.
const (
	New       ChangeKind = "new"
	Changed   ChangeKind = "changed"
	Unchanged ChangeKind = "unchanged"
	Refused   ChangeKind = "refused" // its decision is signed off: an import never changes it
)

// Change is one proposal of the plan.
type Change struct {
	Kind     ChangeKind
	Record   Record
	Existing model.Proposal // the stored proposal, zero for a new one
	Fields   []string       // for Changed: the fields that differ, as model.FieldNames names them
	Reason   error          // for Refused: why the proposal cannot be changed (model.Proposal.CheckEditable)
}

// Plan is what importing a set of files would do, worked out before
// anything is written.
type Plan struct {
	Changes   []Change
	FollowUps []FollowUpChange // by ref
	Warnings  []Problem
	// Author is the member the notes of the follow-up rows are written
	// by when the store does not know who is signed in (the window's
	// "Vem är du?"); 0 for none.
	Author int64
}

// Count returns how many changes of kind k the plan holds.
func (p Plan) Count(k ChangeKind) int {
	n := 0
	for _, c := range p.Changes {
		if c.Kind == k {
			n++
		}
	}
	return n
}

// CountFollowUps returns how many follow-ups the plan changes (Changed)
// or leaves as they are (Unchanged).
func (p Plan) CountFollowUps(k ChangeKind) int {
	n := 0
	for _, c := range p.FollowUps {
		if c.Kind == k {
			n++
		}
	}
	return n
}

// Apply writes the plan's new and changed proposals in one transaction:
// all of them or, on any error, none. A proposal changed in the store
// since the plan was made fails the whole import with a conflict.
// progress, when not nil, is called with the number of proposals written
// so far and the total. Then it saves the follow-ups the plan changes,
// in one transaction too (model.FollowUpStore.SaveFollowUps), their new
// notes written by noteAuthor.
func Apply(ctx context.Context, s model.Store, p Plan, progress func(done, total int)) error {
	items := make([]model.ImportItem, 0, p.Count(New)+p.Count(Changed))
	for _, c := range p.Changes {
		switch c.Kind {
		case New:
			items = append(items, model.ImportItem{Content: c.Record.Content})
		case Changed:
			items = append(items, model.ImportItem{Content: c.Record.Content, ID: c.Existing.ID, BaseRevision: c.Existing.Revision})
		}
	}
	// Areas before their interventions.
	slices.SortStableFunc(items, func(a, b model.ImportItem) int { return model.CompareRefs(a.Content.Ref, b.Content.Ref) })
	if len(items) > 0 {
		if err := s.Import(ctx, items, progress); err != nil {
			return err
		}
	}
	return applyFollowUps(ctx, s, p)
}

// applyFollowUps saves the follow-ups the plan changes.
func applyFollowUps(ctx context.Context, s model.Store, p Plan) error {
	var fs []model.FollowUp
	for _, c := range p.FollowUps {
		if c.Kind == Changed {
			fs = append(fs, c.After)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	author, err := noteAuthor(ctx, s, p.Author)
	if err != nil {
		return err
	}
	for i := range fs {
		fs[i].Notes = slices.Clone(fs[i].Notes)
		for j := range fs[i].Notes {
			if fs[i].Notes[j].ID == 0 {
				fs[i].Notes[j].AuthorID = author
			}
		}
	}
	return s.SaveFollowUps(ctx, fs)
}

// noteAuthor returns the member the notes of an import are written by:
// the one signed in, on a store that knows (model.SignedInStore); else
// chosen, the member the user said they are; 0 for none.
func noteAuthor(ctx context.Context, s model.Store, chosen int64) (int64, error) {
	si, ok := s.(model.SignedInStore)
	if !ok {
		return chosen, nil
	}
	m, ok, err := si.SignedIn(ctx)
	switch {
	case err != nil:
		return 0, err
	case ok:
		return m.ID, nil
	}
	return chosen, nil
}
