package demo

import (
	"context"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// StoryTime is the moment the demo's story was written for: just after
// its open meeting (13.00–16.00), on the date group.json gives it, when
// its decisions can be recorded and its minutes signed off. A store written with a
// clock at StoryTime (model.WithClock) holds the demo exactly as the
// files date it, which tests that name its dates rely on.
var StoryTime = time.Date(2026, 12, 9, 16, 30, 0, 0, Stockholm)

// when places the story in time. The open meeting (the one not signed
// off) is held on the day the store is written, so a new user can run it
// in meeting mode at once: it starts at its planned hour, or earlier,
// at the last quarter hour, when the store is written before that hour.
// The history (comments, the signed-off meeting) stays dated as the files
// date it, or, when the store is written before the history's last day,
// is moved back by whole days to end the day before, so that it always
// lies before the open meeting. The follow-up of the signed-off meeting's
// decisions, which the files date in the weeks before the open meeting,
// moves with the open meeting: it keeps its distance in days to the day
// the store is written, so work on track is on track and a review date
// passed has passed whenever the demo is written.
type when struct {
	now    time.Time // the store's clock, in Stockholm time
	shift  int       // days every dated event of the history moves
	recent int       // days every dated event of the follow-up moves
}

func newWhen(ctx context.Context, g Group) when {
	w := when{now: model.Now(ctx).In(Stockholm)}
	last := model.DateOf(created)
	later := func(d model.Date) {
		if last.Before(d) {
			last = d
		}
	}
	for _, c := range g.Comments {
		if t, err := time.ParseInLocation("2006-01-02T15:04:05", c.At, Stockholm); err == nil {
			later(model.DateOf(t.Add(26 * time.Hour))) // resolved a day later
		}
	}
	for _, m := range g.Meetings {
		if m.SignedOff {
			later(m.Date)
			later(m.SignOffDate)
		}
	}
	today := model.DateOf(w.now)
	if !last.Before(today) {
		w.shift = days(last, today) - 1
	}
	for _, m := range g.Meetings {
		if !m.SignedOff {
			w.recent = days(m.Date, today)
		}
	}
	return w
}

// days is the number of days from a to b.
func days(a, b model.Date) int { return int(b.Time().Sub(a.Time()).Hours() / 24) }

// followUp moves a time of the follow-up.
func (w when) followUp(t time.Time) time.Time { return t.AddDate(0, 0, w.recent) }

// followUpDate moves a date of the follow-up.
func (w when) followUpDate(d model.Date) model.Date {
	if d.IsZero() {
		return d
	}
	return model.DateOf(d.Time().AddDate(0, 0, w.recent))
}

// history moves a time of the history.
func (w when) history(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.AddDate(0, 0, w.shift)
}

// historyDate moves a date of the history.
func (w when) historyDate(d model.Date) model.Date {
	if d.IsZero() {
		return d
	}
	return model.DateOf(d.Time().AddDate(0, 0, w.shift))
}

// openMeeting places the open meeting on the day the store is written:
// its start, end and the day of its sign-off, the planned length and the
// days to the sign-off kept.
func (w when) openMeeting(gm groupMeeting, starts, ends time.Time) (time.Time, time.Time, model.Date) {
	y, m, d := w.now.Date()
	at := time.Date(y, m, d, starts.Hour(), starts.Minute(), 0, 0, Stockholm)
	if soon := w.now.Truncate(15 * time.Minute); soon.Before(at) {
		at = soon
	}
	if !ends.IsZero() {
		ends = at.Add(ends.Sub(starts))
	}
	signOff := gm.SignOffDate
	if !signOff.IsZero() {
		signOff = model.DateOf(time.Date(y, m, d+days(gm.Date, signOff), 12, 0, 0, 0, Stockholm))
	}
	return at, ends, signOff
}
