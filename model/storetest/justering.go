package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// justeringWorld is a world with a meeting whose two items are decided,
// ready to be sent for justering.
func justeringWorld(t *testing.T, h Harness) (*World, model.Meeting) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	w.Decide(w.AddItem(m, w.Ready("1.1", "Godkänns")), model.OutcomeApproved)
	w.Decide(w.AddItem(m, w.Ready("1.2", "Bordläggs")), model.OutcomeDeferred)
	return w, w.meetingNow(m.ID)
}

// The secretary sends the draft; the chair and the adjuster leave notes
// on its § in their own name; the secretary closes them with a reply;
// each step keeps its rules and leaves an audit row.
func testJusteringRound(t *testing.T, h Harness) {
	w, m := justeringWorld(t, h)
	ctx := context.Background()
	sec := m.Items[0].Number

	r, err := w.S.JusteringRound(ctx, m.ID)
	check(t, err)
	if r.Sent() || len(r.Notes) != 0 || r.Summary() != nil {
		t.Fatalf("a new meeting's round: %+v", r)
	}
	_, err = w.S.AddJusteringNote(w.Ctx(), model.JusteringNote{MeetingID: m.ID, Section: sec, AuthorID: w.Chair.ID, Text: "Före."})
	wantCode(t, err, model.EState, "justering_not_sent")
	_, err = w.S.SendForJustering(w.Ctx(), m.ID, w.Chair.ID)
	wantCode(t, err, model.EState, "justering_not_secretary")
	r, err = w.S.SendForJustering(w.Ctx(), m.ID, w.Secretary.ID)
	check(t, err)
	if !r.SentAt.Equal(w.Clock.Last()) || r.SentBy != w.Secretary.ID {
		t.Fatalf("sent: %+v", r)
	}

	note := model.JusteringNote{MeetingID: m.ID, Section: sec, AuthorID: w.Chair.ID, Text: "  Beslutet ska nämna budgeten. "}
	chairs, err := w.S.AddJusteringNote(w.Ctx(), note)
	check(t, err)
	if chairs.ID == 0 || chairs.Text != "Beslutet ska nämna budgeten." || chairs.Closed || !chairs.CreatedAt.Equal(w.Clock.Last()) {
		t.Fatalf("added %+v", chairs)
	}
	note.AuthorID = w.Member.ID
	_, err = w.S.AddJusteringNote(w.Ctx(), note)
	wantCode(t, err, model.EState, "justering_not_signer")
	note.AuthorID, note.Section = w.Adjuster.ID, 999
	_, err = w.S.AddJusteringNote(w.Ctx(), note)
	wantCode(t, err, model.EInvalid, "justering_section")
	note.Section, note.Text = m.Items[1].Number, " "
	_, err = w.S.AddJusteringNote(w.Ctx(), note)
	wantCode(t, err, model.EInvalid, "justering_text_empty")
	note.Text = "Stavfel."
	adjusters, err := w.S.AddJusteringNote(w.Ctx(), note)
	check(t, err)

	_, err = w.S.CloseJusteringNote(w.Ctx(), chairs.ID, w.Chair.ID, "Rättat.")
	wantCode(t, err, model.EState, "justering_not_secretary")
	_, err = w.S.CloseJusteringNote(w.Ctx(), chairs.ID, w.Secretary.ID, "")
	wantCode(t, err, model.EInvalid, "justering_reply_empty")
	closed, err := w.S.CloseJusteringNote(w.Ctx(), chairs.ID, w.Secretary.ID, "Beslutstexten är rättad.")
	check(t, err)
	if !closed.Closed || closed.Reply != "Beslutstexten är rättad." || closed.ClosedBy != w.Secretary.ID ||
		!closed.ClosedAt.Equal(w.Clock.Last()) || closed.Text != chairs.Text {
		t.Fatalf("closed %+v", closed)
	}
	_, err = w.S.CloseJusteringNote(w.Ctx(), chairs.ID, w.Secretary.ID, "Igen.")
	wantCode(t, err, model.EConflict, "justering_note_closed")
	_, err = w.S.CloseJusteringNote(w.Ctx(), 9999, w.Secretary.ID, "Igen.")
	wantCode(t, err, model.ENotFound, "not_found")

	r, err = w.S.JusteringRound(ctx, m.ID)
	check(t, err)
	if len(r.Notes) != 2 || r.Notes[0].ID != chairs.ID || !r.Notes[0].Closed || r.Notes[1].ID != adjusters.ID ||
		r.Notes[1].Closed || r.Notes[1].AuthorID != w.Adjuster.ID {
		t.Fatalf("round %+v", r)
	}
	if s := r.Summary(); s == nil || s.Notes != 2 || s.Open != 1 {
		t.Fatalf("summary %+v", s)
	}
	rows, err := w.S.Audit(ctx, "meeting", "", 0)
	check(t, err)
	var n int
	for _, row := range rows {
		switch row.Action {
		case "meeting.justering_sent", "meeting.justering_note", "meeting.justering_close":
			n++
		}
	}
	if n != 4 {
		t.Errorf("%d audit rows of the round, want 4 (sent, two notes, one closed)", n)
	}
	rep, err := w.S.Check(ctx)
	check(t, err)
	if !rep.OK() {
		t.Errorf("check after the round: %+v", rep)
	}
}

