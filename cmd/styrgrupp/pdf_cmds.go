package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// pdfFlags are the flags the PDF commands share.
type pdfFlags struct {
	store, out, lang, body, sign *string
}

func addPDFFlags(fs *flag.FlagSet) pdfFlags {
	return pdfFlags{
		sign:  fs.String("sign", "", "signera PDF-filen med identiteten i ID.p12"),
		store: fs.String("store", "", "databasfil"),
		out:   fs.String("o", "", "PDF-fil att skriva"),
		lang:  fs.String("lang", "sv", "dokumentets språk: sv eller en"),
		body:  fs.String("body", pdf.DefaultBody, "organets namn på dokumentet"),
	}
}

// signer loads the identity --sign names, asking for its passphrase (or
// taking STYRGRUPP_PASSPHRASE); nil without --sign. ok is false when it
// could not be loaded; the message is written.
func (f pdfFlags) signer(stderr io.Writer, l model.Language) (id *identity.Identity, ok bool) {
	if *f.sign == "" {
		return nil, true
	}
	id, err := loadIdentity(*f.sign, stderr)
	if err != nil {
		complain(stderr, l, model.ErrorMessage(err, l))
		return nil, false
	}
	return id, true
}

// options checks the shared flags, the output path among them, and
// returns the documents' options, whose language is also the language of
// the command's messages.
func (f pdfFlags) options(stderr io.Writer) (pdf.Options, bool) {
	l, ok := model.ParseLanguage(*f.lang)
	if !ok {
		complain(stderr, model.Swedish, text(model.Swedish, "document_language", *f.lang))
		return pdf.Options{}, false
	}
	if *f.out == "" {
		complain(stderr, l, text(l, "document_out_required"))
		return pdf.Options{}, false
	}
	if outputRefused(stderr, f.target()) {
		return pdf.Options{}, false
	}
	return pdf.Options{Language: l, Body: strings.TrimSpace(*f.body)}, true
}

// target is the output and what it must not destroy.
func (f pdfFlags) target() outfile.Target {
	return outfile.Target{Path: *f.out, Kind: outfile.PDF, Replace: true, Store: *f.store, Inputs: []string{*f.sign}}
}

// runMinutes writes the minutes of one meeting, runExtract an extract of
// one § and runBasis the decision basis of one proposal.
func runMinutes(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runDocument(ctx, pdf.KindMinutes, args, stdout, stderr)
}

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runDocument(ctx, pdf.KindExtract, args, stdout, stderr)
}

func runBasis(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runDocument(ctx, pdf.KindBasis, args, stdout, stderr)
}

// runDocument parses the flags of the document kind, writes it with
// document.Write and says where it went.
func runDocument(ctx context.Context, kind pdf.Kind, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet(string(kind), stderr)
	f := addPDFFlags(fs)
	var meeting, ref *string
	var item *int
	var comments *bool
	if kind == pdf.KindBasis {
		ref = fs.String("proposal", "", "förslagets referens, t.ex. 2.3")
		comments = fs.Bool("comments", false, "ta med kommentarerna")
	} else {
		meeting = fs.String("meeting", "", "sammanträdets nummer, eller dess datum (2026-10-14)")
	}
	if kind == pdf.KindExtract {
		item = fs.Int("item", 0, "paragrafen (§) att göra utdrag ur")
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	opts, ok := f.options(stderr)
	if !ok {
		return exitUsage
	}
	l := opts.Language
	req := document.Request{Kind: kind, Options: opts, Reason: text(l, "document_sign_reason"), Out: f.target()}
	switch {
	case kind == pdf.KindBasis:
		req.Options.Comments, req.Ref = *comments, strings.TrimSpace(*ref)
		if req.Ref == "" {
			complain(stderr, l, text(l, "document_proposal_required"))
			return exitUsage
		}
	case strings.TrimSpace(*meeting) == "":
		complain(stderr, l, text(l, "document_meeting_required"))
		return exitUsage
	case kind == pdf.KindExtract && *item <= 0:
		complain(stderr, l, text(l, "document_item_required"))
		return exitUsage
	}
	id, ok := f.signer(stderr, l)
	if !ok {
		return exitUsage
	}
	req.Signer = id
	s, code := openExisting(*f.store, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	if kind != pdf.KindBasis {
		m, err := document.FindMeeting(ctx, s, *meeting)
		if err != nil {
			return failIn(stderr, l, err)
		}
		if kind == pdf.KindExtract {
			if err := document.CheckSection(m, strings.TrimSpace(*meeting), *item); err != nil {
				return failIn(stderr, l, err)
			}
			req.Section = *item
		}
		req.Meeting = m.ID
	}
	res, err := document.Write(ctx, s, req)
	if err != nil {
		return writeFailedIn(stderr, l, *f.out, err)
	}
	switch {
	case res.Stored:
		say(stdout, l, "document_stored_written", *f.out)
	case kind == pdf.KindMinutes:
		say(stdout, l, "document_minutes_written", *f.out, res.Manifest.DocID)
	case kind == pdf.KindExtract:
		say(stdout, l, "document_extract_written", *item, *f.out, res.Manifest.DocID)
	default:
		if len(res.Manifest.Entries) > 0 {
			req.Ref = res.Manifest.Entries[0].Ref
		}
		say(stdout, l, "document_basis_written", req.Ref, *f.out, res.Manifest.DocID)
	}
	return exitOK
}

// writeFailed reports, in Swedish, a file that could not be written to
// path.
func writeFailed(stderr io.Writer, path string, err error) int {
	return writeFailedIn(stderr, model.Swedish, path, err)
}

// writeFailedIn reports in l a document that could not be written to
// path.
func writeFailedIn(stderr io.Writer, l model.Language, path string, err error) int {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		complain(stderr, l, text(l, "document_write_no_folder", path, filepath.Dir(path)))
	case errors.Is(err, fs.ErrPermission):
		complain(stderr, l, text(l, "document_write_denied", path))
	case errors.As(err, &pe):
		complain(stderr, l, text(l, "document_write_failed", path, pe.Err))
	default:
		return failIn(stderr, l, err)
	}
	return exitUsage
}

// failIn prints a model error the user can act on in l, "fel: …", and
// returns the exit code for bad input; any other error goes to fail.
func failIn(stderr io.Writer, l model.Language, err error) int {
	var e *model.Error
	if !errors.As(err, &e) || e.Err != nil {
		return fail(stderr, err)
	}
	for _, line := range strings.Split(model.ErrorMessage(err, l), "\n") {
		complain(stderr, l, model.Printable(line))
	}
	return exitUsage
}

// text is the catalogue's message key in l, with its arguments.
func text(l model.Language, key string, args ...any) string {
	return model.Message(l, key, args...)
}

// say writes the catalogue's message key in l as a line.
func say(w io.Writer, l model.Language, key string, args ...any) {
	fmt.Fprintln(w, text(l, key, args...))
}

// complain writes a line about what went wrong: "fel: …".
func complain(w io.Writer, l model.Language, message string) {
	fmt.Fprintln(w, text(l, "cli.error"), message)
}
