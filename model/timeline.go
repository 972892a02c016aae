package model

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"time"
)

// TimelineKind is one kind of event in a proposal's life.
type TimelineKind string

// The kinds of event a proposal's timeline names.
const (
	TimelineCreated         TimelineKind = "created"
	TimelineImported        TimelineKind = "imported"
	TimelineRevised         TimelineKind = "revised"
	TimelineReady           TimelineKind = "ready"
	TimelineDraft           TimelineKind = "draft"
	TimelineWithdrawn       TimelineKind = "withdrawn"
	TimelineComment         TimelineKind = "comment"
	TimelineCommentResolved TimelineKind = "comment_resolved"
	TimelineCommentReopened TimelineKind = "comment_reopened"
	TimelineCommentEdited   TimelineKind = "comment_edited"
	TimelineCommentDeleted  TimelineKind = "comment_deleted"
	TimelineOnAgenda        TimelineKind = "on_agenda"
	TimelineAgendaMoved     TimelineKind = "agenda_moved"
	TimelineOffAgenda       TimelineKind = "off_agenda"
	TimelineDecision        TimelineKind = "decision"
	TimelineSignOff         TimelineKind = "sign_off"
	TimelineFollowUpMove    TimelineKind = "followup_move"
	TimelineFollowUpUpdate  TimelineKind = "followup_update"
	TimelineFollowUpNote    TimelineKind = "followup_note"
	TimelineOther           TimelineKind = "other"
)

// timelineActions are the kinds of the audit actions that concern a
// proposal; followup.save, proposal.create and proposal.update are told
// apart further by their detail.
var timelineActions = map[string]TimelineKind{
	"proposal.create": TimelineCreated, "proposal.update": TimelineRevised,
	"proposal.ready": TimelineReady, "proposal.draft": TimelineDraft, "proposal.withdraw": TimelineWithdrawn,
	"comment.add": TimelineComment, "comment.resolve": TimelineCommentResolved, "comment.reopen": TimelineCommentReopened,
	"comment.edit": TimelineCommentEdited, "comment.delete": TimelineCommentDeleted,
	"item.add": TimelineOnAgenda, "item.move": TimelineAgendaMoved, "item.remove": TimelineOffAgenda,
	"decision.record": TimelineDecision, "followup.save": TimelineFollowUpUpdate,
	"followup.note": TimelineFollowUpNote,
}

// TimelineAction tells whether an audit action is one a proposal's
// timeline names in words (the others show as TimelineOther).
func TimelineAction(action string) bool {
	_, ok := timelineActions[action]
	return ok
}

// TimelineEvent is one thing that happened to a proposal: what, who did
// it and when, with what the kind needs to be told in words.
type TimelineEvent struct {
	At    time.Time
	Actor string // by name; "system" for the program itself
	Kind  TimelineKind
	// Action is the audit action, for TimelineOther.
	Action   string
	Revision int
	Changed  []string // fields, by their JSON names
	// Meeting is the meeting of an agenda item, decision or sign-off, when
	// the proposal's agenda names it; MeetingID otherwise.
	Meeting   *Meeting
	MeetingID int64
	Section   int
	Outcome   Outcome
	Role      Role
	From, To  FollowUpStatus
	Progress  int
	Notes     int  // notes added
	Imported  bool // the revision came from an import
}

