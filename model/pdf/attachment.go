package pdf

import (
	"bytes"

	"github.com/jung-kurt/gofpdf"

	"github.com/styrgrupp/styrgrupp/model"
)

// AttachmentName is the file embedded in minutes, extracts and decision
// bases: their decisions in the export's JSON form (model.Export), for an
// archive or any program to read without the printed pages.
const AttachmentName = "beslut.json"

// MeetingDecisions is what the beslut.json of the minutes of in.Meeting
// holds (section 0), or of the extract of § section: the meeting and
// those items with their decisions, as the pages print them. Of a
// signed-off meeting it is made from the frozen minutes, as the pages
// are. ExportedAt is left for the document to set.
func MeetingDecisions(in MinutesInput, section int) model.Export {
	items := sortedItems(in.Meeting)
	if section != 0 {
		it, _ := in.Meeting.Item(section)
		items = []model.Item{it}
	}
	fp := ""
	if in.Record != nil {
		fp = in.Record.Fingerprint
	}
	m := model.ExportMeeting(in.Meeting, items, in.Revisions, model.MemberNames(in.Members), fp)
	return model.Export{FormatVersion: model.ExportVersion, Meeting: &m}
}

// BasisDecisions is what the beslut.json of a decision basis holds: the
// proposal with its decisions so far, as the export writes it.
func BasisDecisions(in BasisInput) model.Export {
	p := in.Proposal
	out := model.ExportedProposal{Content: p.Content, Status: p.Status, Revision: p.Revision, Fingerprint: p.Fingerprint}
	name := model.MemberNames(in.Members)
	for _, d := range in.Decisions {
		out.Decisions = append(out.Decisions, model.ExportDecision(in.Placements[d.ItemID], d, name))
	}
	model.SortDecisions(out.Decisions)
	return model.Export{FormatVersion: model.ExportVersion, Proposals: []model.ExportedProposal{out}}
}

// attach embeds e, made when the document is, as AttachmentName. The
// attachment is part of the document's first revision, so every
// signature covers it.
func (d *docWriter) attach(e model.Export) error {
	e.ExportedAt = d.made.UTC()
	var b bytes.Buffer
	if err := model.WriteExportJSON(&b, e); err != nil {
		return err
	}
	d.pdf.SetAttachments([]gofpdf.Attachment{{
		Content: b.Bytes(), Filename: AttachmentName, Description: text(d.lang, "attachment"),
	}})
	return nil
}
