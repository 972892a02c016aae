package meeting

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// While the store's server cannot be reached the meetings window says so
// in its banner, not in a dialog, and keeps the meetings it shows; the
// next reading that succeeds (the main window reloads it when the server
// answers) hides the banner.
func TestTheMeetingsWindowShowsAnOutageInItsBanner(t *testing.T) {
	starts := time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)
	meetings := []model.Meeting{{ID: 1, Place: "Rum 1", StartsAt: starts, EndsAt: starts.Add(time.Hour)}}
	s := fakeStore(&meetings)
	down := false
	read := s.MeetingsFn
	s.MeetingsFn = func(ctx context.Context) ([]model.Meeting, error) {
		if down {
			return nil, model.Errorf(model.EUnavailable, "store_unreachable", "db.kommun.se", "anslutningen nekades")
		}
		return read(ctx)
	}
	w, held := openOnFake(t, s)
	(*held)[0]()

	down = true
	w.Reload()
	(*held)[1]()
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog is in the way: %q", labelsOf(top))
	}
	if !w.banner.Shown() || !strings.Contains(w.banner.Text(), "db.kommun.se") {
		t.Fatalf("the banner (shown %v) says %q", w.banner.Shown(), w.banner.Text())
	}
	if !contains(labelsOf(w.win.Content()), "db.kommun.se") || len(w.meetings) != 1 {
		t.Errorf("the window shows %d meetings and %q", len(w.meetings), labelsOf(w.win.Content()))
	}

	down = false
	w.Reload()
	(*held)[2]()
	if w.banner.Shown() {
		t.Error("the banner stays after a reading succeeded")
	}
}
