package sqlstore

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// A hash chain shows a changed or removed row in its middle, but not rows
// cut off its end. What is stored shows those: every revision, decision,
// sign-off, meeting and agenda item was written together with an audit
// row that records it (by ids, fingerprint and time), so one without its
// row means the log lost rows. Each kind is checked by one query, which
// the audit_entity index (entity, entity_id) serves.

// unlogged is one thing found without its audit row, and when it was
// stored, to tell which came first.
type unlogged struct {
	at   string // stored time, as fmtTime writes it
	what string // in Swedish, for the report
}

// firstUnlogged returns, in Swedish, the first thing stored that has no
// audit row, or "" when everything has one.
func firstUnlogged(t Tx) (string, error) {
	var first unlogged
	for _, find := range []func(Tx) (unlogged, error){unloggedRevision, unloggedDecision, unloggedSignOff, unloggedMeeting, unloggedItem} {
		u, err := find(t)
		if err != nil {
			return "", err
		}
		if u.what != "" && (first.what == "" || u.at < first.at) {
			first = u
		}
	}
	return first.what, nil
}

// firstRow runs q, which returns at most one row of (time, what), and
// returns it, or the zero unlogged when there is none.
func firstRow(t Tx, q string, what func(sc Scanner) (unlogged, error)) (unlogged, error) {
	us, err := Collect(Select(t, q), what)
	if err != nil || len(us) == 0 {
		return unlogged{}, err
	}
	return us[0], nil
}

// unloggedRevision finds the first revision without the proposal.create
// or proposal.update row that made it.
func unloggedRevision(t Tx) (unlogged, error) {
	return firstRow(t, `SELECT r.created_at, coalesce(p.ref, '#' || r.proposal_id), r.number
		FROM revisions r LEFT JOIN proposals p ON p.id = r.proposal_id
		WHERE NOT EXISTS (SELECT 1 FROM audit_log a
			WHERE a.entity = 'proposal' AND a.entity_id = CAST(r.proposal_id AS TEXT)
			  AND a.action IN ('proposal.create', 'proposal.update')
			  AND `+t.DetailIs("revision", "r.number", "fingerprint", "r.fingerprint")+`)
		ORDER BY r.created_at, r.proposal_id, r.number LIMIT 1`, func(sc Scanner) (unlogged, error) {
		var u unlogged
		var ref string
		var n int
		err := sc.Scan(&u.at, &ref, &n)
		u.what = fmt.Sprintf("version %d av förslag %s", n, ref)
		return u, err
	})
}

// unloggedDecision finds the first decision without the decision.record
// row that recorded it as it now stands: its item, revision, fingerprint,
// outcome and time.
func unloggedDecision(t Tx) (unlogged, error) {
	return firstRow(t, `SELECT d.decided_at, d.id, coalesce(p.ref, '#' || d.proposal_id)
		FROM decisions d LEFT JOIN proposals p ON p.id = d.proposal_id
		WHERE NOT EXISTS (SELECT 1 FROM audit_log a
			WHERE a.entity = 'decision' AND a.entity_id = CAST(d.id AS TEXT)
			  AND a.action = 'decision.record' AND a.at = d.decided_at
			  AND `+t.DetailIs("item_id", "d.item_id", "revision", "d.revision",
		"fingerprint", "d.fingerprint", "outcome", "d.outcome")+`)
		ORDER BY d.decided_at, d.id LIMIT 1`, func(sc Scanner) (unlogged, error) {
		var u unlogged
		var id int64
		var ref string
		err := sc.Scan(&u.at, &id, &ref)
		u.what = fmt.Sprintf("beslut %d (förslag %s)", id, ref)
		return u, err
	})
}

// unloggedSignOff finds the first sign-off without its meeting.sign_off
// row.
func unloggedSignOff(t Tx) (unlogged, error) {
	return firstRow(t, `SELECT s.signed_at, s.meeting_id, coalesce(m.starts_at, ''), s.role
		FROM sign_offs s LEFT JOIN meetings m ON m.id = s.meeting_id
		WHERE NOT EXISTS (SELECT 1 FROM audit_log a
			WHERE a.entity = 'meeting' AND a.entity_id = CAST(s.meeting_id AS TEXT)
			  AND a.action = 'meeting.sign_off'
			  AND `+t.DetailIs("role", "s.role", "member_id", "s.member_id", "signed_at", "s.signed_at")+`)
		ORDER BY s.signed_at, s.meeting_id, s.role LIMIT 1`, func(sc Scanner) (unlogged, error) {
		var u unlogged
		var id int64
		var starts string
		var role model.Role
		err := sc.Scan(&u.at, &id, &starts, &role)
		u.what = fmt.Sprintf("justering (%s) av sammanträde %d (%s)", strings.ToLower(role.Label(model.Swedish)), id, meetingDate(starts))
		return u, err
	})
}

