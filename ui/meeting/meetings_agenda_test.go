package meeting

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// A meeting with one item shows "§ N", not "§§ N–N"; one with several
// "§§ first–last", in the header and in the list.
func TestAMeetingWithOneItemShowsOneSection(t *testing.T) {
	f := newMeetingsFixture(t)
	ctx := testCtx("Test")
	m, err := f.store.CreateMeeting(ctx, model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	f.w.reload(m.ID)
	f.w.addItem(m.ID, freeReadyProposals(t, f.store, 1)[0].ID)
	got := f.meeting(m.ID)
	if len(got.Items) != 1 {
		t.Fatalf("%d items", len(got.Items))
	}
	one := fmt.Sprintf("§ %d", got.Items[0].Number)
	if !strings.HasSuffix(f.w.facts.Text, "·   "+one) || strings.Contains(f.w.facts.Text, "§§") {
		t.Errorf("header %q, want it to end in %q", f.w.facts.Text, one)
	}
	if all := labelsOf(f.w.win.Content()); !contains(all, "· "+one) || slices.ContainsFunc(all, func(l string) bool {
		return strings.HasSuffix(l, fmt.Sprintf("§§ %d–%d", got.Items[0].Number, got.Items[0].Number))
	}) {
		t.Errorf("the list does not show %q: %q", one, all)
	}
	// The demo's open meeting has several items.
	for _, mt := range f.w.meetings {
		if first, last := mt.SectionRange(); first > 0 && first < last {
			f.w.show(mt.ID)
			if want := fmt.Sprintf("§§ %d–%d", first, last); !strings.HasSuffix(f.w.facts.Text, want) {
				t.Errorf("header %q, want it to end in %q", f.w.facts.Text, want)
			}
		}
	}
}

func TestAddingToAnEarlierMeetingSaysWhichIsRenumbered(t *testing.T) {
	f := newMeetingsFixture(t)
	ctx := testCtx("Test")
	freeReadyProposals(t, f.store, 1)
	for _, c := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(2026, 12, 2, 13, 0, 0, 0, time.Local), "mötet 9 december 2026 får nya nummer, §§ 11–16 blir §§ 12–17"},
		{time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local), ""},
	} {
		m, err := f.store.CreateMeeting(ctx, model.Meeting{Title: "Extra", Place: "Rum 2", StartsAt: c.day})
		if err != nil {
			t.Fatal(err)
		}
		f.w.reload(m.ID)
		f.w.onAddItem()
		note := f.w.adding.note
		switch {
		case c.want != "" && (note.Hidden || !strings.Contains(note.Text, c.want)):
			t.Errorf("%s: the note says %q (hidden %v), want %q", c.day.Format("2006-01-02"), note.Text, note.Hidden, c.want)
		case c.want == "" && strings.Contains(note.Text, "nya nummer"):
			t.Errorf("%s: a meeting of the next year renumbers nothing, the note says %q", c.day.Format("2006-01-02"), note.Text)
		}
		f.w.adding.dlg.Hide()
	}
}

func TestAnEmptyAgendaSaysHowToFillIt(t *testing.T) {
	f := newMeetingsFixture(t)
	m, err := f.store.CreateMeeting(testCtx("Test"),
		model.Meeting{Title: "Extra", Place: "Rum 2", StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	f.w.reload(m.ID)
	if f.w.agendaEmpty.Hidden || !strings.Contains(f.w.agendaEmpty.Text, "Lägg till ärende") {
		t.Errorf("the empty agenda says %q (hidden %v)", f.w.agendaEmpty.Text, f.w.agendaEmpty.Hidden)
	}
	if _, err := f.store.AddItem(context.Background(), m.ID, freeReadyProposals(t, f.store, 1)[0].ID); err != nil {
		t.Fatal(err)
	}
	f.w.reload(m.ID)
	if !f.w.agendaEmpty.Hidden {
		t.Error("the hint stays over an agenda with an item")
	}
}
