package model_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestDecisionValidate(t *testing.T) {
	tests := []struct {
		name    string
		outcome model.Outcome
		edit    func(d *model.Decision)
		field   string
		key     string
	}{
		{name: "approved", outcome: model.OutcomeApproved, edit: func(d *model.Decision) {}},
		{name: "approved with conditions", outcome: model.OutcomeApprovedConditions, edit: func(d *model.Decision) {}},
		{name: "rejected", outcome: model.OutcomeRejected, edit: func(d *model.Decision) {}},
		{name: "deferred", outcome: model.OutcomeDeferred, edit: func(d *model.Decision) {}},
		{name: "returned", outcome: model.OutcomeReturned, edit: func(d *model.Decision) {}},
		{name: "withdrawn", outcome: model.OutcomeWithdrawn, edit: func(d *model.Decision) {}},
		{name: "with reservation, note, recusal", outcome: model.OutcomeApproved, edit: func(d *model.Decision) {
			d.Reservations = []model.Reservation{{MemberID: 1, Text: "Jag reserverar mig."}}
			d.Notes = []model.MinutesNote{{MemberID: 0, Text: "Anteckning"}}
			d.Recusals = []model.Recusal{{MemberID: 2, Reason: "Jäv"}}
		}},

		{name: "empty outcome", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Outcome = "" }, field: "outcome", key: "outcome_invalid"},
		{name: "unknown outcome", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Outcome = "maybe" }, field: "outcome", key: "outcome_invalid"},
		{name: "outcome by Swedish name", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Outcome = "Godkänt" }, field: "outcome", key: "outcome_invalid"},
		{name: "outcome by English name", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Outcome = "Approved" }, field: "outcome", key: "outcome_invalid"},
		{name: "empty text", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Text = "" }, field: "text", key: "decision_text_required"},
		{name: "blank text", outcome: model.OutcomeRejected, edit: func(d *model.Decision) { d.Text = " \n " }, field: "text", key: "decision_text_required"},
		{name: "conditions required", outcome: model.OutcomeApprovedConditions, edit: func(d *model.Decision) { d.Conditions = "" }, field: "conditions", key: "conditions_required"},
		{name: "blank conditions", outcome: model.OutcomeApprovedConditions, edit: func(d *model.Decision) { d.Conditions = "  " }, field: "conditions", key: "conditions_required"},
		{name: "return without what", outcome: model.OutcomeReturned, edit: func(d *model.Decision) { d.Return.What = " " }, field: "return", key: "return_reason_required"},
		{name: "return without who", outcome: model.OutcomeReturned, edit: func(d *model.Decision) { d.Return.Who = "" }, field: "return", key: "return_reason_required"},
		{name: "return without by", outcome: model.OutcomeReturned, edit: func(d *model.Decision) { d.Return.By = model.Date{} }, field: "return", key: "return_reason_required"},
		{name: "return without any reason", outcome: model.OutcomeReturned, edit: func(d *model.Decision) { d.Return = model.ReturnReason{} }, field: "return", key: "return_reason_required"},
		{name: "revision 0", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Revision = 0 }, field: "revision", key: "decision_revision_required"},
		{name: "negative revision", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Revision = -1 }, field: "revision", key: "decision_revision_required"},
		{name: "no fingerprint", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Fingerprint = "" }, field: "revision", key: "decision_revision_required"},
		{name: "short fingerprint", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Fingerprint = d.Fingerprint[:63] }, field: "revision", key: "decision_revision_required"},
		{name: "long fingerprint", outcome: model.OutcomeApproved, edit: func(d *model.Decision) { d.Fingerprint += "0" }, field: "revision", key: "decision_revision_required"},
		{name: "reservation without text", outcome: model.OutcomeRejected, edit: func(d *model.Decision) {
			d.Reservations = []model.Reservation{{MemberID: 1, Text: " "}}
		}, field: "reservations", key: "reservation_text_required"},
		{name: "reservation by a recused member", outcome: model.OutcomeApproved, edit: func(d *model.Decision) {
			d.Recusals = []model.Recusal{{MemberID: 4, Reason: "Styrelseledamot i föreningen"}}
			d.Reservations = []model.Reservation{{MemberID: 4, Text: "Jag reserverar mig."}}
		}, field: "reservations", key: "reservation_by_recused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDecision(tt.outcome)
			tt.edit(&d)
			err := d.Validate()
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
}

func TestDecisionValidateGathersEveryError(t *testing.T) {
	d := model.Decision{Outcome: model.OutcomeReturned,
		Reservations: []model.Reservation{{MemberID: 3}},
		Recusals:     []model.Recusal{{MemberID: 3}},
	}
	assertKeys(t, d.Validate(), "decision_text_required", "return_reason_required",
		"decision_revision_required", "reservation_text_required", "reservation_by_recused")
}