// unloggedMeeting finds the first meeting whose latest meeting.create or
// meeting.update row does not record it as it now stands, or that is
// signed off without its meeting.signed_off row. The meeting is compared
// in Go: meetingDetail rebuilt from the stored meeting must be the
// recorded detail, byte for byte.
func unloggedMeeting(t Tx) (unlogged, error) {
	rows, err := t.Query(`SELECT ` + MeetingCols + `,
			(SELECT count(*) FROM attendees WHERE meeting_id = m.id),
			coalesce((SELECT a.detail FROM audit_log a
				WHERE a.entity = 'meeting' AND a.entity_id = CAST(m.id AS TEXT)
				  AND a.action IN ('meeting.create', 'meeting.update')
				ORDER BY a.seq DESC LIMIT 1), ''),
			m.signed_off_at IS NULL OR EXISTS (SELECT 1 FROM audit_log a
				WHERE a.entity = 'meeting' AND a.entity_id = CAST(m.id AS TEXT)
				  AND a.action = 'meeting.signed_off'
				  AND ` + t.DetailIs("signed_off_at", "m.signed_off_at") + `)
		FROM meetings m ORDER BY m.created_at, m.id`)
	if err != nil {
		return unlogged{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var attendees int
		var logged string
		var signLogged bool
		m, err := ScanMeeting(WithExtra{Sc: rows, Extra: []any{&attendees, &logged, &signLogged}})
		if err != nil {
			return unlogged{}, err
		}
		if logged != ToJSON(MeetingDetail(m, attendees)) || !signLogged {
			return unlogged{at: FmtTime(m.CreatedAt),
				what: fmt.Sprintf("sammanträde %d (%s)", m.ID, m.StartsAt.In(model.Stockholm).Format("2006-01-02"))}, nil
		}
	}
	return unlogged{}, rows.Err()
}

// unloggedItem finds the first agenda item without the item.add row that
// put it there, in the order its meeting was made.
func unloggedItem(t Tx) (unlogged, error) {
	return firstRow(t, `SELECT m.created_at, i.number, m.id, m.starts_at
		FROM items i JOIN meetings m ON m.id = i.meeting_id
		WHERE NOT EXISTS (SELECT 1 FROM audit_log a
			WHERE a.entity = 'item' AND a.entity_id = CAST(i.id AS TEXT) AND a.action = 'item.add')
		ORDER BY m.created_at, i.id LIMIT 1`, func(sc Scanner) (unlogged, error) {
		var u unlogged
		var n int
		var id int64
		var starts string
		err := sc.Scan(&u.at, &n, &id, &starts)
		u.what = fmt.Sprintf("§ %d av sammanträde %d (%s)", n, id, meetingDate(starts))
		return u, err
	})
}

// Audit returns the audit rows about one entity, newest first, at most
// limit of them (0 for all), as the adapter's AuditQuery reads them.
func (s Store) Audit(ctx context.Context, entity, entityID string, limit int) (out []model.AuditEntry, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		q, args := t.AuditQuery(entity, entityID, limit)
		out, err = Collect(Select(t, q, args...), ScanAudit)
		return err
	})
	return out, err
}

var auditEntityName = regexp.MustCompile(`^[a-z_]+$`)

// AuditDetailKey is the key under which an audit row's detail names the
// entity with id entityID ("proposal_id" for a proposal), and that id as
// a number, for each adapter's AuditQuery; key is "" when entity or
// entityID is empty or entity is not a plain name, and then no row is
// found by its detail.
func AuditDetailKey(entity, entityID string) (key string, id int64) {
	if entity != "" && entityID != "" && auditEntityName.MatchString(entity) {
		key = entity + "_id"
	}
	id, _ = strconv.ParseInt(entityID, 10, 64)
	return key, id
}
