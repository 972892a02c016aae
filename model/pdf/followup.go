package pdf

import (
	"context"
	"io"
	"slices"

	"github.com/styrgrupp/styrgrupp/model"
)

// FollowUpSource is the part of the store the follow-up report is made
// from.
type FollowUpSource interface {
	model.ProposalStore
	model.MemberStore
	model.FollowUpStore
}

// FollowUpInput is what the follow-up report is made from, already loaded
// (LoadFollowUp reads it from a store).
type FollowUpInput struct {
	// Proposals are every proposal: the areas give their titles, the
	// interventions the star's counts.
	Proposals []model.Proposal
	// Entries are the approved proposals with their decision and
	// follow-up (FollowUpStore.FollowUps); the report prints the
	// interventions among them.
	Entries []model.FollowUpEntry
	// Members are the members by ID, to name the authors of notes and who
	// marked a condition met.
	Members map[int64]model.Member
}

// LoadFollowUp reads from s what the follow-up report is made from.
func LoadFollowUp(ctx context.Context, s FollowUpSource) (FollowUpInput, error) {
	var in FollowUpInput
	var err error
	if in.Proposals, err = s.Proposals(ctx, model.ProposalFilter{}); err != nil {
		return FollowUpInput{}, err
	}
	if in.Entries, err = s.FollowUps(ctx); err != nil {
		return FollowUpInput{}, err
	}
	if in.Members, err = loadMembers(ctx, s); err != nil {
		return FollowUpInput{}, err
	}
	return in, nil
}

// latestNotes is how many of an intervention's notes the report prints,
// newest first.
const latestNotes = 3

// FollowUp writes the follow-up report (uppföljningsrapport) to w: the
// prevention star with the interventions proposed, approved, in progress
// and completed at each point, then, area by area in the order of their
// refs, each approved intervention's decision, registry number, status,
// progress, responsible, review date, conditions met or not and latest
// notes, those overdue marked with why. "Today", for what is overdue, is
// the day of opts.Now in opts.Location. It returns the manifest written
// into the document's keywords: the revision each intervention was
// decided on.
func FollowUp(w io.Writer, in FollowUpInput, opts Options) (Manifest, error) {
	opts.Now = opts.now()
	entries := interventions(in.Entries)
	man := newManifest(KindFollowUp, 0, followUpEntries(entries), opts)
	d, err := newDoc(opts, man, nil)
	if err != nil {
		return Manifest{}, err
	}
	l := d.lang
	today := model.DateOf(d.made)
	asOf := text(l, "followup_as_of", date(l, today))
	d.x, d.w = marginL, textW
	d.title = text(l, "followup_report")
	d.subLeft = asOf
	d.subRight = text(l, "followup_count", len(entries))
	d.meta(text(l, "followup_report")+" – "+d.body+", "+date(l, today), text(l, "followup_report")+", "+asOf, d.body)

	d.pdf.AddPage()
	d.titleBlock(text(l, "followup_report"), d.body+" · "+asOf)
	overdue := 0
	for _, e := range entries {
		if e.OverdueOn(today) != model.NotOverdue {
			overdue++
		}
	}
	d.prose(text(l, "followup_intro", len(entries), overdue))
	d.star(model.StarCounts(in.Proposals, entries))
	d.overdueList(entries, today)
	if len(entries) == 0 {
		d.gap(4)
		d.font("I", 10, muted)
		d.para(marginL, textW, text(l, "followup_none"))
	}
	titles := map[string]string{}
	for _, p := range in.Proposals {
		if p.Kind == model.KindArea {
			titles[p.Ref] = p.Title
		}
	}
	area := "\x00"
	for i, e := range entries {
		if a := e.Proposal.AreaRef(); a != area {
			area = a
			if i == 0 {
				d.pdf.AddPage()
			}
			d.areaHeading(a, titles[a])
		}
		d.intervention(in, e, today)
	}
	return man, d.finish(w)
}

// interventions returns the approved interventions of es, by area and
// then ref.
func interventions(es []model.FollowUpEntry) []model.FollowUpEntry {
	var out []model.FollowUpEntry
	for _, e := range es {
		if e.Proposal.Kind == model.KindIntervention {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b model.FollowUpEntry) int { return model.CompareRefs(a.Proposal.Ref, b.Proposal.Ref) })
	return out
}

// followUpEntries are the manifest's entries: the revision each
// intervention was decided on, under § 0.
func followUpEntries(es []model.FollowUpEntry) []Entry {
	out := make([]Entry, 0, len(es))
	for _, e := range es {
		out = append(out, Entry{Ref: e.Proposal.Ref, Revision: e.Decision.Revision, Fingerprint: e.Decision.Fingerprint})
	}
	return out
}

// areaHeading opens an area: its ref and title, and a line under them.
func (d *docWriter) areaHeading(ref, title string) {
	d.gap(8)
	d.ensure(60)
	d.font("B", 13, ink)
	head := text(d.lang, "area_heading", ref)
	if title != "" {
		head += " – " + title
	}
	d.para(marginL, textW, head)
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.rule(marginL, pageW-marginR)
	d.pdf.SetY(d.pdf.GetY() + 1)
}

// overdueList lists, under the star, the interventions overdue on today,
// review dates passed first, each with why.
func (d *docWriter) overdueList(es []model.FollowUpEntry, today model.Date) {
	late := model.OverdueFollowUps(es, today)
	if len(late) == 0 {
		return
	}
	d.heading(text(d.lang, "overdue_list"))
	items := make([]string, len(late))
	for i, e := range late {
		items[i] = e.Proposal.Ref + " " + e.Proposal.Title + " – " + d.overdueReason(e, e.OverdueOn(today))
	}
	d.bullets(marginL, textW, items)
}
