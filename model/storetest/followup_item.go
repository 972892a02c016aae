package storetest

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// sections returns the § of the meeting's items in agenda order and that
// of its follow-up item (0 for none).
func (w *World) sections(id int64) ([]int, int) {
	w.T.Helper()
	m := w.meetingNow(id)
	var out []int
	for _, it := range m.Items {
		out = append(out, it.Number)
	}
	return out, m.FollowUpSection
}

func (w *World) wantSections(id int64, items []int, followUp int) {
	w.T.Helper()
	got, fu := w.sections(id)
	if len(got) != len(items) || fu != followUp {
		w.T.Fatalf("meeting %d: § %v and follow-up § %d, want %v and %d", id, got, fu, items, followUp)
	}
	for i := range got {
		if got[i] != items[i] {
			w.T.Fatalf("meeting %d: § %v and follow-up § %d, want %v and %d", id, got, fu, items, followUp)
		}
	}
}

// The item "Uppföljning av beslut" takes the next § and stays last: a
// proposal added after it takes its §, and it moves up; later meetings'
// § move with it; taken off, the gap closes. Setting what is set changes
// nothing.
func testFollowUpItemIsTheLastSection(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	later := w.AddMeeting(Start.Add(40 * 24 * time.Hour))
	w.AddItem(m, w.Ready("1.1", "Första"))
	w.AddItem(later, w.Ready("1.2", "Senare"))

	got, err := w.S.SetFollowUpItem(w.Ctx(), m.ID, true)
	check(t, err)
	if got.FollowUpSection != 2 {
		t.Fatalf("follow-up item at § %d, want 2", got.FollowUpSection)
	}
	w.wantSections(later.ID, []int{3}, 0)
	again, err := w.S.SetFollowUpItem(w.Ctx(), m.ID, true)
	check(t, err)
	if again.FollowUpSection != 2 {
		t.Fatalf("set twice: § %d", again.FollowUpSection)
	}

	it := w.AddItem(m, w.Ready("1.3", "Tillagd efter"))
	if it.Number != 2 {
		t.Errorf("an item added after the follow-up item has § %d, want 2", it.Number)
	}
	w.wantSections(m.ID, []int{1, 2}, 3)
	w.wantSections(later.ID, []int{4}, 0)
	if first, last := w.meetingNow(m.ID).SectionRange(); first != 1 || last != 3 {
		t.Errorf("section range %d–%d, want 1–3", first, last)
	}

	check(t, w.S.RemoveItem(w.Ctx(), it.ID))
	w.wantSections(m.ID, []int{1}, 2)
	w.wantSections(later.ID, []int{3}, 0)

	_, err = w.S.SetFollowUpItem(w.Ctx(), later.ID, true)
	check(t, err)
	w.wantSections(later.ID, []int{3}, 4)
	off, err := w.S.SetFollowUpItem(w.Ctx(), m.ID, false)
	check(t, err)
	if off.FollowUpSection != 0 {
		t.Fatalf("taken off, the follow-up item is at § %d", off.FollowUpSection)
	}
	w.wantSections(m.ID, []int{1}, 0)
	w.wantSections(later.ID, []int{2}, 3)
	_, err = w.S.SetFollowUpItem(w.Ctx(), m.ID, false)
	check(t, err)

	// A meeting with only the follow-up item keeps its place among the
	// meetings with items.
	moved := w.meetingNow(later.ID)
	moved.StartsAt = m.StartsAt.Add(-time.Hour)
	_, err = w.S.UpdateMeeting(w.Ctx(), moved)
	wantCode(t, err, model.EState, "meeting_move_with_items")

	rows, err := w.S.Audit(context.Background(), "meeting", strconv.FormatInt(m.ID, 10), 1)
	check(t, err)
	if len(rows) != 1 || rows[0].Action != "meeting.followup_item_remove" {
		t.Errorf("the last audit row on the meeting: %+v", rows)
	}
}

// Once the meeting is signed off, the follow-up item is neither added
// nor taken off, and a meeting held before a signed-off one of its year
// takes none. The minutes record keeps what it reported at the sign-off
// (the follow-ups due since the previous meeting) and a later save of a
// follow-up changes neither the record nor the check.
func testFollowUpItemIsFixedAtSignOff(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	early := w.AddMeeting(Start)
	first := w.AddMeeting(Start.Add(48 * time.Hour))
	approved := w.AddItem(first, w.Ready("1.1", "Godkänd insats"))
	w.Decide(approved, model.OutcomeApproved)
	w.SignOff(first)
	_, err := w.S.SetFollowUpItem(w.Ctx(), first.ID, true)
	wantCode(t, err, model.ELocked, "meeting_locked")
	_, err = w.S.SetFollowUpItem(w.Ctx(), early.ID, true)
	wantCode(t, err, model.EState, "agenda_before_signed")

	f, err := w.S.FollowUp(ctx, approved.ProposalID)
	check(t, err)
	check(t, f.MoveTo(model.FollowUpInProgress))
	check(t, f.SetProgress(30))
	f.ReviewDate = model.NewDate(2026, 10, 1)
	f.Notes = []model.FollowUpNote{{Date: model.NewDate(2026, 9, 20), AuthorID: w.Member.ID, Text: "Två skolor i gång."}}
	_, err = w.S.SaveFollowUp(w.Ctx(), f)
	check(t, err)

	next := w.AddMeeting(time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC))
	it := w.AddItem(next, w.Ready("1.2", "Ny insats"))
	_, err = w.S.SetFollowUpItem(w.Ctx(), next.ID, true)
	check(t, err)
	w.Decide(it, model.OutcomeApproved)
	signed := w.SignOff(w.meetingNow(next.ID))
	if signed.FollowUpSection != 3 {
		t.Fatalf("signed meeting's follow-up item at § %d, want 3", signed.FollowUpSection)
	}
	_, err = w.S.SetFollowUpItem(w.Ctx(), next.ID, false)
	wantCode(t, err, model.ELocked, "meeting_locked")

	rec, err := w.S.MinutesRecord(ctx, next.ID)
	check(t, err)
	want := []model.FollowUpLine{{ProposalID: approved.ProposalID, Ref: "1.1", Title: "Godkänd insats",
		Status: model.FollowUpInProgress, Progress: 30, ReviewDate: model.NewDate(2026, 10, 1),
		Overdue: model.OverdueReview, NoteDate: model.NewDate(2026, 9, 20), Note: "Två skolor i gång."}}
	if len(rec.Minutes.FollowUps) != 1 || rec.Minutes.FollowUps[0] != want[0] || rec.Minutes.Meeting.FollowUpSection != 3 {
		t.Fatalf("frozen follow-ups %+v at § %d, want %+v at § 3", rec.Minutes.FollowUps, rec.Minutes.Meeting.FollowUpSection, want)
	}

	f, err = w.S.FollowUp(ctx, approved.ProposalID)
	check(t, err)
	check(t, f.SetProgress(90))
	f.Notes = append(f.Notes, model.FollowUpNote{Date: model.NewDate(2026, 10, 20), AuthorID: w.Member.ID, Text: "Nästan klart."})
	_, err = w.S.SaveFollowUp(w.Ctx(), f)
	check(t, err)
	after, err := w.S.MinutesRecord(ctx, next.ID)
	check(t, err)
	if after.Fingerprint != rec.Fingerprint || after.Minutes.FollowUps[0] != want[0] {
		t.Errorf("a follow-up saved after the sign-off changed the record: %+v", after.Minutes.FollowUps)
	}
	r, err := w.S.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after a follow-up saved after the sign-off: %+v", r)
	}
}
