package sqlstore

import (
	"fmt"

	"github.com/styrgrupp/styrgrupp/model"
)

// revisionLines reports each revision whose stored text does not give its
// fingerprint.
func revisionLines(t Tx) ([]string, error) {
	rows, err := t.Query(`SELECT coalesce(p.ref, '#' || r.proposal_id), r.number, r.content, r.fingerprint
		FROM revisions r LEFT JOIN proposals p ON p.id = r.proposal_id ORDER BY r.proposal_id, r.number`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var ref, fp string
		var n int
		var body []byte
		if err := rows.Scan(&ref, &n, &body, &fp); err != nil {
			return nil, err
		}
		if SHA256Hex(body) != fp {
			out = append(out, fmt.Sprintf("förslag %s version %d: den lagrade texten stämmer inte med versionens fingeravtryck (%s)",
				ref, n, model.ShortFingerprint(fp)))
		}
	}
	return out, rows.Err()
}

// proposalLines reports each proposal whose row (its content columns) is
// not the content of its current revision: the row was changed past the
// store. A missing current revision is left to the foreign key check.
func proposalLines(t Tx) ([]string, error) {
	// revisions has none of the content columns' names: they need no p.
	rows, err := t.Query(`SELECT p.id, ` + ContentCols + `, p.revision, r.fingerprint
		FROM proposals p JOIN revisions r ON r.proposal_id = p.id AND r.number = p.revision ORDER BY p.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id int64
		var row ContentRow
		var n int
		var stored string
		if err := rows.Scan(append(row.Dest(&id), &n, &stored)...); err != nil {
			return nil, err
		}
		c, err := row.Content()
		switch {
		case err != nil:
			out = append(out, fmt.Sprintf("förslag %s: innehållet går inte att läsa (%v)", row.c.Ref, err))
		case model.Fingerprint(c) != stored:
			out = append(out, fmt.Sprintf("förslag %s: innehållet stämmer inte med version %d (fingeravtryck %s, versionens %s)",
				c.Ref, n, model.ShortFingerprint(model.Fingerprint(c)), model.ShortFingerprint(stored)))
		}
	}
	return out, rows.Err()
}

// decisionLines reports each decision whose fingerprint is not that of the
// revision it names. A missing revision is left to the foreign key check.
func decisionLines(t Tx) ([]string, error) {
	return Collect(Select(t, `SELECT d.id, coalesce(p.ref, '#' || d.proposal_id), coalesce(i.number, 0), d.revision,
			d.fingerprint, r.fingerprint
		FROM decisions d JOIN revisions r ON r.proposal_id = d.proposal_id AND r.number = d.revision
		LEFT JOIN proposals p ON p.id = d.proposal_id LEFT JOIN items i ON i.id = d.item_id
		WHERE r.fingerprint <> d.fingerprint ORDER BY d.id`), func(sc Scanner) (string, error) {
		var id int64
		var ref, fp, revFP string
		var number, rev int
		if err := sc.Scan(&id, &ref, &number, &rev, &fp, &revFP); err != nil {
			return "", err
		}
		return fmt.Sprintf("beslut %d (förslag %s, § %d): fingeravtrycket %s stämmer inte med version %d (%s)",
			id, ref, number, model.ShortFingerprint(fp), rev, model.ShortFingerprint(revFP)), nil
	})
}

// signOffLines reports each meeting whose two records of being signed off
// disagree: the sign-offs of both the chair and the adjuster (what
// model.Meeting.SignedOff reads) against signed_off_at (what the triggers
// and the proposals' locks read).
func signOffLines(t Tx) ([]string, error) {
	return Collect(Select(t, `SELECT id, starts_at, signed_off_at IS NOT NULL, signed FROM (
			SELECT m.id, m.starts_at, m.signed_off_at,
				EXISTS (SELECT 1 FROM sign_offs s WHERE s.meeting_id = m.id AND s.role = 'chair')
				AND EXISTS (SELECT 1 FROM sign_offs s WHERE s.meeting_id = m.id AND s.role = 'adjuster') AS signed
			FROM meetings m) AS x
		WHERE (signed_off_at IS NOT NULL) <> signed ORDER BY starts_at, id`), func(sc Scanner) (string, error) {
		var id int64
		var starts string
		var marked, signed bool
		if err := sc.Scan(&id, &starts, &marked, &signed); err != nil {
			return "", err
		}
		what := "ordföranden och justeraren har justerat, men sammanträdet är inte markerat som justerat (signed_off_at saknas)"
		if marked {
			what = "sammanträdet är markerat som justerat (signed_off_at), men ordförandens eller justerarens justering saknas"
		}
		return fmt.Sprintf("sammanträde %d (%s): %s", id, meetingDate(starts), what), nil
	})
}
