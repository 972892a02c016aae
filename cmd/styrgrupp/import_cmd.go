package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// runImport reads the files, prints what importing them does and, unless
// --dry-run, does it in one transaction. Any problem in any file stops the
// whole import, with every problem printed, and the store untouched.
func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("import", stderr)
	path := fs.String("store", "", "databasfil")
	dryRun := fs.Bool("dry-run", false, "visa bara vad importen skulle göra")
	create := fs.Bool("create", false, "skapa databasen om den inte finns")
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
		fmt.Fprintln(stderr, "fel: ange minst en fil att importera (.xlsx, .csv eller .json)")
		return exitUsage
	}
	if _, err := os.Stat(*path); *path != "" && err != nil && (!*create || *dryRun) {
		fmt.Fprintf(stderr, "fel: hittar inte databasen %s; ange --create för att skapa en ny\n", *path)
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
		fmt.Fprintln(stderr, "varning:", model.Printable(w.Message(model.Swedish)))
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
		fmt.Fprintln(stderr, "fel:", model.Printable(p.Message(model.Swedish)))
	}
	fmt.Fprintf(stderr, "Inget importerades: %d fel.\n", len(ps))
	return exitUsage
}

// printPlan writes the counts, then a line per changed or refused
// proposal; what comes from the files is printed with model.Printable.
func printPlan(w io.Writer, p importer.Plan, dryRun bool) {
	head := "Importerat"
	if dryRun {
		head = "Torrkörning, inget sparat"
	}
	fmt.Fprintf(w, "%s: %d nya, %d ändrade, %d oförändrade, %d vägrade\n", head,
		p.Count(importer.New), p.Count(importer.Changed), p.Count(importer.Unchanged), p.Count(importer.Refused))
	for _, c := range p.Changes {
		ref, title := model.Printable(c.Record.Content.Ref), model.Printable(c.Record.Content.Title)
		switch c.Kind {
		case importer.Changed:
			fmt.Fprintf(w, "  ändrad   %-6s %s (%s)\n", ref, title, strings.Join(fieldHeaders(c.Fields), ", "))
		case importer.Refused:
			fmt.Fprintf(w, "  vägrad   %-6s %s: %s\n", ref, title, model.Printable(model.ErrorMessage(c.Reason, model.Swedish)))
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
