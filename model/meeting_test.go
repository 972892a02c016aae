package model_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

const (
	chairID     = 1
	secretaryID = 2
	adjusterID  = 3
	otherID     = 4
)

func decided() *model.Decision {
	d := validDecision(model.OutcomeApproved)
	return &d
}

// meeting returns a valid meeting with three decided items, § 12–14.
func meeting() model.Meeting {
	start := time.Date(2027, 3, 10, 9, 0, 0, 0, time.UTC)
	return model.Meeting{
		ID: 1, Title: "Ledningsgruppen", StartsAt: start, EndsAt: start.Add(2 * time.Hour),
		Place: "Stadshuset, sal 3", ChairID: chairID, SecretaryID: secretaryID, AdjusterID: adjusterID,
		Items: []model.Item{
			{ID: 1, Number: 12, Position: 1, ProposalID: 7, Revision: 3, Decision: decided()},
			{ID: 2, Number: 13, Position: 2, ProposalID: 8, Revision: 1, Decision: decided()},
			{ID: 3, Number: 14, Position: 3, ProposalID: 9, Revision: 2, Decision: decided()},
		},
	}
}

func signOff(role model.Role, member int64) model.SignOff {
	return model.SignOff{MeetingID: 1, MemberID: member, Role: role, SignedAt: time.Date(2027, 3, 17, 14, 0, 0, 0, time.UTC)}
}

func TestMeetingValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(m *model.Meeting)
		field string
		key   string
	}{
		{name: "valid", edit: func(m *model.Meeting) {}},
		{name: "valid without end", edit: func(m *model.Meeting) { m.EndsAt = time.Time{} }},
		{name: "valid ends when it starts", edit: func(m *model.Meeting) { m.EndsAt = m.StartsAt }},
		{name: "valid without roles", edit: func(m *model.Meeting) { m.ChairID, m.AdjusterID = 0, 0 }},
		{name: "no time", edit: func(m *model.Meeting) { m.StartsAt, m.EndsAt = time.Time{}, time.Time{} }, field: "starts_at", key: "meeting_time_required"},
		{name: "ends before start", edit: func(m *model.Meeting) { m.EndsAt = m.StartsAt.Add(-time.Minute) }, field: "ends_at", key: "meeting_end_before_start"},
		{name: "no place", edit: func(m *model.Meeting) { m.Place = "" }, field: "place", key: "meeting_place_required"},
		{name: "blank place", edit: func(m *model.Meeting) { m.Place = "  " }, field: "place", key: "meeting_place_required"},
		{name: "adjuster is chair", edit: func(m *model.Meeting) { m.AdjusterID = m.ChairID }, field: "adjuster", key: "adjuster_is_chair"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := meeting()
			tt.edit(&m)
			err := m.Validate()
			if tt.key == "" {
				assertNoErr(t, err)
				return
			}
			e := assertErr(t, err, model.EInvalid, tt.key)
			if e.Field != tt.field {
				t.Errorf("field = %q, want %q", e.Field, tt.field)
			}
			assertKeys(t, err, tt.key)
		})
	}
	var m model.Meeting
	assertKeys(t, m.Validate(), "meeting_time_required", "meeting_place_required")
}

func TestSignedOffAndCheckChangeable(t *testing.T) {
	tests := []struct {
		name     string
		signOffs []model.SignOff
		locked   bool
	}{
		{"none", nil, false},
		{"chair only", []model.SignOff{signOff(model.RoleChair, chairID)}, false},
		{"adjuster only", []model.SignOff{signOff(model.RoleAdjuster, adjusterID)}, false},
		{"secretary and chair", []model.SignOff{signOff(model.RoleSecretary, secretaryID), signOff(model.RoleChair, chairID)}, false},
		{"chair and adjuster", []model.SignOff{signOff(model.RoleChair, chairID), signOff(model.RoleAdjuster, adjusterID)}, true},
		{"adjuster and chair", []model.SignOff{signOff(model.RoleAdjuster, adjusterID), signOff(model.RoleChair, chairID)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := meeting()
			m.SignOffs = tt.signOffs
			if got := m.SignedOff(); got != tt.locked {
				t.Errorf("SignedOff = %v, want %v", got, tt.locked)
			}
			err := m.CheckChangeable()
			if !tt.locked {
				assertNoErr(t, err)
				return
			}
			assertErr(t, err, model.ELocked, "meeting_locked")
		})
	}
}

