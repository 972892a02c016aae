package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// justeringMeeting is a meeting with chair 1, secretary 2, adjuster 3
// and two decided items, § 4 and § 5.
func justeringMeeting() model.Meeting {
	d := &model.Decision{Outcome: model.OutcomeApproved}
	return model.Meeting{ID: 1, ChairID: 1, SecretaryID: 2, AdjusterID: 3,
		Items: []model.Item{{ID: 1, Number: 4, Decision: d}, {ID: 2, Number: 5, Decision: d}}}
}

func TestJusteringRules(t *testing.T) {
	m := justeringMeeting()
	sent := model.JusteringRound{MeetingID: 1, SentAt: time.Date(2027, 3, 2, 9, 0, 0, 0, time.UTC), SentBy: 2}
	wantKey(t, m.CanSendForJustering(2), "")
	wantKey(t, m.CanSendForJustering(1), "justering_not_secretary")
	undecided := justeringMeeting()
	undecided.Items[1].Decision = nil
	wantKey(t, undecided.CanSendForJustering(2), "signoff_undecided")

	note := model.JusteringNote{MeetingID: 1, Section: 4, AuthorID: 3, Text: "Stavfel."}
	wantKey(t, m.CheckJusteringNote(sent, note), "")
	wantKey(t, m.CheckJusteringNote(model.JusteringRound{}, note), "justering_not_sent")
	for _, c := range []struct {
		change func(*model.JusteringNote)
		key    string
	}{
		{func(n *model.JusteringNote) { n.AuthorID = 1 }, ""},
		{func(n *model.JusteringNote) { n.AuthorID = 2 }, "justering_not_signer"},
		{func(n *model.JusteringNote) { n.Section = 6 }, "justering_section"},
		{func(n *model.JusteringNote) { n.Text = " \n" }, "justering_text_empty"},
	} {
		n := note
		c.change(&n)
		wantKey(t, m.CheckJusteringNote(sent, n), c.key)
	}

	wantKey(t, m.CheckCloseJusteringNote(note, 2, "Rättat."), "")
	wantKey(t, m.CheckCloseJusteringNote(note, 3, "Rättat."), "justering_not_secretary")
	wantKey(t, m.CheckCloseJusteringNote(note, 2, " "), "justering_reply_empty")
	closed := note
	closed.Closed = true
	wantKey(t, m.CheckCloseJusteringNote(closed, 2, "Igen."), "justering_note_closed")

	signed := justeringMeeting()
	signed.SignOffs = []model.SignOff{{Role: model.RoleChair, MemberID: 1}, {Role: model.RoleAdjuster, MemberID: 3}}
	wantKey(t, signed.CanSendForJustering(2), "meeting_locked")
	wantKey(t, signed.CheckJusteringNote(sent, note), "meeting_locked")
	wantKey(t, signed.CheckCloseJusteringNote(note, 2, "Sent."), "meeting_locked")
}

// The sign-off waits while a note is open and names its §; the summary
// counts the notes.
func TestJusteringRoundClosedAndSummary(t *testing.T) {
	var r model.JusteringRound
	if r.Summary() != nil || r.CheckClosed() != nil {
		t.Fatal("a round never sent has a summary or holds the sign-off")
	}
	r.SentAt = time.Date(2027, 3, 2, 9, 0, 0, 0, time.UTC)
	r.Notes = []model.JusteringNote{{Section: 5}, {Section: 4, Closed: true}, {Section: 5}}
	err := r.CheckClosed()
	wantKey(t, err, "justering_open")
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "2 justeringsanteckningar") || !strings.Contains(msg, "(§ 5)") {
		t.Errorf("message %q", msg)
	}
	if s := r.Summary(); s == nil || s.Notes != 3 || s.Open != 2 || !s.SentAt.Equal(r.SentAt) {
		t.Errorf("summary %+v", s)
	}
}

// Frozen minutes without a round encode as they did before rounds
// existed, so the fingerprints of minutes signed off before stay; with
// one, the round is part of what the fingerprint covers.
func TestFrozenMinutesWithoutARoundKeepTheirEncoding(t *testing.T) {
	f := model.FreezeMinutes(justeringMeeting(), nil, nil)
	if strings.Contains(string(f.Canonical()), "Justering") {
		t.Fatalf("frozen minutes without a round name one: %s", f.Canonical())
	}
	before := f.MinutesFingerprint()
	f.Justering = &model.JusteringSummary{SentAt: time.Date(2027, 3, 2, 9, 0, 0, 0, time.UTC), Notes: 1}
	if f.MinutesFingerprint() == before || !strings.Contains(string(f.Canonical()), `"Justering":{"SentAt":"2027-03-02T09:00:00Z","Notes":1}`) {
		t.Errorf("the round is not in the canonical encoding: %s", f.Canonical())
	}
}
