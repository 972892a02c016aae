package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	pdfdoc "github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// runVerify checks a PDF's signatures and, with --store, the fingerprints
// its manifest names against the store. It exits 0 only when every
// signature is valid, the last covers the whole file and every
// fingerprint matches; 1 when something does not hold; 2 when the file is
// not a signed PDF.
func runVerify(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("verify", stderr)
	storePath := flags.String("store", "", "databasen att jämföra fingeravtrycken med")
	files, ok := parseInterspersed(flags, args)
	if !ok {
		return exitUsage
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "fel: ange en PDF-fil att kontrollera: styrgrupp verify FIL.pdf [--store FIL]")
		return exitUsage
	}
	path := files[0]
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "fel: kan inte läsa %s: %v\n", path, pathErr(err))
		return exitUsage
	}
	r, err := signing.Verify(data)
	if err != nil {
		return failFile(stderr, path, err)
	}
	held := printReport(stdout, r)
	if *storePath != "" {
		if _, err := os.Stat(*storePath); err != nil {
			fmt.Fprintf(stderr, "fel: hittar inte databasen %s\n", *storePath)
			return exitUsage
		}
		s, code := openExisting(*storePath, stderr)
		if s == nil {
			return code
		}
		defer s.Close()
		matched, err := checkManifest(ctx, stdout, s, r)
		if err != nil {
			return fail(stderr, err)
		}
		held = held && matched
	}
	if !held {
		fmt.Fprintln(stdout, "KONTROLLEN MISSLYCKADES")
		return exitFailed
	}
	fmt.Fprintln(stdout, "ok: alla signaturer håller")
	return exitOK
}

// printReport writes a line per signature and one on the whole file, and
// tells whether all of it holds.
func printReport(w io.Writer, r signing.Report) bool {
	for i, s := range r.Signatures {
		when := "utan tid"
		if !s.Time.IsZero() {
			when = s.Time.Local().Format("2006-01-02 15:04")
		}
		valid := "giltig"
		switch {
		case s.Altered:
			valid = "OGILTIG: filen är ändrad efter signeringen"
		case s.CertProblem != nil:
			valid = "OGILTIG: certifikatet håller inte"
		case s.Weak:
			valid = "OGILTIG: svag nyckel: " + s.Key.Label(model.Swedish)
		case !s.Valid:
			valid = "OGILTIG"
		}
		covers := fmt.Sprintf("täcker filen till och med version %d av %d", s.Revision, r.Revisions)
		if !s.CoversRevision {
			covers = "TÄCKER INTE en hel version av filen"
		}
		fmt.Fprintf(w, "Signatur %d: %s, %s, %s, %s\n", i+1, signerName(s), when, valid, covers)
		if s.Certificate != nil {
			issuer := "självsignerat"
			if !s.SelfSigned {
				issuer = "utfärdat av " + model.Printable(s.Certificate.Issuer.CommonName)
			}
			fmt.Fprintf(w, "  certifikat: %s, SHA-256 %s\n", issuer, s.Fingerprint)
		}
		if s.CertProblem != nil {
			fmt.Fprintln(w, "  certifikatfel:", model.ErrorMessage(s.CertProblem, model.Swedish))
		}
		for _, p := range s.Problems {
			fmt.Fprintln(w, "  detaljer:", model.Printable(strings.Join(strings.Fields(p), " ")))
		}
	}
	if r.WhollySigned {
		fmt.Fprintln(w, "Hela filen är signerad: ingenting är tillagt efter den sista signaturen.")
	} else if last := r.Signatures[len(r.Signatures)-1]; last.OK() {
		fmt.Fprintf(w, "FILEN ÄR INTE HELT SIGNERAD: %d byte har lagts till efter den sista signaturen.\n", r.Size-last.SignedEnd)
	} else {
		fmt.Fprintln(w, "FILEN ÄR INTE HELT SIGNERAD: den sista signaturen håller inte.")
	}
	return r.OK()
}

