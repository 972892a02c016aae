package document

import (
	"context"
	"strconv"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// StoreCheck is how a document's manifest compares with a store: each
// proposal revision it names; the decisions it carries (beslut.json); for a signed-off meeting's document, the
// minutes fingerprint and the audit row of the sign-off; and for minutes,
// whether each sign-off's certificate made a valid signature in the file.
// Its lines are messages of the catalogue, to be written in any language.
type StoreCheck struct {
	// Manifest is the manifest the PDF carries.
	Manifest pdf.Manifest
	// Problem says why nothing could be compared: the PDF has no
	// manifest, or one that cannot be read.
	Problem *Line
	// Notes say what held, or could not be compared.
	Notes []Line
	// Mismatches say what does not match the store.
	Mismatches []Line
}

// Line is one line of a check: a message of the catalogue with its
// arguments, some of which are words themselves.
type Line struct {
	Key  string
	Args []any
}

// Text writes the line in l.
func (x Line) Text(l model.Language) string {
	args := make([]any, len(x.Args))
	for i, a := range x.Args {
		if w, ok := a.(words); ok {
			a = w.in(l)
		}
		args[i] = a
	}
	return text(l, x.Key, args...)
}

// words is a part of a line that is written in the line's language.
type words interface{ in(model.Language) string }

// OK tells whether the manifest was read and everything in it matched.
func (c StoreCheck) OK() bool { return c.Problem == nil && len(c.Mismatches) == 0 }

// Lines is the comparison in l, as styrgrupp verify --store prints it:
// the notes, a line for each mismatch, or that the fingerprints match.
func (c StoreCheck) Lines(l model.Language) []string {
	if c.Problem != nil {
		return []string{c.Problem.Text(l)}
	}
	var lines []string
	for _, n := range c.Notes {
		lines = append(lines, n.Text(l))
	}
	for _, m := range c.Mismatches {
		lines = append(lines, text(l, "verify_mismatch", model.Printable(m.Text(l))))
	}
	if len(c.Mismatches) > 0 {
		return lines
	}
	if n := len(c.Manifest.Entries); n != 1 {
		return append(lines, text(l, "verify_matches", n))
	}
	return append(lines, text(l, "verify_matches_one"))
}

// CompareWithStore compares the manifest of the PDF whose signatures are
// r with the store s. An error is a failure of the store itself.
func CompareWithStore(ctx context.Context, s Ledger, r signing.Report) (StoreCheck, error) {
	m, ok, err := pdf.ParseManifest(r.Keywords)
	switch {
	case !ok:
		return StoreCheck{Problem: &Line{Key: "verify_no_manifest"}}, nil
	case err != nil:
		return StoreCheck{Problem: &Line{Key: "verify_manifest_unreadable", Args: []any{model.Printable(err.Error())}}}, nil
	}
	c := check{ctx: ctx, s: s, out: StoreCheck{Manifest: m}}
	c.kind(m)
	if m.MeetingID != 0 {
		meeting, err := s.Meeting(ctx, m.MeetingID)
		if model.ErrorCode(err) == model.ENotFound {
			c.mismatch("verify_meeting_missing", m.MeetingID)
		} else if err != nil {
			return StoreCheck{}, err
		} else {
			c.meeting = &meeting
		}
	}
	for _, e := range m.Entries {
		if err := c.entry(e); err != nil {
			return StoreCheck{}, err
		}
	}
	rec, err := c.minutes(m)
	if err != nil {
		return StoreCheck{}, err
	}
	if err := c.decisions(m, r.Attachments); err != nil {
		return StoreCheck{}, err
	}
	if c.meeting != nil && m.Kind == pdf.KindMinutes {
		if err := c.signOffs(r, rec); err != nil {
			return StoreCheck{}, err
		}
	}
	return c.out, nil
}

// check gathers a StoreCheck.
type check struct {
	ctx     context.Context
	s       Ledger
	meeting *model.Meeting
	out     StoreCheck
}

func (c *check) mismatch(key string, args ...any) {
	c.out.Mismatches = append(c.out.Mismatches, Line{key, args})
}

func (c *check) note(key string, args ...any) {
	c.out.Notes = append(c.out.Notes, Line{key, args})
}

func (x Line) in(l model.Language) string { return x.Text(l) }

// entry checks one proposal revision: that the store has it with the same
// fingerprint and, in a meeting's document, that its § holds that proposal
// and was decided on that revision.
func (c *check) entry(e pdf.Entry) error {
	where := Line{"verify_where", []any{e.Ref, e.Revision}}
	if e.Section != 0 {
		where = Line{"verify_where_section", []any{e.Section, where}}
	}
	p, err := c.s.ProposalByRef(c.ctx, e.Ref)
	if model.ErrorCode(err) == model.ENotFound {
		c.mismatch("verify_proposal_missing", where, e.Ref)
		return nil
	} else if err != nil {
		return err
	}
	rev, err := c.s.Revision(c.ctx, p.ID, e.Revision)
	if model.ErrorCode(err) == model.ENotFound {
		c.mismatch("verify_revision_missing", where, e.Revision)
		return nil
	} else if err != nil {
		return err
	}
	if rev.Fingerprint != e.Fingerprint {
		c.mismatch("verify_fingerprint", where, e.Fingerprint, rev.Fingerprint)
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
			c.mismatch("verify_other_proposal", where, e.Section)
		case it.Decision != nil && (it.Decision.Revision != e.Revision || it.Decision.Fingerprint != e.Fingerprint):
			c.mismatch("verify_decided_revision", where, it.Decision.Revision, it.Decision.Fingerprint)
		case it.Decision == nil && it.Revision != e.Revision:
			c.mismatch("verify_agenda_revision", where, it.Revision)
		}
		return nil
	}
	c.mismatch("verify_no_section", where, e.Section)
	return nil
}

// kind checks that the manifest's kind is one Styrgrupp writes and has
// the shape that kind has: minutes and an extract name a meeting, an
// extract one §, a basis one proposal and no meeting, a follow-up report
// neither a meeting nor a §. The manifest is not signed by the store, so
// a forger could otherwise relabel full minutes as an extract, or as
// something unknown, to skip the check of who signed them.
func (c *check) kind(m pdf.Manifest) {
	switch m.Kind {
	case pdf.KindMinutes:
		c.note("verify_kind_minutes")
		if m.MeetingID == 0 {
			c.mismatch("verify_kind_minutes_bad")
		}
	case pdf.KindExtract:
		c.note("verify_kind_extract")
		if m.MeetingID == 0 || len(m.Entries) != 1 {
			c.mismatch("verify_kind_extract_bad", len(m.Entries), m.MeetingID)
		}
	case pdf.KindBasis:
		c.note("verify_kind_basis")
		if m.MeetingID != 0 || m.MinutesFingerprint != "" || len(m.Entries) != 1 {
			c.mismatch("verify_kind_basis_bad")
		}
	case pdf.KindFollowUp:
		c.note("verify_kind_followup")
		bad := m.MeetingID != 0 || m.MinutesFingerprint != ""
		for _, e := range m.Entries {
			bad = bad || e.Section != 0
		}
		if bad {
			c.mismatch("verify_kind_followup_bad")
		}
	default:
		c.mismatch("verify_kind_unknown", string(m.Kind))
	}
}

// meetingID is a meeting's id as the audit log names it.
func meetingID(id int64) string { return strconv.FormatInt(id, 10) }
