package document

import (
	"bytes"
	"encoding/json"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// decisions compares the decisions a meeting's document or a decision
// basis carries (pdf.AttachmentName) with what the store gives for the
// same document, made by the same code (pdf.MeetingDecisions,
// pdf.BasisDecisions), all but when each was exported. A basis may have
// been written before a later revision or decision: what it holds must
// still match, and the later ones are a note. A document without the
// attachment (written before documents carried one) is a note too: its
// printed fingerprints are still compared.
func (c *check) decisions(m pdf.Manifest, files map[string][]byte) error {
	if m.Kind != pdf.KindMinutes && m.Kind != pdf.KindExtract && m.Kind != pdf.KindBasis {
		return nil
	}
	name := pdf.AttachmentName
	raw, ok := files[name]
	if !ok {
		c.note("verify_attachment_missing", name)
		return nil
	}
	var got model.Export
	if err := json.Unmarshal(raw, &got); err != nil {
		c.mismatch("verify_attachment_unreadable", name, model.Printable(err.Error()))
		return nil
	}
	before := len(c.out.Mismatches)
	later := false
	switch {
	case m.Kind == pdf.KindBasis && len(m.Entries) == 1:
		in, err := pdf.LoadBasis(c.ctx, c.s, m.Entries[0].Ref)
		if model.ErrorCode(err) == model.ENotFound {
			return nil // verify_proposal_missing says so
		} else if err != nil {
			return err
		}
		later = c.basisDecisions(got, pdf.BasisDecisions(in))
	case m.Kind != pdf.KindBasis && c.meeting != nil:
		section := 0
		if m.Kind == pdf.KindExtract && len(m.Entries) == 1 {
			if section = m.Entries[0].Section; !c.hasSection(section) {
				return nil // verify_no_section says so
			}
		}
		in, err := pdf.LoadMinutes(c.ctx, c.s, m.MeetingID)
		if err != nil {
			return err
		}
		c.meetingDecisions(got, pdf.MeetingDecisions(in, section))
	default:
		return nil
	}
	switch {
	case len(c.out.Mismatches) > before:
	case later:
		c.note("verify_attachment_later", name)
	default:
		c.note("verify_attachment_matches", name)
	}
	return nil
}

func (c *check) hasSection(section int) bool {
	_, ok := c.meeting.Item(section)
	return ok
}

// meetingDecisions compares a meeting's decisions: the meeting's own
// fields, then each § in turn.
func (c *check) meetingDecisions(got, want model.Export) {
	name := pdf.AttachmentName
	if got.Meeting == nil || len(got.Proposals) != 0 || got.FormatVersion != want.FormatVersion {
		c.mismatch("verify_attachment_meeting", name)
		return
	}
	g, w := *got.Meeting, *want.Meeting
	gi, wi := g.Items, w.Items
	g.Items, w.Items = nil, nil
	if !same(g, w) {
		c.mismatch("verify_attachment_meeting", name)
	}
	bySection := map[int]model.ExportedItem{}
	for _, it := range gi {
		bySection[it.Section] = it
	}
	for _, it := range wi {
		if other, ok := bySection[it.Section]; !ok || !same(other, it) {
			c.mismatch("verify_attachment_section", name, it.Section)
		}
		delete(bySection, it.Section)
	}
	for section := range bySection {
		c.mismatch("verify_attachment_section", name, section)
	}
}

// basisDecisions compares a proposal and its decisions, and tells
// whether the store has a later revision or decisions the basis lacks.
func (c *check) basisDecisions(got, want model.Export) (later bool) {
	name := pdf.AttachmentName
	if got.Meeting != nil || len(got.Proposals) != 1 || got.FormatVersion != want.FormatVersion {
		c.mismatch("verify_attachment_proposal", name, want.Proposals[0].Ref)
		return false
	}
	g, w := got.Proposals[0], want.Proposals[0]
	switch {
	case g.Revision > w.Revision || g.Ref != w.Ref:
		c.mismatch("verify_attachment_proposal", name, w.Ref)
	case g.Revision < w.Revision:
		later = true
	case !same(g.Content, w.Content) || g.Fingerprint != w.Fingerprint:
		c.mismatch("verify_attachment_proposal", name, w.Ref)
	case g.Status != w.Status:
		later = true
	}
	type place struct{ meeting, section int64 }
	stored := map[place]model.ExportedDecision{}
	for _, d := range w.Decisions {
		stored[place{d.Meeting, int64(d.Section)}] = d
	}
	for _, d := range g.Decisions {
		s, ok := stored[place{d.Meeting, int64(d.Section)}]
		// A meeting signed off after the basis was written is not a change.
		d.SignedOff = d.SignedOff || s.SignedOff
		if !ok || !same(d, s) {
			c.mismatch("verify_attachment_decision", name, d.Meeting, d.Section)
		}
	}
	return later || len(w.Decisions) > len(g.Decisions)
}

// same tells whether a and b encode alike, as the export writes them.
func same(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}
