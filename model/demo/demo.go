// Package demo fills a store with the demo programme "En kommun fri från
// våld": its areas and interventions, the steering group, their comments,
// one signed-off meeting with a decision of every outcome, the follow-up
// of its approved interventions, and one open meeting whose agenda is not
// yet decided. The history is dated as it would have happened, through
// model.WithClock.
package demo

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// Programme is the demo's programme.json: proposals in the JSON import
// format.
type Programme struct {
	FormatVersion int             `json:"format_version"`
	Programme     string          `json:"programme"`
	Proposals     []model.Content `json:"proposals"`
}

// Group is the demo's group.json: the steering group and what it did.
type Group struct {
	Body         string          `json:"body"`
	Municipality string          `json:"municipality"`
	Members      []groupMember   `json:"members"`
	Comments     []groupComment  `json:"comments"`
	Meetings     []groupMeeting  `json:"meetings"`
	FollowUps    []groupFollowUp `json:"followups"`
}

type groupMember struct {
	Key   string `json:"key"`
	Name  string `json:"name"`
	Title string `json:"title"`
	Role  string `json:"role"` // a standing role (chair, secretary, …); empty is member
}

type groupComment struct {
	Key      string `json:"key"`
	Proposal string `json:"proposal"`
	Author   string `json:"author"`
	At       string `json:"at"`
	Body     string `json:"body"`
	ReplyTo  string `json:"reply_to"`
	Resolved bool   `json:"resolved"`
}

type groupMeeting struct {
	Title        string      `json:"title"`
	Date         model.Date  `json:"date"`
	Start        string      `json:"start"`
	End          string      `json:"end"`
	Place        string      `json:"place"`
	Chair        string      `json:"chair"`
	Secretary    string      `json:"secretary"`
	Adjuster     string      `json:"adjuster"`
	Absent       []string    `json:"absent"`
	Guests       []string    `json:"guests"`
	SignedOff    bool        `json:"signed_off"`
	SignOffPlace string      `json:"sign_off_place"`
	SignOffDate  model.Date  `json:"sign_off_date"`
	Items        []groupItem `json:"items"`
}

type groupItem struct {
	Proposal     string             `json:"proposal"`
	Outcome      model.Outcome      `json:"outcome"`
	Text         string             `json:"text"`
	Conditions   string             `json:"conditions"`
	Reservations []memberText       `json:"reservations"`
	Notes        []memberText       `json:"notes"`
	Recusals     []memberText       `json:"recusals"`
	Return       model.ReturnReason `json:"return"`
	Recipients   []string           `json:"recipients"`
}

type memberText struct {
	Member string `json:"member"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Read parses the demo files in fsys (programme.json and group.json under
// demo/).
func Read(fsys fs.FS) (Programme, Group, error) {
	var p Programme
	var g Group
	if err := readJSON(fsys, "demo/programme.json", &p); err != nil {
		return p, g, err
	}
	return p, g, readJSON(fsys, "demo/group.json", &g)
}

func readJSON(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("demo: %s: %w", name, err)
	}
	return nil
}

// Stockholm is the time zone the demo's times are given in.
var Stockholm = model.Stockholm

// Store is the part of a store the demo is written into.
type Store interface {
	model.ProposalStore
	model.MemberStore
	model.MeetingStore
	model.CommentStore
	model.FollowUpStore
}

// Load writes the demo into an empty store. Its open meeting is held on
// the day of the context's clock (model.Now), its history before it (see
// when).
func Load(ctx context.Context, s Store, fsys fs.FS) error {
	prog, group, err := Read(fsys)
	if err != nil {
		return err
	}
	l := &loader{store: s, members: map[string]model.Member{}, proposals: map[string]model.Proposal{}, comments: map[string]int64{},
		when: newWhen(ctx, group)}
	steps := []func(context.Context) error{
		func(ctx context.Context) error { return l.addMembers(ctx, group.Members) },
		func(ctx context.Context) error { return l.addProposals(ctx, prog.Proposals) },
		func(ctx context.Context) error { return l.addComments(ctx, group.Comments) },
		func(ctx context.Context) error { return l.addMeetings(ctx, group.Meetings) },
		func(ctx context.Context) error { return l.addFollowUps(ctx, group.FollowUps) },
	}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// at returns a context stamped with t and acting as the member with key.
func (l *loader) at(ctx context.Context, t time.Time, key string) context.Context {
	actor := "Samverkansteamet"
	if m, ok := l.members[key]; ok {
		actor = m.Name
	}
	return model.WithActor(model.WithClock(ctx, func() time.Time { return t }), actor)
}