func TestCanSignOff(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(m *model.Meeting)
		member int64
		role   model.Role
		code   model.Code
		key    string
	}{
		{name: "chair", member: chairID, role: model.RoleChair},
		{name: "adjuster", member: adjusterID, role: model.RoleAdjuster},
		{name: "adjuster after chair", edit: func(m *model.Meeting) {
			m.SignOffs = []model.SignOff{signOff(model.RoleChair, chairID)}
		}, member: adjusterID, role: model.RoleAdjuster},
		{name: "chair after adjuster", edit: func(m *model.Meeting) {
			m.SignOffs = []model.SignOff{signOff(model.RoleAdjuster, adjusterID)}
		}, member: chairID, role: model.RoleChair},

		{name: "wrong member as chair", member: otherID, role: model.RoleChair, code: model.EState, key: "signoff_wrong_member"},
		{name: "adjuster as chair", member: adjusterID, role: model.RoleChair, code: model.EState, key: "signoff_wrong_member"},
		{name: "wrong member as adjuster", member: otherID, role: model.RoleAdjuster, code: model.EState, key: "signoff_wrong_member"},
		{name: "chair as adjuster", member: chairID, role: model.RoleAdjuster, code: model.EState, key: "signoff_wrong_member"},
		{name: "secretary role", member: secretaryID, role: model.RoleSecretary, code: model.EState, key: "signoff_wrong_member"},
		{name: "unknown role", member: chairID, role: "treasurer", code: model.EState, key: "signoff_wrong_member"},
		{name: "no chair appointed", edit: func(m *model.Meeting) { m.ChairID = 0 }, member: 0, role: model.RoleChair, code: model.EState, key: "signoff_wrong_member"},
		{name: "no adjuster appointed", edit: func(m *model.Meeting) { m.AdjusterID = 0 }, member: 0, role: model.RoleAdjuster, code: model.EState, key: "signoff_wrong_member"},
		{name: "chair twice", edit: func(m *model.Meeting) {
			m.SignOffs = []model.SignOff{signOff(model.RoleChair, chairID)}
		}, member: chairID, role: model.RoleChair, code: model.EConflict, key: "signoff_twice"},
		{name: "adjuster twice", edit: func(m *model.Meeting) {
			m.SignOffs = []model.SignOff{signOff(model.RoleAdjuster, adjusterID)}
		}, member: adjusterID, role: model.RoleAdjuster, code: model.EConflict, key: "signoff_twice"},
		{name: "empty agenda", edit: func(m *model.Meeting) { m.Items = nil }, member: chairID, role: model.RoleChair, code: model.EState, key: "signoff_empty"},
		{name: "undecided item", edit: func(m *model.Meeting) { m.Items[1].Decision = nil }, member: chairID, role: model.RoleChair, code: model.EState, key: "signoff_undecided"},
		{name: "signed off already", edit: func(m *model.Meeting) {
			m.SignOffs = []model.SignOff{signOff(model.RoleChair, chairID), signOff(model.RoleAdjuster, adjusterID)}
		}, member: chairID, role: model.RoleChair, code: model.ELocked, key: "meeting_locked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := meeting()
			if tt.edit != nil {
				tt.edit(&m)
			}
			err := m.CanSignOff(tt.member, tt.role)
			if tt.key == "" {
				assertNoErr(t, err)
				return
			}
			assertErr(t, err, tt.code, tt.key)
		})
	}
}

func TestSignOffMessages(t *testing.T) {
	m := meeting()
	m.Items[1].Decision = nil
	e := assertErr(t, m.CanSignOff(chairID, model.RoleChair), model.EState, "signoff_undecided")
	if got, want := e.Message(model.Swedish), "§ 13 saknar beslut; alla ärenden måste vara beslutade innan protokollet justeras."; got != want {
		t.Errorf("sv = %q, want %q", got, want)
	}
	m = meeting()
	e = assertErr(t, m.CanSignOff(otherID, model.RoleAdjuster), model.EState, "signoff_wrong_member")
	if got, want := e.Message(model.Swedish), "Bara sammanträdets justerare kan justera i den rollen."; got != want {
		t.Errorf("sv = %q, want %q", got, want)
	}
	if got, want := e.Message(model.English), "Only the meeting's adjuster can sign off in that role."; got != want {
		t.Errorf("en = %q, want %q", got, want)
	}
	m.SignOffs = []model.SignOff{signOff(model.RoleChair, chairID)}
	e = assertErr(t, m.CanSignOff(chairID, model.RoleChair), model.EConflict, "signoff_twice")
	if got, want := e.Message(model.English), "The minutes are already signed off by the chair."; got != want {
		t.Errorf("en = %q, want %q", got, want)
	}
}

func TestSectionRange(t *testing.T) {
	tests := []struct {
		name        string
		numbers     []int
		first, last int
	}{
		{"empty", nil, 0, 0},
		{"one", []int{5}, 5, 5},
		{"in order", []int{12, 13, 14}, 12, 14},
		{"out of order", []int{14, 12, 13}, 12, 14},
		{"gap", []int{3, 9}, 3, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m model.Meeting
			for _, n := range tt.numbers {
				m.Items = append(m.Items, model.Item{Number: n})
			}
			first, last := m.SectionRange()
			if first != tt.first || last != tt.last {
				t.Errorf("SectionRange = %d, %d; want %d, %d", first, last, tt.first, tt.last)
			}
		})
	}
}

func TestMeetingItem(t *testing.T) {
	m := meeting()
	for _, n := range []int{12, 13, 14} {
		it, ok := m.Item(n)
		if !ok || it.Number != n {
			t.Errorf("Item(%d) = %+v, %v", n, it, ok)
		}
	}
	if it, ok := m.Item(13); !ok || it.ProposalID != 8 {
		t.Errorf("Item(13) = %+v", it)
	}
	for _, n := range []int{0, 1, 11, 15} {
		if it, ok := m.Item(n); ok || it != (model.Item{}) {
			t.Errorf("Item(%d) = %+v, %v; want none", n, it, ok)
		}
	}
}