func TestConditionsOnlyForApprovedWithConditions(t *testing.T) {
	for _, o := range model.Outcomes {
		d := validDecision(o)
		d.Conditions = ""
		d.Return = model.ReturnReason{What: "x", Who: "y", By: model.NewDate(2027, 1, 1)}
		err := d.Validate()
		if o == model.OutcomeApprovedConditions {
			assertErr(t, err, model.EInvalid, "conditions_required")
		} else {
			assertNoErr(t, err)
		}
	}
}

func TestDefaultDecisionText(t *testing.T) {
	for _, o := range model.Outcomes {
		for _, l := range []model.Language{model.Swedish, model.English} {
			got := model.DefaultDecisionText(o, l)
			if got == "" || strings.HasPrefix(got, "decision_text.") {
				t.Errorf("DefaultDecisionText(%s, %s) = %q", o, l, got)
			}
		}
	}
	want := map[model.Language]map[model.Outcome]string{
		model.Swedish: {
			model.OutcomeApproved:           "Förslaget godkänns.",
			model.OutcomeApprovedConditions: "Förslaget godkänns med de villkor som anges nedan.",
			model.OutcomeRejected:           "Förslaget avslås.",
			model.OutcomeDeferred:           "Ärendet bordläggs till ett senare sammanträde.",
			model.OutcomeReturned:           "Ärendet återremitteras för komplettering enligt nedan.",
			model.OutcomeWithdrawn:          "Förslaget har återtagits och ärendet avskrivs.",
		},
		model.English: {
			model.OutcomeApproved: "The proposal is approved.",
			model.OutcomeRejected: "The proposal is rejected.",
		},
	}
	for l, texts := range want {
		for o, w := range texts {
			if got := model.DefaultDecisionText(o, l); got != w {
				t.Errorf("DefaultDecisionText(%s, %s) = %q, want %q", o, l, got, w)
			}
		}
	}
}

// The suggested texts name no body: the meetings default to
// "Styrgruppens möte", the minutes' body defaults to "Styrgruppen", and the
// demo's group calls itself "Kommunchefens ledningsgrupp"; a text saying
// "Ledningsgruppen beslutar" would be wrong for some of them.
func TestDefaultDecisionTextNamesNoBody(t *testing.T) {
	for _, o := range model.Outcomes {
		for _, l := range []model.Language{model.Swedish, model.English} {
			got := strings.ToLower(model.DefaultDecisionText(o, l))
			for _, body := range []string{"grupp", "group", "styrelse", "nämnd", "board", "committee"} {
				if strings.Contains(got, body) {
					t.Errorf("DefaultDecisionText(%s, %s) = %q names a body (%q)", o, l, got, body)
				}
			}
			if !model.IsDefaultDecisionText(model.DefaultDecisionText(o, l)) {
				t.Errorf("%s/%s: its own text is not taken as a default", o, l)
			}
		}
	}
	// Texts suggested before, still in drafts, give way as well; the
	// secretary's own do not.
	for _, s := range []string{"Ledningsgruppen beslutar att avslå förslaget.", "The management group decides to approve the proposal."} {
		if !model.IsDefaultDecisionText(s) {
			t.Errorf("%q is not taken as a default", s)
		}
	}
	if model.IsDefaultDecisionText("Förslaget godkänns, och uppföljning sker i juni.") {
		t.Error("an edited text is taken as a default")
	}
}

func TestReservationsOnlyByDecidingMembers(t *testing.T) {
	m := model.Meeting{Attendees: []model.Attendee{
		{MemberID: 1, Present: true, Decides: true},
		{MemberID: 2, Present: true},                 // övriga närvarande
		{MemberID: 3, Present: false, Decides: true}, // absent
		{Name: "Gäst", Present: true},
	}}
	if !m.Deciding(1) || m.Deciding(2) || m.Deciding(3) || m.Deciding(4) || m.Deciding(0) {
		t.Error("Deciding is true only for member 1")
	}
	names := map[int64]string{1: "Anna", 2: "Bo", 3: "Cia", 4: "Dan"}
	d := validDecision(model.OutcomeRejected)
	d.Reservations = []model.Reservation{{MemberID: 1, Text: "Nej"}}
	assertNoErr(t, d.CheckParticipants(m, 1, func(id int64) string { return names[id] }))
	d.Reservations = append(d.Reservations, model.Reservation{MemberID: 2, Text: "Nej"}, model.Reservation{MemberID: 4, Text: "Nej"})
	err := d.CheckParticipants(m, 1, func(id int64) string { return names[id] })
	assertKeys(t, err, "reservation_not_deciding", "reservation_not_deciding")
	var es model.Errors
	if !errors.As(err, &es) || es[0].Field != "reservations" || !strings.HasPrefix(es[0].Message(model.Swedish), "Bo är inte beslutande") {
		t.Errorf("errors %v", err)
	}
}
