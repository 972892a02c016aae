package importer

import (
	"context"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// MakePlan works out what importing the results of Read would do to the
// store, without writing anything: for each record, a new proposal, a
// changed one (with the fields that differ), an unchanged one, or a
// refused one (signed off, decided or withdrawn: an import never changes
// those); for the follow-up rows, what they do to each approved
// proposal's follow-up (planFollowUps), where a row the model's rules
// refuse is an error. The store's proposals are read once, and its
// follow-ups once when there are follow-up rows.
//
// A ref used twice across the files and an intervention whose area is
// neither in the files nor in the store are errors; the error is then
// Problems, naming every one of them (at most MaxProblems), and the plan
// must not be applied. The results' warnings are carried into the plan.
func MakePlan(ctx context.Context, s model.Store, results ...Result) (Plan, error) {
	var plan Plan
	for _, r := range results {
		plan.Warnings = append(plan.Warnings, r.Warnings...)
	}
	stored, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		return plan, err
	}
	byRef := make(map[string]model.Proposal, len(stored))
	for _, p := range stored {
		byRef[p.Ref] = p
	}

	var errs Problems
	nErrs := 0
	fail := func(r Record, field, key string, args ...any) {
		nErrs++
		if len(errs) < MaxProblems {
			errs = append(errs, Problem{File: r.File, Sheet: r.Sheet, Heading: r.Heading, Row: r.Row, Column: r.column(field), Key: key, Args: args})
		}
	}
	n := 0
	for _, res := range results {
		n += len(res.Records)
	}
	inFiles := make(map[string]int, n) // ref → index in records
	records := make([]Record, 0, n)
	for _, res := range results {
		for _, r := range res.Records {
			if i, ok := inFiles[r.Content.Ref]; ok {
				fail(r, "ref", "duplicate_ref", r.Content.Ref, place(records[i]))
				continue
			}
			inFiles[r.Content.Ref] = len(records)
			records = append(records, r)
		}
	}
	for i := range records {
		r := &records[i]
		area := r.Content.AreaRef()
		if area == "" {
			continue
		}
		if a, ok := inFiles[area]; ok && records[a].Content.Kind == model.KindArea {
			continue
		}
		if a, ok := byRef[area]; ok && a.Kind == model.KindArea {
			continue
		}
		fail(*r, "ref", "area_missing", r.Content.Ref, area)
	}
	var rows []FollowUpRow
	for _, res := range results {
		rows = append(rows, res.FollowUps...)
	}
	if len(rows) > 0 {
		entries, err := s.FollowUps(ctx)
		if err != nil {
			return plan, err
		}
		var refused Problems
		plan.FollowUps = planFollowUps(rows, entries, stored, func(r FollowUpRow, field, key string, args ...any) {
			refused = append(refused, Problem{File: r.File, Sheet: r.Sheet, Row: r.Row, Column: r.column(field), Key: key, Args: args})
		})
		refused.sort()
		nErrs += len(refused)
		errs = append(errs, refused[:min(len(refused), max(0, MaxProblems-len(errs)))]...)
	}
	if nErrs > 0 {
		if more := nErrs - len(errs); more > 0 {
			errs = append(errs, Problem{File: errs[len(errs)-1].File, Key: "more_problems", Args: []any{more}})
		}
		return plan, errs
	}

	plan.Changes = make([]Change, len(records))
	for i, r := range records {
		ch := &plan.Changes[i]
		ch.Kind, ch.Record = New, r
		if p, ok := byRef[r.Content.Ref]; ok {
			ch.Existing = p
			r.Content = keepAbsent(r, p.Content)
			ch.Record = r
			if err := r.Content.Validate(); err != nil {
				fail(r, "", "invalid_value", err)
				continue
			}
			fields := p.ChangedFields(r.Content)
			switch err := p.CheckEditable(); {
			case len(fields) == 0:
				ch.Kind = Unchanged
			case err != nil:
				ch.Kind, ch.Reason = Refused, err
			default:
				ch.Kind, ch.Fields = Changed, fields
			}
		}
	}
	if nErrs > 0 {
		return Plan{}, errs
	}
	return plan, nil
}

// place is where a record stands, written in a message's language:
// "förslag.csv, rad 3".
type place Record

// Label returns the place in l.
func (p place) Label(l model.Language) string {
	where := []string{p.File}
	if p.Sheet != "" {
		where = append(where, word(l, "sheet")+" "+p.Sheet)
	}
	if p.Heading.Level > 0 {
		where = append(where, p.Heading.Label(l))
	}
	switch {
	case p.Row > 0 && p.Heading.Level > 0:
		where = append(where, word(l, "paragraph")+" "+strconv.Itoa(p.Row))
	case p.Row > 0:
		where = append(where, word(l, "row")+" "+strconv.Itoa(p.Row))
	}
	return strings.Join(where, ", ")
}

// PlanFiles reads every file and works out the plan for them together.
// The problems of all the files come back at once, as Problems.
func PlanFiles(ctx context.Context, s model.Store, paths ...string) (Plan, error) {
	var results []Result
	var problems Problems
	seen := map[string]bool{}
	names := fileNames(paths)
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			if seen[abs] {
				continue // the same file named twice is read once
			}
			seen[abs] = true
		}
		r, err := ReadFile(p)
		r = r.named(names[p])
		if ps := AsProblems(err); ps != nil {
			for _, q := range ps {
				q.File = names[p]
				problems = append(problems, q)
			}
			continue
		} else if err != nil {
			return Plan{}, err
		}
		results = append(results, r)
	}
	if len(problems) > 0 {
		return Plan{}, problems
	}
	return MakePlan(ctx, s, results...)
}

// fileNames names each file in messages by its base name, or by its path
// as given when another of the files shares that base name.
func fileNames(paths []string) map[string]string {
	files := map[string]map[string]bool{} // base name → the files' absolute paths
	for _, p := range paths {
		abs, _ := filepath.Abs(p)
		if files[baseName(p)] == nil {
			files[baseName(p)] = map[string]bool{}
		}
		files[baseName(p)][abs] = true
	}
	names := map[string]string{}
	for _, p := range paths {
		names[p] = baseName(p)
		if len(files[baseName(p)]) > 1 {
			names[p] = p
		}
	}
	return names
}

// named returns the result with its file, records and warnings named
// name.
func (r Result) named(name string) Result {
	r.File = name
	r.Records = slices.Clone(r.Records)
	for i := range r.Records {
		r.Records[i].File = name
	}
	r.FollowUps = slices.Clone(r.FollowUps)
	for i := range r.FollowUps {
		r.FollowUps[i].File = name
	}
	r.Warnings = slices.Clone(r.Warnings)
	for i := range r.Warnings {
		r.Warnings[i].File = name
	}
	return r
}
