package demo

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

type loader struct {
	store     Store
	members   map[string]model.Member
	proposals map[string]model.Proposal
	comments  map[string]int64
	order     []string  // member keys in the file's order
	when      when      // where the story lies in time
	signedOff time.Time // the last sign-off of the history's minutes
}

// created is when the collaboration team handed in the proposals.
var created = time.Date(2026, 9, 1, 10, 0, 0, 0, Stockholm)

func (l *loader) addMembers(ctx context.Context, ms []groupMember) error {
	for _, gm := range ms {
		var role model.MemberRole
		if gm.Role != "" {
			var ok bool
			if role, ok = model.ParseMemberRole(gm.Role); !ok {
				return fmt.Errorf("demo: member %s: unknown role %q", gm.Key, gm.Role)
			}
		}
		m, err := l.store.CreateMember(l.at(ctx, l.when.history(created.Add(-time.Hour)), ""), model.Member{Name: gm.Name, Title: gm.Title, Role: role, Active: true})
		if err != nil {
			return fmt.Errorf("demo: member %s: %w", gm.Key, err)
		}
		l.members[gm.Key] = m
		l.order = append(l.order, gm.Key)
	}
	return nil
}

func (l *loader) addProposals(ctx context.Context, cs []model.Content) error {
	for i, c := range cs {
		p, err := l.store.CreateProposal(l.at(ctx, l.when.history(created.Add(time.Duration(i)*time.Minute)), ""), c)
		if err != nil {
			return fmt.Errorf("demo: proposal %s: %w", c.Ref, err)
		}
		l.proposals[c.Ref] = p
	}
	return nil
}

func (l *loader) member(key string) (int64, error) {
	m, ok := l.members[key]
	if !ok {
		return 0, fmt.Errorf("demo: no member %q", key)
	}
	return m.ID, nil
}

func (l *loader) addComments(ctx context.Context, cs []groupComment) error {
	for _, gc := range cs {
		t, err := time.ParseInLocation("2006-01-02T15:04:05", gc.At, Stockholm)
		if err != nil {
			return fmt.Errorf("demo: comment %s: %w", gc.Key, err)
		}
		t = l.when.history(t)
		author, err := l.member(gc.Author)
		if err != nil {
			return err
		}
		p, ok := l.proposals[gc.Proposal]
		if !ok {
			return fmt.Errorf("demo: comment %s: no proposal %s", gc.Key, gc.Proposal)
		}
		c := model.Comment{ProposalID: p.ID, AuthorID: author, Body: gc.Body, ParentID: l.comments[gc.ReplyTo]}
		cctx := l.at(ctx, t, gc.Author)
		c, err = l.store.AddComment(cctx, c)
		if err != nil {
			return fmt.Errorf("demo: comment %s: %w", gc.Key, err)
		}
		l.comments[gc.Key] = c.ID
		if gc.Resolved {
			if _, err := l.store.ResolveComment(l.at(ctx, t.Add(26*time.Hour), gc.Author), c.ID, author, true); err != nil {
				return fmt.Errorf("demo: comment %s: %w", gc.Key, err)
			}
		}
	}
	return nil
}

func (l *loader) addMeetings(ctx context.Context, ms []groupMeeting) error {
	for _, gm := range ms {
		if err := l.addMeeting(ctx, gm); err != nil {
			return fmt.Errorf("demo: meeting %s: %w", gm.Date, err)
		}
	}
	return nil
}

func clock(d model.Date, hhmm string) (time.Time, error) {
	if hhmm == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("15:04", hhmm)
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(d.Year, d.Month, d.Day, t.Hour(), t.Minute(), 0, 0, Stockholm), nil
}

