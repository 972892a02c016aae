package sqlstore

import (
	"context"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// SetFollowUpItem puts the item "Uppföljning av beslut" on the agenda of a
// meeting not yet signed off (on), or takes it off. Put on, it is last,
// with the § a new item would get (NextSection); the § of later meetings
// of the year move up by one, and a meeting held before a signed-off
// meeting of its year takes no new item (agenda_before_signed). Taken
// off, the gap closes as RemoveItem closes it. Setting what is already
// set changes nothing. The meeting as it then stands is returned.
func (s Store) SetFollowUpItem(ctx context.Context, meetingID int64, on bool) (out model.Meeting, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		m, err := loadChangeableMeeting(t, meetingID)
		if err != nil {
			return err
		}
		if out = m; (m.FollowUpSection != 0) == on {
			return nil
		}
		signed, signedLater, err := signedAfter(t, meetingID)
		if err != nil {
			return err
		}
		number, moved := m.FollowUpSection, int64(0)
		if on {
			if signedLater {
				return model.Errorf(model.EState, "agenda_before_signed", signed.In(model.Stockholm).Format("2006-01-02"))
			}
			if number, err = NextSection(t, meetingID); err != nil {
				return err
			}
			if moved, err = renumberLater(t, meetingID, number-1, +1); err != nil {
				return err
			}
		}
		set := 0
		if on {
			set = number
		}
		if err := t.Exec(`UPDATE meetings SET followup_section = $1 WHERE id = $2`, set, meetingID); err != nil {
			return err
		}
		if !on && !signedLater {
			if moved, err = renumberLater(t, meetingID, number, -1); err != nil {
				return err
			}
		}
		action := "meeting.followup_item_remove"
		if on {
			action = "meeting.followup_item_add"
		}
		if err := t.Audit(action, "meeting", meetingID, Detail{"number": number, "renumbered": moved}); err != nil {
			return err
		}
		out, err = LoadMeeting(t, meetingID)
		return err
	})
	return out, err
}

// followUpReport reads what meeting m's item "Uppföljning av beslut"
// reports as the tables stand (model.FollowUpReport); nil when m has no
// such item.
func followUpReport(t Tx, m model.Meeting) ([]model.FollowUpLine, error) {
	if m.FollowUpSection == 0 {
		return nil, nil
	}
	var r followUpsRead
	var starts []time.Time
	qs := append(r.queries(t, `true`), Query{`SELECT starts_at FROM meetings`, nil, Into(&starts, func(sc Scanner) (time.Time, error) {
		var s string
		if err := sc.Scan(&s); err != nil {
			return time.Time{}, err
		}
		return ParseTime(s)
	})})
	if err := RunBatch(t, qs...); err != nil {
		return nil, err
	}
	es, err := r.assemble()
	if err != nil {
		return nil, err
	}
	return model.FollowUpReport(es, starts, m.StartsAt), nil
}
