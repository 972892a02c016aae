package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// runImport reads the files, prints what importing them does and, unless
// --dry-run, does it in one transaction. Any problem in any file stops the
// whole import, with every problem printed, and the store untouched.
func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("import", stderr)
	path := fs.String("store", "", msg("cli.flag.store"))
	dryRun := fs.Bool("dry-run", false, msg("cli.flag.dry_run"))
	create := fs.Bool("create", false, msg("cli.flag.create"))
	fs.String("lang", "", msg("cli.flag.lang"))
	// Flags may come after the files too: import --store X a.csv --dry-run.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files, args = append(files, fs.Arg(0)), fs.Args()[1:]
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.import_need_files"))
		return exitUsage
	}
	if *path != "" && storeMissing(*path) && (!*create || *dryRun) {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.import_store_missing", *path))
		return exitUsage
	}
	s, code := openStore(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	plan, err := importer.PlanFiles(ctx, s, files...)
	if ps := importer.AsProblems(err); ps != nil {
		return printProblems(stderr, ps)
	} else if err != nil {
		return fail(stderr, err)
	}
	for _, w := range plan.Warnings {
		fmt.Fprintln(stderr, msg("cli.warning"), model.Printable(w.Message(cliLang)))
	}
	if !*dryRun {
		if err := importer.Apply(ctx, s, plan, nil); err != nil {
			return fail(stderr, err)
		}
	}
	printPlan(stdout, plan, *dryRun)
	return exitOK
}

func printProblems(stderr io.Writer, ps importer.Problems) int {
	for _, p := range ps {
		fmt.Fprintln(stderr, msg("cli.error"), model.Printable(p.Message(cliLang)))
	}
	fmt.Fprintln(stderr, msg("cli.import_nothing", len(ps)))
	return exitUsage
}

// printPlan writes the counts, then a line per changed or refused
// proposal; what comes from the files is printed with model.Printable.
func printPlan(w io.Writer, p importer.Plan, dryRun bool) {
	head := msg("cli.import_done")
	if dryRun {
		head = msg("cli.import_dry_run")
	}
	if len(p.Changes) > 0 || len(p.FollowUps) == 0 {
		fmt.Fprintln(w, msg("cli.import_counts", head,
			p.Count(importer.New), p.Count(importer.Changed), p.Count(importer.Unchanged), p.Count(importer.Refused)))
	}
	defer printFollowUps(w, p, head)
	for _, c := range p.Changes {
		ref, title := model.Printable(c.Record.Content.Ref), model.Printable(c.Record.Content.Title)
		switch c.Kind {
		case importer.Changed:
			fmt.Fprintln(w, msg("cli.import_changed", ref, title, strings.Join(fieldHeaders(c.Fields), ", ")))
		case importer.Refused:
			fmt.Fprintln(w, msg("cli.import_refused", ref, title, model.Printable(model.ErrorMessage(c.Reason, cliLang))))
		}
	}
}

// fieldHeaders names fields by the headers the export writes.
func fieldHeaders(fields []string) []string {
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		name := f
		for _, c := range importer.Columns {
			if c.Field == f {
				name = strings.ToLower(c.Header)
			}
		}
		out = append(out, name)
	}
	return out
}

// printFollowUps writes the follow-up counts, then for each follow-up
// that changes what changes in all, and a line for each of its rows that
// changes something.
func printFollowUps(w io.Writer, p importer.Plan, head string) {
	if len(p.FollowUps) == 0 {
		return
	}
	fmt.Fprintln(w, head+": "+msg("cli.import_followup_counts", p.CountFollowUps(importer.Changed), p.CountFollowUps(importer.Unchanged)))
	for _, c := range p.FollowUps {
		if c.Kind != importer.Changed {
			continue
		}
		fmt.Fprintln(w, msg("cli.import_followup_changed", model.Printable(c.Proposal.Ref), model.Printable(c.Proposal.Title), c.Effect(cliLang)))
		for _, s := range c.Steps {
			if what := s.Effect(cliLang); what != "" {
				fmt.Fprintln(w, msg("cli.import_followup_step", model.Printable(s.Row.Place(cliLang)), s.Row.Date, what))
			}
		}
	}
}
