package main

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/docx"
)

// templateKind is the kind of file each template format writes.
var templateKind = map[string]outfile.Kind{"docx": outfile.DOCX}

// runTemplate writes the template a team writes its proposals in
// (styrgrupp template --format docx -o mall.docx): the styles and labels
// the import reads, a short instruction and, as the example, the demo
// programme's first area and its first intervention, in the command
// line's language. An existing file is never written over: it may be a
// team's filled-in document.
func runTemplate(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("template", stderr)
	format := fs.String("format", "docx", msg("cli.flag.template_format"))
	out := fs.String("o", "", msg("cli.flag.out_stdout"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	kind, ok := templateKind[*format]
	if !ok {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_template_format", *format))
		return exitUsage
	}
	if *out != "" && outputRefused(stderr, outfile.Target{Path: *out, Kind: kind}) {
		return exitUsage
	}
	programme, _, err := demo.Read(assets.Demo)
	if err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	if err := docx.WriteTemplate(&buf, docx.TemplateExample(programme.Proposals), cliLang, clock()); err != nil {
		return fail(stderr, err)
	}
	if *out == "" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			return fail(stderr, err)
		}
		return exitOK
	}
	if err := outfile.Write(*out, buf.Bytes()); err != nil {
		return writeFailed(stderr, *out, err)
	}
	return exitOK
}
