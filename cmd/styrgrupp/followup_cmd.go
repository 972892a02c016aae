package main

import (
	"context"
	"io"

	"github.com/styrgrupp/styrgrupp/model/document"
)

// runFollowUpReport writes the follow-up report of the approved
// interventions (styrgrupp followup-report), signed with --sign, with
// what is overdue judged on the command's day (clock).
func runFollowUpReport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("followup-report", stderr)
	f := addPDFFlags(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	opts, ok := f.options(stderr)
	if !ok {
		return exitUsage
	}
	l := opts.Language
	id, ok := f.signer(stderr, l)
	if !ok {
		return exitUsage
	}
	s, code := openExisting(*f.store, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	res, err := document.WriteFollowUp(ctx, s, document.Request{Options: opts, Signer: id,
		Reason: text(l, "document_followup_reason"), Out: f.target()})
	if err != nil {
		return writeFailedIn(stderr, l, *f.out, err)
	}
	say(stdout, l, "document_followup_written", *f.out, len(res.Manifest.Entries), res.Manifest.DocID)
	return exitOK
}
