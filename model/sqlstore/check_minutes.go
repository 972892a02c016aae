package sqlstore

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// signedMeeting is what the store holds about one meeting's sign-off: the
// meeting's own mark, its sign-offs, the audit row that recorded the
// locking, and the frozen record.
type signedMeeting struct {
	id       int64
	starts   string
	marked   bool           // signed_off_at is set
	signOffs int            // rows in sign_offs
	logSeq   sql.NullInt64  // the latest meeting.signed_off row
	logFP    string         // its minutes_fingerprint, "" when none
	record   sql.NullString // minutes_records.record
	fp       string
	auditSeq int64
	audHash  string
}

func (m signedMeeting) name() string {
	return fmt.Sprintf("sammanträde %d (%s)", m.id, meetingDate(m.starts))
}

// minutesLines checks every meeting that is signed off, has a frozen
// record, or that the audit log says was signed off: that the three agree,
// that the record gives its fingerprint and the audit row's, that the
// audit row the record names is still in the log as it was, and that the
// meeting read again from the tables is the meeting frozen. Each line
// names the meeting and what differs (table, row, field). A meeting
// signed off before minutes were frozen (its audit row has no
// minutes_fingerprint) has only its marks compared.
func minutesLines(t Tx) ([]string, error) {
	ms, err := Collect(Select(t, `SELECT m.id, m.starts_at, m.signed_off_at IS NOT NULL,
			(SELECT count(*) FROM sign_offs s WHERE s.meeting_id = m.id),
			a.seq, CASE WHEN `+t.IsJSON("a.detail")+` THEN coalesce(`+t.JSONText("a.detail", "minutes_fingerprint")+`, '') ELSE '' END,
			r.record, coalesce(r.fingerprint, ''), coalesce(r.audit_seq, 0), coalesce(r.audit_hash, '')
		FROM meetings m
		LEFT JOIN minutes_records r ON r.meeting_id = m.id
		LEFT JOIN audit_log a ON a.seq = (SELECT max(x.seq) FROM audit_log x
			WHERE x.entity = 'meeting' AND x.entity_id = CAST(m.id AS TEXT) AND x.action = 'meeting.signed_off')
		ORDER BY m.starts_at, m.id`), func(sc Scanner) (signedMeeting, error) {
		var m signedMeeting
		err := sc.Scan(&m.id, &m.starts, &m.marked, &m.signOffs, &m.logSeq, &m.logFP, &m.record, &m.fp, &m.auditSeq, &m.audHash)
		return m, err
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range ms {
		lines, err := meetingMinutesLines(t, m)
		if err != nil {
			return nil, err
		}
		out = append(out, lines...)
	}
	return out, nil
}

// meetingMinutesLines checks one meeting as minutesLines says.
func meetingMinutesLines(t Tx, m signedMeeting) ([]string, error) {
	if !m.logSeq.Valid && !m.marked && !m.record.Valid {
		return nil, nil
	}
	var out []string
	say := func(format string, args ...any) {
		out = append(out, m.name()+": "+fmt.Sprintf(format, args...))
	}
	if m.logSeq.Valid && !m.marked {
		say("granskningsloggen säger att det justerades (rad %d), men meetings.signed_off_at är tomt", m.logSeq.Int64)
	}
	if m.logSeq.Valid && m.signOffs < 2 {
		say("granskningsloggen säger att det justerades (rad %d), men tabellen sign_offs har %d av 2 justeringar", m.logSeq.Int64, m.signOffs)
	}
	if !m.record.Valid {
		if m.logFP != "" {
			say("det frysta protokollet saknas i minutes_records, fast granskningsloggen (rad %d) har dess fingeravtryck %s",
				m.logSeq.Int64, model.ShortFingerprint(m.logFP))
		}
		return out, nil
	}
	if !m.logSeq.Valid {
		say("minutes_records har ett fryst protokoll, men granskningsloggen har ingen rad om justeringen")
	}
	if SHA256Hex([]byte(m.record.String)) != m.fp {
		say("minutes_records: det frysta protokollet stämmer inte med sitt fingeravtryck %s", model.ShortFingerprint(m.fp))
	}
	if m.logSeq.Valid && m.logFP != m.fp {
		say("minutes_records har protokollets fingeravtryck %s, granskningsloggen (rad %d) %s",
			model.ShortFingerprint(m.fp), m.logSeq.Int64, model.ShortFingerprint(m.logFP))
	}
	var hash string
	err := t.QueryRow(`SELECT hash FROM audit_log WHERE seq = $1`, m.auditSeq).Scan(&hash)
	switch {
	case IsNoRows(err):
		say("granskningsloggen saknar rad %d, som justeringen i minutes_records pekar på: rader har tagits bort ur loggen", m.auditSeq)
	case err != nil:
		return nil, err
	case hash != m.audHash:
		say("granskningsloggens rad %d är inte den som justeringen i minutes_records pekar på", m.auditSeq)
	}
	frozen, err := model.ParseFrozenMinutes([]byte(m.record.String))
	if err != nil {
		say("minutes_records: det frysta protokollet går inte att läsa (%v)", err)
		return out, nil
	}
	now, err := FreezeMeeting(t, m.id)
	if err != nil {
		say("sammanträdet går inte att läsa ur tabellerna för att jämföras med det frysta protokollet (%v)", err)
		return out, nil
	}
	// What the item "Uppföljning av beslut" reported has no table: the
	// follow-ups go on after the sign-off, and the record, fingerprinted
	// in the audit row, is its only home.
	now.FollowUps = frozen.FollowUps
	if string(now.Canonical()) == m.record.String {
		return out, nil
	}
	for _, c := range frozen.Changes(now) {
		logged, err := loggedRename(t, c, now, m.auditSeq)
		if err != nil {
			return nil, err
		}
		if !logged {
			say("%s har ändrats sedan justeringen", c)
		}
	}
	return out, nil
}

// loggedRename tells whether change c is a member's name or title that
// the store changed after the sign-off (audit row after seq): the
// member's latest audit row is later and records the value the members
// table holds now. The minutes keep the name of the day; the change is
// not a tampering.
func loggedRename(t Tx, c model.MinutesChange, now model.FrozenMinutes, seq int64) (bool, error) {
	if c.Table != "members" || (c.Field != "Name" && c.Field != "Title") {
		return false, nil
	}
	var value string
	found := false
	for _, m := range now.Members {
		if m.ID == c.Row {
			value, found = m.Name, true
			if c.Field == "Title" {
				value = m.Title
			}
		}
	}
	if !found {
		return false, nil
	}
	var at int64
	var d string
	err := t.QueryRow(`SELECT seq, detail FROM audit_log WHERE entity = 'member' AND entity_id = $1
		ORDER BY seq DESC LIMIT 1`, fmt.Sprint(c.Row)).Scan(&at, &d)
	if IsNoRows(err) || (err == nil && at <= seq) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	var logged map[string]any
	if json.Unmarshal([]byte(d), &logged) != nil {
		return false, nil
	}
	v, ok := logged[strings.ToLower(c.Field)].(string)
	return ok && v == value, nil
}

// protocolLines finds each stored protocol whose bytes do not match the
// SHA-256 kept beside them.
func protocolLines(t Tx) ([]string, error) {
	type row struct {
		id  int64
		pdf []byte
		sum string
	}
	rows, err := Collect(Select(t, `SELECT meeting_id, pdf, sha256 FROM protocols ORDER BY meeting_id`),
		func(sc Scanner) (row, error) {
			var r row
			err := sc.Scan(&r.id, &r.pdf, &r.sum)
			return r, err
		})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		if got := SHA256Hex(r.pdf); got != r.sum {
			out = append(out, fmt.Sprintf("sammanträde %d: protocols: det sparade protokollet har SHA-256 %s, men raden säger %s",
				r.id, model.ShortFingerprint(got), model.ShortFingerprint(r.sum)))
		}
	}
	return out, nil
}