func (l *loader) addMeeting(ctx context.Context, gm groupMeeting) error {
	starts, err := clock(gm.Date, gm.Start)
	if err != nil {
		return err
	}
	ends, err := clock(gm.Date, gm.End)
	if err != nil {
		return err
	}
	signOffDate := l.when.historyDate(gm.SignOffDate)
	if gm.SignedOff {
		starts, ends = l.when.history(starts), l.when.history(ends)
	} else {
		starts, ends, signOffDate = l.when.openMeeting(gm, starts, ends)
	}
	m := model.Meeting{Title: gm.Title, StartsAt: starts, EndsAt: ends, Place: gm.Place,
		SignOffPlace: gm.SignOffPlace, SignOffDate: signOffDate}
	roles := []*int64{&m.ChairID, &m.SecretaryID, &m.AdjusterID}
	for i, key := range []string{gm.Chair, gm.Secretary, gm.Adjuster} {
		if *roles[i], err = l.member(key); err != nil {
			return err
		}
	}
	absent := map[string]bool{}
	for _, k := range gm.Absent {
		absent[k] = true
	}
	for _, key := range l.order {
		mem := l.members[key]
		m.Attendees = append(m.Attendees, model.Attendee{MemberID: mem.ID, Present: !absent[key], Decides: mem.ID != m.SecretaryID})
	}
	for _, g := range gm.Guests {
		m.Attendees = append(m.Attendees, model.Attendee{Name: g, Present: true})
	}
	planned := starts.Add(-14 * 24 * time.Hour)
	secretary := gm.Secretary
	m, err = l.store.CreateMeeting(l.at(ctx, planned, secretary), m)
	if err != nil {
		return err
	}
	for _, gi := range gm.Items {
		if err := l.addItem(ctx, m, gi, planned, starts, secretary); err != nil {
			return fmt.Errorf("§ for %s: %w", gi.Proposal, err)
		}
	}
	if !gm.SignedOff {
		return nil
	}
	signed := time.Date(signOffDate.Year, signOffDate.Month, signOffDate.Day, 9, 30, 0, 0, Stockholm)
	for i, s := range []model.SignOff{{MemberID: m.ChairID, Role: model.RoleChair}, {MemberID: m.AdjusterID, Role: model.RoleAdjuster}} {
		s.MeetingID = m.ID
		key := []string{gm.Chair, gm.Adjuster}[i]
		s.SignedAt = signed.Add(time.Duration(i) * 40 * time.Minute)
		if _, err := l.store.SignOff(l.at(ctx, s.SignedAt, key), s); err != nil {
			return err
		}
		if s.SignedAt.After(l.signedOff) {
			l.signedOff = s.SignedAt
		}
	}
	return nil
}

func (l *loader) addItem(ctx context.Context, m model.Meeting, gi groupItem, planned, starts time.Time, secretary string) error {
	p, err := l.store.ProposalByRef(ctx, gi.Proposal)
	if err != nil {
		return err
	}
	if p.Status == model.StatusDraft {
		if p, err = l.store.MarkReady(l.at(ctx, planned.Add(-time.Hour), secretary), p.ID); err != nil {
			return err
		}
	}
	item, err := l.store.AddItem(l.at(ctx, planned, secretary), m.ID, p.ID)
	if err != nil {
		return err
	}
	if gi.Outcome == "" {
		return nil
	}
	rev, err := l.store.Revision(ctx, p.ID, item.Revision)
	if err != nil {
		return err
	}
	d := model.Decision{Outcome: gi.Outcome, Text: gi.Text, Conditions: gi.Conditions, Return: gi.Return,
		Recipients: gi.Recipients, Revision: rev.Number, Fingerprint: rev.Fingerprint}
	if strings.TrimSpace(d.Text) == "" {
		d.Text = model.DefaultDecisionText(d.Outcome, model.Swedish)
	}
	for _, r := range gi.Reservations {
		id, err := l.member(r.Member)
		if err != nil {
			return err
		}
		d.Reservations = append(d.Reservations, model.Reservation{MemberID: id, Text: r.Text})
	}
	for _, n := range gi.Notes {
		var id int64
		if n.Member != "" {
			if id, err = l.member(n.Member); err != nil {
				return err
			}
		}
		d.Notes = append(d.Notes, model.MinutesNote{MemberID: id, Text: n.Text})
	}
	for _, r := range gi.Recusals {
		id, err := l.member(r.Member)
		if err != nil {
			return err
		}
		d.Recusals = append(d.Recusals, model.Recusal{MemberID: id, Reason: r.Reason})
	}
	at := starts.Add(time.Duration(item.Position) * 12 * time.Minute)
	_, err = l.store.RecordDecision(l.at(ctx, at, secretary), item.ID, d)
	return err
}
