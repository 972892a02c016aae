package mock

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// JusteringStore is a fake model.JusteringStore.
type JusteringStore struct {
	JusteringRoundFn     func(ctx context.Context, meetingID int64) (model.JusteringRound, error)
	SendForJusteringFn   func(ctx context.Context, meetingID, secretaryID int64) (model.JusteringRound, error)
	AddJusteringNoteFn   func(ctx context.Context, n model.JusteringNote) (model.JusteringNote, error)
	CloseJusteringNoteFn func(ctx context.Context, id, secretaryID int64, reply string) (model.JusteringNote, error)
}

var _ model.JusteringStore = (*JusteringStore)(nil)

// JusteringRound calls JusteringRoundFn; without it, every meeting's
// round is not sent.
func (fake *JusteringStore) JusteringRound(ctx context.Context, meetingID int64) (model.JusteringRound, error) {
	if fake.JusteringRoundFn == nil {
		return model.JusteringRound{MeetingID: meetingID}, nil
	}
	return fake.JusteringRoundFn(ctx, meetingID)
}

// SendForJustering calls SendForJusteringFn.
func (fake *JusteringStore) SendForJustering(ctx context.Context, meetingID, secretaryID int64) (model.JusteringRound, error) {
	if fake.SendForJusteringFn == nil {
		panic("mock: JusteringStore.SendForJustering called without SendForJusteringFn")
	}
	return fake.SendForJusteringFn(ctx, meetingID, secretaryID)
}

// AddJusteringNote calls AddJusteringNoteFn.
func (fake *JusteringStore) AddJusteringNote(ctx context.Context, n model.JusteringNote) (model.JusteringNote, error) {
	if fake.AddJusteringNoteFn == nil {
		panic("mock: JusteringStore.AddJusteringNote called without AddJusteringNoteFn")
	}
	return fake.AddJusteringNoteFn(ctx, n)
}

// CloseJusteringNote calls CloseJusteringNoteFn.
func (fake *JusteringStore) CloseJusteringNote(ctx context.Context, id, secretaryID int64, reply string) (model.JusteringNote, error) {
	if fake.CloseJusteringNoteFn == nil {
		panic("mock: JusteringStore.CloseJusteringNote called without CloseJusteringNoteFn")
	}
	return fake.CloseJusteringNoteFn(ctx, id, secretaryID, reply)
}
