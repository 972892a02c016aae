package sqlstore

import (
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The § numbers of items run through a calendar year in Swedish time, in
// the order the meetings are held (starts_at, then id), and within a
// meeting in agenda order, the item "Uppföljning av beslut"
// (meetings.followup_section) last. The rules that keep them so:
//
//   - a meeting's year is that of its start in Europe/Stockholm, whatever
//     zone the time was given in;
//   - a new item follows the last § of the meetings of its year held
//     before it or at it, and the items of later meetings, none of which
//     may be signed off, move up by one;
//   - a removed item's gap is closed by moving the rest of its meeting and
//     later meetings down, unless a later meeting is signed off;
//   - a meeting with items keeps its year and its place among the
//     meetings with items.

// SectionYear is the calendar year whose § numbers a meeting starting at t
// takes part in.
func SectionYear(t time.Time) int { return t.In(model.Stockholm).Year() }

// laterMeetings selects the ids of the meetings of meeting $1's year held
// after it: by starts_at, then by id.
const laterMeetings = `SELECT o.id FROM meetings o JOIN meetings m ON m.id = $1
	WHERE o.year = m.year AND (o.starts_at > m.starts_at OR (o.starts_at = m.starts_at AND o.id > m.id))`

// signedAfter returns the start of the first signed-off meeting of the
// meeting's year held after it, if there is one.
func signedAfter(t Tx, meetingID int64) (time.Time, bool, error) {
	var starts string
	err := t.QueryRow(`SELECT starts_at FROM meetings WHERE signed_off_at IS NOT NULL AND id IN (`+laterMeetings+`)
		ORDER BY starts_at, id LIMIT 1`, meetingID).Scan(&starts)
	if err != nil {
		return time.Time{}, false, IgnoreNoRows(err)
	}
	at, err := ParseTime(starts)
	return at, err == nil, err
}

// NextSection returns the § a new item of the meeting gets: one after the
// last § (an item's or a follow-up item's) of the meetings of its year
// held before it or at it.
func NextSection(t Tx, meetingID int64) (int, error) {
	const upTo = `JOIN meetings m ON m.id = $1
		WHERE o.year = m.year AND (o.starts_at < m.starts_at OR (o.starts_at = m.starts_at AND o.id <= m.id))`
	var n int
	err := t.QueryRow(`SELECT 1 + coalesce(max(s.n), 0) FROM (
		SELECT i.number AS n FROM items i JOIN meetings o ON o.id = i.meeting_id `+upTo+`
		UNION ALL SELECT o.followup_section FROM meetings o `+upTo+`) AS s`, meetingID).Scan(&n)
	return n, err
}

// renumberLater moves the § of the items and follow-up items of the
// meetings held after the meeting in its year, and of its own numbered
// after from, by delta. It returns how many moved. Signed-off meetings are never touched:
// the callers refuse or skip the move when one is later.
func renumberLater(t Tx, meetingID int64, from, delta int) (int64, error) {
	n, err := t.Update(`UPDATE items SET number = number + $3
		WHERE number > $2 AND (meeting_id = $1 OR meeting_id IN (`+laterMeetings+` AND o.signed_off_at IS NULL))`,
		meetingID, from, delta)
	if err != nil {
		return 0, err
	}
	f, err := t.Update(`UPDATE meetings SET followup_section = followup_section + $3
		WHERE followup_section > $2 AND (id = $1 OR id IN (`+laterMeetings+` AND o.signed_off_at IS NULL))`,
		meetingID, from, delta)
	return n + f, err
}

// checkMeetingMove refuses to move a meeting that has items to another
// year, or past another meeting of its year that has items: its § numbers
// would no longer follow the order of the meetings.
func checkMeetingMove(t Tx, old, m model.Meeting) error {
	if !old.HasAgenda() || m.StartsAt.Equal(old.StartsAt) {
		return nil
	}
	if SectionYear(m.StartsAt) != SectionYear(old.StartsAt) {
		return model.Errorf(model.EState, "meeting_move_with_items")
	}
	before := func(starts time.Time) (int, error) {
		var n int
		err := t.QueryRow(`SELECT count(*) FROM meetings o
			WHERE o.id <> $1 AND o.year = $2
			  AND (o.followup_section > 0 OR EXISTS (SELECT 1 FROM items i WHERE i.meeting_id = o.id))
			  AND (o.starts_at < $3 OR (o.starts_at = $3 AND o.id < $1))`,
			m.ID, SectionYear(old.StartsAt), FmtTime(starts)).Scan(&n)
		return n, err
	}
	was, err := before(old.StartsAt)
	if err != nil {
		return err
	}
	now, err := before(m.StartsAt)
	if err != nil {
		return err
	}
	if was != now {
		return model.Errorf(model.EState, "meeting_move_with_items")
	}
	return nil
}

// IgnoreNoRows passes err on unless it says that no row was found.
func IgnoreNoRows(err error) error {
	if IsNoRows(err) {
		return nil
	}
	return err
}
