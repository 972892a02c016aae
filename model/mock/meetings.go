package mock

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// MeetingStore is a fake model.MeetingStore.
type MeetingStore struct {
	MeetingsFn        func(ctx context.Context) ([]model.Meeting, error)
	MeetingFn         func(ctx context.Context, id int64) (model.Meeting, error)
	CreateMeetingFn   func(ctx context.Context, m model.Meeting) (model.Meeting, error)
	UpdateMeetingFn   func(ctx context.Context, m model.Meeting) (model.Meeting, error)
	AddItemFn         func(ctx context.Context, meetingID, proposalID int64) (model.Item, error)
	RemoveItemFn      func(ctx context.Context, itemID int64) error
	MoveItemFn        func(ctx context.Context, itemID int64, delta int) error
	SetFollowUpItemFn func(ctx context.Context, meetingID int64, on bool) (model.Meeting, error)
	RecordDecisionFn  func(ctx context.Context, itemID int64, d model.Decision) (model.Decision, error)
	SignOffFn         func(ctx context.Context, s model.SignOff) (model.Meeting, error)
	MinutesRecordFn   func(ctx context.Context, meetingID int64) (model.MinutesRecord, error)
	ProtocolFn        func(ctx context.Context, meetingID int64) ([]byte, error)
	SaveProtocolFn    func(ctx context.Context, p model.Protocol) error
	GroupRulesFn      func(ctx context.Context) (model.GroupRules, error)
	SetGroupRulesFn   func(ctx context.Context, g model.GroupRules) error
}

var _ model.MeetingStore = (*MeetingStore)(nil)

// Meetings calls MeetingsFn.
func (fake *MeetingStore) Meetings(ctx context.Context) ([]model.Meeting, error) {
	if fake.MeetingsFn == nil {
		panic("mock: MeetingStore.Meetings called without MeetingsFn")
	}
	return fake.MeetingsFn(ctx)
}

// Meeting calls MeetingFn.
func (fake *MeetingStore) Meeting(ctx context.Context, id int64) (model.Meeting, error) {
	if fake.MeetingFn == nil {
		panic("mock: MeetingStore.Meeting called without MeetingFn")
	}
	return fake.MeetingFn(ctx, id)
}

// CreateMeeting calls CreateMeetingFn.
func (fake *MeetingStore) CreateMeeting(ctx context.Context, m model.Meeting) (model.Meeting, error) {
	if fake.CreateMeetingFn == nil {
		panic("mock: MeetingStore.CreateMeeting called without CreateMeetingFn")
	}
	return fake.CreateMeetingFn(ctx, m)
}

// UpdateMeeting calls UpdateMeetingFn.
func (fake *MeetingStore) UpdateMeeting(ctx context.Context, m model.Meeting) (model.Meeting, error) {
	if fake.UpdateMeetingFn == nil {
		panic("mock: MeetingStore.UpdateMeeting called without UpdateMeetingFn")
	}
	return fake.UpdateMeetingFn(ctx, m)
}

// AddItem calls AddItemFn.
func (fake *MeetingStore) AddItem(ctx context.Context, meetingID int64, proposalID int64) (model.Item, error) {
	if fake.AddItemFn == nil {
		panic("mock: MeetingStore.AddItem called without AddItemFn")
	}
	return fake.AddItemFn(ctx, meetingID, proposalID)
}

// RemoveItem calls RemoveItemFn.
func (fake *MeetingStore) RemoveItem(ctx context.Context, itemID int64) error {
	if fake.RemoveItemFn == nil {
		panic("mock: MeetingStore.RemoveItem called without RemoveItemFn")
	}
	return fake.RemoveItemFn(ctx, itemID)
}

// MoveItem calls MoveItemFn.
func (fake *MeetingStore) MoveItem(ctx context.Context, itemID int64, delta int) error {
	if fake.MoveItemFn == nil {
		panic("mock: MeetingStore.MoveItem called without MoveItemFn")
	}
	return fake.MoveItemFn(ctx, itemID, delta)
}

// SetFollowUpItem calls SetFollowUpItemFn.
func (fake *MeetingStore) SetFollowUpItem(ctx context.Context, meetingID int64, on bool) (model.Meeting, error) {
	if fake.SetFollowUpItemFn == nil {
		panic("mock: MeetingStore.SetFollowUpItem called without SetFollowUpItemFn")
	}
	return fake.SetFollowUpItemFn(ctx, meetingID, on)
}

// RecordDecision calls RecordDecisionFn.
func (fake *MeetingStore) RecordDecision(ctx context.Context, itemID int64, d model.Decision) (model.Decision, error) {
	if fake.RecordDecisionFn == nil {
		panic("mock: MeetingStore.RecordDecision called without RecordDecisionFn")
	}
	return fake.RecordDecisionFn(ctx, itemID, d)
}

// SignOff calls SignOffFn.
func (fake *MeetingStore) SignOff(ctx context.Context, s model.SignOff) (model.Meeting, error) {
	if fake.SignOffFn == nil {
		panic("mock: MeetingStore.SignOff called without SignOffFn")
	}
	return fake.SignOffFn(ctx, s)
}

// MinutesRecord calls MinutesRecordFn.
func (fake *MeetingStore) MinutesRecord(ctx context.Context, meetingID int64) (model.MinutesRecord, error) {
	if fake.MinutesRecordFn == nil {
		panic("mock: MeetingStore.MinutesRecord called without MinutesRecordFn")
	}
	return fake.MinutesRecordFn(ctx, meetingID)
}

// Protocol calls ProtocolFn.
func (fake *MeetingStore) Protocol(ctx context.Context, meetingID int64) ([]byte, error) {
	if fake.ProtocolFn == nil {
		panic("mock: MeetingStore.Protocol called without ProtocolFn")
	}
	return fake.ProtocolFn(ctx, meetingID)
}

// SaveProtocol calls SaveProtocolFn.
func (fake *MeetingStore) SaveProtocol(ctx context.Context, p model.Protocol) error {
	if fake.SaveProtocolFn == nil {
		panic("mock: MeetingStore.SaveProtocol called without SaveProtocolFn")
	}
	return fake.SaveProtocolFn(ctx, p)
}

// GroupRules calls GroupRulesFn.
func (fake *MeetingStore) GroupRules(ctx context.Context) (model.GroupRules, error) {
	if fake.GroupRulesFn == nil {
		panic("mock: MeetingStore.GroupRules called without GroupRulesFn")
	}
	return fake.GroupRulesFn(ctx)
}

// SetGroupRules calls SetGroupRulesFn.
func (fake *MeetingStore) SetGroupRules(ctx context.Context, g model.GroupRules) error {
	if fake.SetGroupRulesFn == nil {
		panic("mock: MeetingStore.SetGroupRules called without SetGroupRulesFn")
	}
	return fake.SetGroupRulesFn(ctx, g)
}
