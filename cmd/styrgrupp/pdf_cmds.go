package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
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
func (f pdfFlags) signer(stderr io.Writer) (id *identity.Identity, ok bool) {
	if *f.sign == "" {
		return nil, true
	}
	id, err := loadIdentity(*f.sign, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "fel:", model.ErrorMessage(err, model.Swedish))
		return nil, false
	}
	return id, true
}

// options checks the shared flags, the output path among them, and
// returns the documents' options.
func (f pdfFlags) options(stderr io.Writer) (pdf.Options, bool) {
	l, ok := model.ParseLanguage(*f.lang)
	if !ok {
		fmt.Fprintf(stderr, "fel: okänt språk %q: välj sv eller en\n", *f.lang)
		return pdf.Options{}, false
	}
	if *f.out == "" {
		fmt.Fprintln(stderr, "fel: ange PDF-filen att skriva med -o FIL.pdf")
		return pdf.Options{}, false
	}
	if outputRefused(stderr, outfile.Target{Path: *f.out, Kind: outfile.PDF, Replace: true, Store: *f.store, Inputs: []string{*f.sign}}) {
		return pdf.Options{}, false
	}
	return pdf.Options{Language: l, Body: strings.TrimSpace(*f.body)}, true
}

// runMinutes writes the minutes of one meeting.
func runMinutes(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("minutes", stderr)
	f := addPDFFlags(fs)
	meeting := fs.String("meeting", "", "sammanträdets nummer, eller dess datum (2026-10-14)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	opts, ok := f.options(stderr)
	if !ok || !needMeeting(*meeting, stderr) {
		return exitUsage
	}
	id, ok := f.signer(stderr)
	if !ok {
		return exitUsage
	}
	s, code := openExisting(*f.store, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	in, code := loadMinutes(ctx, s, *meeting, stderr)
	if code != exitOK {
		return code
	}
	// A meeting whose signed protocol the store keeps has that file as
	// its minutes: written as it is, or with one more signature (--sign)
	// added on top of those it has.
	stored, err := s.Protocol(ctx, in.Meeting.ID)
	if err != nil {
		return fail(stderr, err)
	}
	if stored != nil {
		if err := writePDF(*f.out, id, func(w io.Writer) error { _, err := w.Write(stored); return err }); err != nil {
			return writeFailed(stderr, *f.out, err)
		}
		fmt.Fprintf(stdout, "Det sparade, signerade protokollet är skrivet till %s\n", *f.out)
		return exitOK
	}
	var man pdf.Manifest
	err = writePDF(*f.out, id, func(w io.Writer) (err error) {
		man, err = pdf.Minutes(w, in, opts)
		return err
	})
	if err != nil {
		return writeFailed(stderr, *f.out, err)
	}
	fmt.Fprintf(stdout, "Protokollet är skrivet till %s (dokument-id %s)\n", *f.out, man.DocID)
	return exitOK
}

// runExtract writes an extract of one § of a meeting's minutes.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", stderr)
	f := addPDFFlags(fs)
	meeting := fs.String("meeting", "", "sammanträdets nummer, eller dess datum (2026-10-14)")
	item := fs.Int("item", 0, "paragrafen (§) att göra utdrag ur")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	opts, ok := f.options(stderr)
	if !ok || !needMeeting(*meeting, stderr) {
		return exitUsage
	}
	if *item <= 0 {
		fmt.Fprintln(stderr, "fel: ange paragrafen med --item §, t.ex. --item 5")
		return exitUsage
	}
	id, ok := f.signer(stderr)
	if !ok {
		return exitUsage
	}
	s, code := openExisting(*f.store, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	in, code := loadMinutes(ctx, s, *meeting, stderr)
	if code != exitOK {
		return code
	}
	if _, ok := in.Meeting.Item(*item); !ok {
		first, last := in.Meeting.SectionRange()
		switch {
		case len(in.Meeting.Items) == 0:
			fmt.Fprintf(stderr, "fel: sammanträdet %s har inga paragrafer\n", *meeting)
		case first == last:
			fmt.Fprintf(stderr, "fel: sammanträdet %s har ingen § %d (dess enda paragraf är § %d)\n", *meeting, *item, first)
		default:
			fmt.Fprintf(stderr, "fel: sammanträdet %s har ingen § %d (dess paragrafer är §§ %d–%d)\n", *meeting, *item, first, last)
		}
		return exitUsage
	}
	var man pdf.Manifest
	err := writePDF(*f.out, id, func(w io.Writer) (err error) {
		man, err = pdf.Extract(w, in, *item, opts)
		return err
	})
	if err != nil {
		return writeFailed(stderr, *f.out, err)
	}
	fmt.Fprintf(stdout, "Protokollsutdraget (§ %d) är skrivet till %s (dokument-id %s)\n", *item, *f.out, man.DocID)
	return exitOK
}

// runBasis writes the decision basis of one proposal.
func runBasis(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("basis", stderr)
	f := addPDFFlags(fs)
	ref := fs.String("proposal", "", "förslagets referens, t.ex. 2.3")
	comments := fs.Bool("comments", false, "ta med kommentarerna")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	opts, ok := f.options(stderr)
	if !ok {
		return exitUsage
	}
	opts.Comments = *comments
	if strings.TrimSpace(*ref) == "" {
		fmt.Fprintln(stderr, "fel: ange förslaget med --proposal REF, t.ex. --proposal 2.3")
		return exitUsage
	}
	id, ok := f.signer(stderr)
	if !ok {
		return exitUsage
	}
	s, code := openExisting(*f.store, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	in, err := pdf.LoadBasis(ctx, s, strings.TrimSpace(*ref))
	if model.ErrorCode(err) == model.ENotFound {
		fmt.Fprintf(stderr, "fel: det finns inget förslag med referensen %s\n", *ref)
		return exitUsage
	}
	if err != nil {
		return fail(stderr, err)
	}
	var man pdf.Manifest
	err = writePDF(*f.out, id, func(w io.Writer) (err error) {
		man, err = pdf.Basis(w, in, opts)
		return err
	})
	if err != nil {
		return writeFailed(stderr, *f.out, err)
	}
	fmt.Fprintf(stdout, "Beslutsunderlaget för %s är skrivet till %s (dokument-id %s)\n", in.Proposal.Ref, *f.out, man.DocID)
	return exitOK
}

func needMeeting(meeting string, stderr io.Writer) bool {
	if strings.TrimSpace(meeting) == "" {
		fmt.Fprintln(stderr, "fel: ange sammanträdet med --meeting N (dess nummer) eller --meeting 2026-10-14 (dess datum)")
		return false
	}
	return true
}

// loadMinutes loads the meeting named by its number or by its date.
func loadMinutes(ctx context.Context, s model.Store, meeting string, stderr io.Writer) (pdf.MinutesInput, int) {
	meeting = strings.TrimSpace(meeting)
	id, err := strconv.ParseInt(meeting, 10, 64)
	if err != nil {
		if id, err = meetingOn(ctx, s, meeting); err != nil {
			if errors.Is(err, errNoMeeting) {
				fmt.Fprintf(stderr, "fel: %v\n", err)
				return pdf.MinutesInput{}, exitUsage
			}
			return pdf.MinutesInput{}, fail(stderr, err)
		}
	}
	if _, err := s.Meeting(ctx, id); model.ErrorCode(err) == model.ENotFound {
		fmt.Fprintf(stderr, "fel: det finns inget sammanträde med nummer %s\n", meeting)
		return pdf.MinutesInput{}, exitUsage
	}
	in, err := pdf.LoadMinutes(ctx, s, id)
	if err != nil {
		return pdf.MinutesInput{}, fail(stderr, err)
	}
	return in, exitOK
}

var errNoMeeting = errors.New("inget sammanträde")

// stockholmZone is the zone a meeting's date is read in.
func stockholmZone() *time.Location {
	if loc, err := time.LoadLocation("Europe/Stockholm"); err == nil {
		return loc
	}
	return time.FixedZone("CET", 3600)
}

// meetingOn returns the id of the one meeting held on date (2026-10-14).
func meetingOn(ctx context.Context, s model.Store, date string) (int64, error) {
	d, err := model.ParseISODate(date)
	if err != nil || d.IsZero() {
		return 0, fmt.Errorf("%w: %q är varken ett sammanträdes nummer eller ett datum (2026-10-14)", errNoMeeting, date)
	}
	ms, err := s.Meetings(ctx)
	if err != nil {
		return 0, err
	}
	var found []int64
	for _, m := range ms {
		if model.DateOf(m.StartsAt.In(stockholmZone())) == d {
			found = append(found, m.ID)
		}
	}
	switch len(found) {
	case 0:
		return 0, fmt.Errorf("%w: det finns inget sammanträde den %s", errNoMeeting, date)
	case 1:
		return found[0], nil
	}
	return 0, fmt.Errorf("%w: det finns %d sammanträden den %s; ange sammanträdets nummer med --meeting N", errNoMeeting, len(found), date)
}

// writeFailed reports a document that could not be written to path.
func writeFailed(stderr io.Writer, path string, err error) int {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(stderr, "fel: kan inte skriva %s: mappen %s finns inte\n", path, filepath.Dir(path))
	case errors.Is(err, fs.ErrPermission):
		fmt.Fprintf(stderr, "fel: kan inte skriva %s: behörighet saknas\n", path)
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "fel: kan inte skriva %s: %v\n", path, pe.Err)
	default:
		return fail(stderr, err)
	}
	return exitUsage
}

// writePDF writes a document to path through a temporary file in the same
// directory, renamed only once the whole document is written, so that a
// failed run leaves no half file (and an older file stays as it was).
// With id the document is signed first, so a failed signature, too,
// leaves no file.
func writePDF(path string, id *identity.Identity, write func(io.Writer) error) error {
	var doc bytes.Buffer
	if err := write(&doc); err != nil {
		return err
	}
	data := doc.Bytes()
	if id != nil {
		var signed bytes.Buffer
		if err := signing.Sign(data, &signed, id, signing.SignOptions{Reason: "Justering av protokoll"}); err != nil {
			return err
		}
		data = signed.Bytes()
	}
	return outfile.Write(path, data)
}
