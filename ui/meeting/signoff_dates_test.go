package meeting

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// listRowState is what the meetings list's row i says under the date,
// and how it says it.
func listRowState(t *testing.T, f *meetingsFixture, i int) (string, widget.Importance) {
	t.Helper()
	row := f.w.list.CreateItem()
	f.w.list.UpdateItem(i, row)
	state := widgets.CutLabel(row.(*fyne.Container).Objects[1])
	return state.Text, state.Importance
}

// The demo's open meeting is held on 9 December 2026; its minutes are to
// be signed off by the 23rd. Thirteen days after, the window says
// nothing of it; fourteen days after, its row in the list and its header
// warn, in Swedish and in English. The signed-off meeting never warns.
func TestMeetingsWindowWarnsOfMinutesNotSignedOffInTime(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := openDemoMeeting(t, f)

	setClock(t, mt.StartsAt.AddDate(0, 0, 13))
	f.w.showMeeting()
	if state, imp := listRowState(t, f, 0); strings.Contains(state, "justerat i tid") || imp == widget.WarningImportance {
		t.Errorf("13 days after, the row says %q (importance %v)", state, imp)
	}
	if strings.Contains(f.w.when.Text, "inte justerat") {
		t.Errorf("13 days after, the header says %q", f.w.when.Text)
	}

	for _, days := range []int{14, 15} {
		setClock(t, mt.StartsAt.AddDate(0, 0, days))
		f.w.showMeeting()
		state, imp := listRowState(t, f, 0)
		if !strings.HasPrefix(state, "Ej justerat i tid · ") || imp != widget.WarningImportance {
			t.Errorf("%d days after, the row says %q (importance %v)", days, state, imp)
		}
		want := "Protokollet är inte justerat fast mötet hölls för " + strconv.Itoa(days) + " dagar sedan. Det ska justeras senast " +
			"14 dagar efter mötet (kommunallagen 5 kap. 69 §), alltså senast 23 december 2026."
		if f.w.when.Hidden || !strings.HasPrefix(f.w.when.Text, want) || f.w.when.Importance != widget.WarningImportance {
			t.Errorf("%d days after, the header says %q (hidden %v), want %q", days, f.w.when.Text, f.w.when.Hidden, want)
		}
		if state, imp := listRowState(t, f, 1); strings.Contains(state, "justerat i tid") || imp == widget.WarningImportance {
			t.Errorf("the signed-off meeting's row says %q", state)
		}
	}
	if want := "Justeras: Stadshuset, 16 december 2026"; !strings.Contains(f.w.people.Text, want) {
		t.Errorf("the header's people %q lack the planned sign-off %q", f.w.people.Text, want)
	}

	if err := uikit.SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = uikit.SetLanguage("sv") })
	f.w.showMeeting()
	if state, _ := listRowState(t, f, 0); !strings.HasPrefix(state, "Not signed off in time · ") {
		t.Errorf("in English, the row says %q", state)
	}
	if want := "The minutes are not signed off, though the meeting was held 15 days ago."; !strings.HasPrefix(f.w.when.Text, want) {
		t.Errorf("in English, the header says %q", f.w.when.Text)
	}
	if want := "Sign-off: Stadshuset, 16 December 2026"; !strings.Contains(f.w.people.Text, want) {
		t.Errorf("in English, the people %q lack %q", f.w.people.Text, want)
	}
}

// The form says by when the minutes are to be signed off, and warns of a
// day planned after that or before the meeting.
func TestMeetingFormSaysByWhenToSignOff(t *testing.T) {
	f := newMeetingsFixture(t)
	openDemoMeeting(t, f)
	form := f.w.onEdit()
	if form == nil {
		t.Fatal("no form")
	}
	defer form.dlg.Hide()
	hint := form.signOffHint
	want := "Protokollet ska justeras senast 23 december 2026: 14 dagar efter mötet (kommunallagen 5 kap. 69 §)."
	if hint.Hidden || hint.Text != want || hint.Importance == widget.WarningImportance {
		t.Errorf("the hint says %q (hidden %v, importance %v), want %q", hint.Text, hint.Hidden, hint.Importance, want)
	}
	form.signOffDate.SetText("2026-12-24")
	if !strings.HasPrefix(hint.Text, "Den dagen är mer än 14 dagar efter mötet") || hint.Importance != widget.WarningImportance {
		t.Errorf("a day too late: %q (importance %v)", hint.Text, hint.Importance)
	}
	form.signOffDate.SetText("2026-12-08")
	if hint.Text != "Justeringen kan inte vara före mötet, 9 december 2026." || hint.Importance != widget.WarningImportance {
		t.Errorf("a day too early: %q (importance %v)", hint.Text, hint.Importance)
	}
	form.signOffDate.SetText("")
	form.date.SetText("2026-12-10")
	if !strings.Contains(hint.Text, "senast 24 december 2026") || hint.Importance == widget.WarningImportance {
		t.Errorf("the meeting moved a day: %q", hint.Text)
	}
}