// No sign-off while a note is open; once every note is closed the
// minutes are signed off and their record says the round was done;
// then nothing of the round changes.
func testSignOffWaitsForEveryJusteringNote(t *testing.T, h Harness) {
	w, m := justeringWorld(t, h)
	_, err := w.S.SendForJustering(w.Ctx(), m.ID, w.Secretary.ID)
	check(t, err)
	sent := w.Clock.Last()
	n, err := w.S.AddJusteringNote(w.Ctx(), model.JusteringNote{MeetingID: m.ID, Section: m.Items[1].Number, AuthorID: w.Adjuster.ID, Text: "Skriv ut datumet."})
	check(t, err)

	w.Clock.Reach(m.SignOffFrom())
	_, err = w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair})
	wantCode(t, err, model.EState, "justering_open")
	if msg := model.Message(model.Swedish, "justering_open", 1, "§ 2"); msg == "" {
		t.Fatal("no message")
	}
	_, err = w.S.CloseJusteringNote(w.Ctx(), n.ID, w.Secretary.ID, "Datumet är utskrivet.")
	check(t, err)
	w.SignOff(m)

	rec, err := w.S.MinutesRecord(context.Background(), m.ID)
	check(t, err)
	if j := rec.Minutes.Justering; j == nil || !j.SentAt.Equal(sent) || j.Notes != 1 || j.Open != 0 {
		t.Fatalf("the record's round: %+v", rec.Minutes.Justering)
	}
	_, err = w.S.SendForJustering(w.Ctx(), m.ID, w.Secretary.ID)
	wantCode(t, err, model.ELocked, "meeting_locked")
	_, err = w.S.AddJusteringNote(w.Ctx(), model.JusteringNote{MeetingID: m.ID, Section: m.Items[1].Number, AuthorID: w.Adjuster.ID, Text: "Efteråt."})
	wantCode(t, err, model.ELocked, "meeting_locked")
	rep, err := w.S.Check(context.Background())
	check(t, err)
	if !rep.OK() {
		t.Errorf("check after the sign-off: %+v", rep)
	}
}

// A note closed, or any note of signed-off minutes, cannot be changed
// by plain SQL either.
func testJusteringLocksBehindTheStoresBack(t *testing.T, h Harness) {
	w, m := justeringWorld(t, h)
	b := connect(t, h, w)
	_, err := w.S.SendForJustering(w.Ctx(), m.ID, w.Secretary.ID)
	check(t, err)
	note := model.JusteringNote{MeetingID: m.ID, Section: m.Items[0].Number, AuthorID: w.Chair.ID, Text: "Ett."}
	open, err := w.S.AddJusteringNote(w.Ctx(), note)
	check(t, err)
	closed, err := w.S.AddJusteringNote(w.Ctx(), note)
	check(t, err)
	_, err = w.S.CloseJusteringNote(w.Ctx(), closed.ID, w.Secretary.ID, "Klart.")
	check(t, err)
	wantCode(t, b.SetJusteringReply(closed.ID, "Ändrat i efterhand."), model.ELocked, "justering_note_locked")
	check(t, b.SetJusteringReply(open.ID, "Ännu öppen."))
	_, err = w.S.CloseJusteringNote(w.Ctx(), open.ID, w.Secretary.ID, "Klart.")
	check(t, err)
	w.SignOff(m)
	wantCode(t, b.SetJusteringReply(open.ID, "Efter justeringen."), model.ELocked, "")
}