// checkManifest compares the PDF with the store: each proposal revision
// its manifest names; for a signed-off meeting's document, the minutes
// fingerprint and the audit row of the sign-off; and for minutes, whether
// each sign-off's certificate made a valid signature in the file. It
// prints each mismatch and tells whether all matched. An error is a
// failure of the store itself.
func checkManifest(ctx context.Context, w io.Writer, s *sqlite.Store, r signing.Report) (bool, error) {
	m, ok, err := pdfdoc.ParseManifest(r.Keywords)
	switch {
	case !ok:
		fmt.Fprintln(w, "Fingeravtryck: PDF-filen har inget manifest från Styrgrupp, så det finns inget att jämföra med databasen.")
		return false, nil
	case err != nil:
		fmt.Fprintln(w, "Fingeravtryck: manifestet i PDF-filen går inte att läsa:", model.Printable(err.Error()))
		return false, nil
	}
	c := manifestCheck{ctx: ctx, s: s}
	c.kind(m)
	if m.MeetingID != 0 {
		meeting, err := s.Meeting(ctx, m.MeetingID)
		if model.ErrorCode(err) == model.ENotFound {
			c.mismatch("sammanträde %d finns inte i databasen", m.MeetingID)
		} else if err != nil {
			return false, err
		} else {
			c.meeting = &meeting
		}
	}
	for _, e := range m.Entries {
		if err := c.entry(e); err != nil {
			return false, err
		}
	}
	rec, err := c.minutes(m)
	if err != nil {
		return false, err
	}
	if c.meeting != nil && m.Kind == pdfdoc.KindMinutes {
		if err := c.signOffs(r, rec); err != nil {
			return false, err
		}
	}
	for _, line := range c.notes {
		fmt.Fprintln(w, line)
	}
	for _, line := range c.mismatches {
		fmt.Fprintln(w, "STÄMMER INTE:", model.Printable(line))
	}
	if len(c.mismatches) > 0 {
		return false, nil
	}
	fmt.Fprintf(w, "Fingeravtrycken stämmer med databasen (%s).\n", plural(len(m.Entries), "förslagsversion", "förslagsversioner"))
	return true, nil
}

// manifestCheck gathers the mismatches between a manifest and the store.
type manifestCheck struct {
	ctx        context.Context
	s          *sqlite.Store
	meeting    *model.Meeting
	notes      []string // what held, or could not be compared
	mismatches []string
}

func (c *manifestCheck) mismatch(format string, args ...any) {
	c.mismatches = append(c.mismatches, fmt.Sprintf(format, args...))
}

func (c *manifestCheck) note(line string) { c.notes = append(c.notes, line) }

// entry checks one proposal revision: that the store has it with the same
// fingerprint and, in a meeting's document, that its § holds that proposal
// and was decided on that revision.
func (c *manifestCheck) entry(e pdfdoc.Entry) error {
	where := fmt.Sprintf("%s version %d", e.Ref, e.Revision)
	if e.Section != 0 {
		where = fmt.Sprintf("§ %d (%s)", e.Section, where)
	}
	p, err := c.s.ProposalByRef(c.ctx, e.Ref)
	if model.ErrorCode(err) == model.ENotFound {
		c.mismatch("%s: förslaget %s finns inte i databasen", where, e.Ref)
		return nil
	} else if err != nil {
		return err
	}
	rev, err := c.s.Revision(c.ctx, p.ID, e.Revision)
	if model.ErrorCode(err) == model.ENotFound {
		c.mismatch("%s: förslaget har ingen version %d i databasen", where, e.Revision)
		return nil
	} else if err != nil {
		return err
	}
	if rev.Fingerprint != e.Fingerprint {
		c.mismatch("%s: fingeravtrycket i PDF-filen är %s, i databasen %s", where, e.Fingerprint, rev.Fingerprint)
	}
	if c.meeting == nil || e.Section == 0 {
		return nil
	}
	for _, it := range c.meeting.Items {
		if it.Number != e.Section {
			continue
		}
		switch {
		case it.ProposalID != p.ID:
			c.mismatch("%s: § %d gäller ett annat förslag i databasen", where, e.Section)
		case it.Decision != nil && (it.Decision.Revision != e.Revision || it.Decision.Fingerprint != e.Fingerprint):
			c.mismatch("%s: beslutet i databasen gäller version %d med fingeravtrycket %s", where, it.Decision.Revision, it.Decision.Fingerprint)
		case it.Decision == nil && it.Revision != e.Revision:
			c.mismatch("%s: på dagordningen i databasen står version %d", where, it.Revision)
		}
		return nil
	}
	c.mismatch("%s: sammanträdet har ingen § %d i databasen", where, e.Section)
	return nil
}

// plural writes n with the singular or the plural word.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
