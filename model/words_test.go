package model_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
)

func TestDatesAndStatusInEachLanguage(t *testing.T) {
	d := model.NewDate(2026, time.October, 14)
	if got := d.Long(model.Swedish); got != "14 oktober 2026" {
		t.Errorf("Swedish %q", got)
	}
	if got := d.Long(model.English); got != "14 October 2026" {
		t.Errorf("English %q", got)
	}
	if (model.Date{}).Long(model.Swedish) != "" {
		t.Error("the zero date is written")
	}
	if model.Stockholm.String() != "Europe/Stockholm" {
		t.Errorf("zone %s", model.Stockholm)
	}
	p := model.Proposal{Status: model.StatusDecided, Outcome: model.OutcomeApproved}
	if got := p.StatusLabel(model.Swedish); got != "Beslutat – godkänt" {
		t.Errorf("status %q", got)
	}
	if got := (model.Proposal{Status: model.StatusDraft}).StatusLabel(model.English); got != model.StatusDraft.Label(model.English) {
		t.Errorf("draft %q", got)
	}
}

func TestDecidedInListsEachItemAboutTheProposal(t *testing.T) {
	decided := &model.Decision{ID: 7, Outcome: model.OutcomeApproved}
	s := &mock.MeetingStore{MeetingsFn: func(context.Context) ([]model.Meeting, error) {
		return []model.Meeting{
			{ID: 1, Items: []model.Item{{ID: 10, ProposalID: 5, Number: 1}, {ID: 11, ProposalID: 6, Number: 2}}},
			{ID: 2, Items: []model.Item{{ID: 20, ProposalID: 5, Number: 3, Decision: decided}}},
		}, nil
	}}
	got, err := model.DecidedIn(context.Background(), s, 5)
	if err != nil || len(got) != 2 || got[0].Meeting.ID != 1 || got[0].Item.ID != 10 || got[1].Item.Decision != decided {
		t.Fatalf("%+v, %v", got, err)
	}
	if got, err := model.DecidedIn(context.Background(), s, 99); err != nil || len(got) != 0 {
		t.Errorf("a proposal on no agenda: %+v, %v", got, err)
	}
	broken := &mock.MeetingStore{MeetingsFn: func(context.Context) ([]model.Meeting, error) { return nil, errors.New("gone") }}
	if _, err := model.DecidedIn(context.Background(), broken, 5); err == nil {
		t.Error("the store's error was lost")
	}
}
