package meeting

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// Editing a meeting in its form keeps the §§ a member came and went at,
// and the guests, which the form does not show; a member ticked absent
// loses them.
func TestAttendanceTheMeetingFormKeepsFromToAndGuests(t *testing.T) {
	f := newMeetingsFixture(t)
	var mt model.Meeting
	for _, m := range f.w.meetings {
		if m.StartsAt.Format("2006-01-02") == openMeetingDate {
			mt = f.meeting(m.ID)
		}
	}
	guests := 0
	for i := range mt.Attendees {
		switch mt.Attendees[i].MemberID {
		case voteLate:
			mt.Attendees[i].From = 13
		case voteAbsent:
			mt.Attendees[i].To = 12
		case 0:
			guests++
		}
	}
	if guests == 0 {
		t.Fatal("the demo's open meeting has no guests")
	}
	if _, err := f.store.UpdateMeeting(testCtx("Test"), mt); err != nil {
		t.Fatal(err)
	}
	f.w.Reload()
	f.w.selected = mt.ID
	form := f.w.openForm(f.meeting(mt.ID))
	form.present[voteAbsent].SetChecked(false)
	form.onSave()
	if !form.message.Hidden {
		t.Fatalf("the form refused: %s", form.message.Text)
	}
	got := f.meeting(mt.ID)
	if a := voteAttendee(t, got.Attendees, voteLate); a.From != 13 || a.To != 0 {
		t.Errorf("the late arrival became %+v", *a)
	}
	if a := voteAttendee(t, got.Attendees, voteAbsent); a.Present || a.From != 0 || a.To != 0 {
		t.Errorf("the member ticked absent is %+v", *a)
	}
	kept := 0
	for _, a := range got.Attendees {
		if a.MemberID == 0 {
			kept++
		}
	}
	if kept != guests {
		t.Errorf("%d guests kept of %d", kept, guests)
	}
}