// Timeline returns every event of the proposal, oldest first: its audit
// rows told in words, and the sign-offs of the meetings it was on the
// agenda of. Rows of the same moment keep the order they were written.
func (d ProposalDetail) Timeline() []TimelineEvent {
	meetings := map[int64]*Meeting{}
	for i := range d.Agenda {
		m := &d.Agenda[i].Meeting
		meetings[m.ID] = m
	}
	entries := append([]AuditEntry(nil), d.Audit...)
	sort.Slice(entries, func(i, j int) bool { return entries[i].Seq < entries[j].Seq })
	var out []TimelineEvent
	notes, progress := 0, 0
	for _, a := range entries {
		var det auditDetail
		_ = json.Unmarshal([]byte(a.Detail), &det)
		e := TimelineEvent{At: a.At, Actor: a.Actor, Action: a.Action, Kind: TimelineOther, Imported: det.Imported,
			Revision: det.Revision, Changed: det.Changed, MeetingID: det.MeetingID, Meeting: meetings[det.MeetingID],
			Section: det.Number, Outcome: det.Outcome}
		if k, ok := timelineActions[a.Action]; ok {
			e.Kind = k
		}
		switch {
		case e.Kind == TimelineCreated && det.Imported:
			e.Kind = TimelineImported
		case e.Kind == TimelineFollowUpUpdate:
			e.From, e.To, e.Progress = det.From, det.To, det.Progress
			out = append(out, followUpEvents(e, det.Notes-notes, det.Progress != progress)...)
			notes, progress = det.Notes, det.Progress
			continue
		case e.Kind == TimelineFollowUpNote:
			e.Notes, notes = max(det.Notes-notes, 1), det.Notes
		}
		out = append(out, e)
	}
	out = append(out, signOffEvents(d)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// followUpEvents tells one save of the follow-up: a move of its status,
// else a change of its progress, and the notes it added; a save with
// none of these is an update.
func followUpEvents(e TimelineEvent, added int, progressed bool) []TimelineEvent {
	var out []TimelineEvent
	switch {
	case e.From != e.To:
		e.Kind = TimelineFollowUpMove
		out = append(out, e)
	case progressed || added <= 0:
		out = append(out, e)
	}
	if added > 0 {
		e.Kind, e.Notes = TimelineFollowUpNote, added
		out = append(out, e)
	}
	return out
}

// auditDetail is what the timeline reads of an audit row's detail.
type auditDetail struct {
	Revision  int            `json:"revision"`
	Changed   []string       `json:"changed"`
	Imported  bool           `json:"imported"`
	MeetingID int64          `json:"meeting_id"`
	Number    int            `json:"number"`
	Outcome   Outcome        `json:"outcome"`
	From      FollowUpStatus `json:"from"`
	To        FollowUpStatus `json:"to"`
	Progress  int            `json:"progress"`
	Notes     int            `json:"notes"`
}

// signOffEvents are the sign-offs of the meetings the proposal was on the
// agenda of, each signer by name.
func signOffEvents(d ProposalDetail) []TimelineEvent {
	names := map[int64]string{}
	for _, m := range d.Members {
		names[m.ID] = m.Name
	}
	var out []TimelineEvent
	seen := map[int64]bool{}
	for i := range d.Agenda {
		m := &d.Agenda[i].Meeting
		if seen[m.ID] {
			continue
		}
		seen[m.ID] = true
		for _, so := range m.SignOffs {
			out = append(out, TimelineEvent{At: so.SignedAt, Actor: names[so.MemberID], Kind: TimelineSignOff,
				Meeting: m, MeetingID: m.ID, Role: so.Role})
		}
	}
	return out
}

// Text tells the event in l, without who and when: "Beslut vid
// sammanträdet 14 oktober 2026, § 3: godkänt".
func (e TimelineEvent) Text(l Language) string {
	meeting := e.meetingName(l)
	switch e.Kind {
	case TimelineCreated, TimelineImported:
		return Message(l, "timeline."+string(e.Kind), max(e.Revision, 1))
	case TimelineRevised:
		key := "timeline.revised"
		if len(e.Changed) > 0 {
			key = "timeline.revised_fields"
		}
		if e.Imported {
			key += "_import"
		}
		return Message(l, key, e.Revision, e.changedNames(l))
	case TimelineOnAgenda, TimelineAgendaMoved, TimelineOffAgenda:
		return Message(l, "timeline."+string(e.Kind), meeting, e.Section)
	case TimelineDecision:
		return Message(l, "timeline.decision", meeting, e.Section, strings.ToLower(e.Outcome.Label(l)))
	case TimelineSignOff:
		return Message(l, "timeline.sign_off", meeting, strings.ToLower(e.Role.Label(l)))
	case TimelineFollowUpMove:
		return Message(l, "timeline.followup_move", strings.ToLower(e.From.Label(l)), strings.ToLower(e.To.Label(l)), e.Progress)
	case TimelineFollowUpUpdate:
		return Message(l, "timeline.followup_update", e.Progress)
	case TimelineFollowUpNote:
		if e.Notes == 1 {
			return Message(l, "timeline.followup_note")
		}
		return Message(l, "timeline.followup_notes", e.Notes)
	case TimelineOther:
		return Message(l, "timeline.other", e.Action)
	}
	return Message(l, "timeline."+string(e.Kind))
}

// meetingName is "sammanträdet 14 oktober 2026" or, for a meeting the
// proposal's agenda no longer names, "sammanträde 4".
func (e TimelineEvent) meetingName(l Language) string {
	if e.Meeting == nil {
		return Message(l, "timeline.meeting_id", strconv.FormatInt(e.MeetingID, 10))
	}
	return Message(l, "timeline.meeting", SwedishDay(e.Meeting.StartsAt).Long(l))
}

func (e TimelineEvent) changedNames(l Language) string {
	var names []string
	for _, f := range e.Changed {
		if field, ok := FieldByName(f); ok {
			names = append(names, strings.ToLower(field.Label(l)))
		} else {
			names = append(names, f)
		}
	}
	return strings.Join(names, ", ")
}
