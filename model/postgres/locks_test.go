package postgres_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestProtocolRefusedForAnOpenMeeting(t *testing.T) {
	w := newWorld(t)
	m := w.AddMeeting(start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	w.Decide(it, model.OutcomeApproved)
	db := rawDB(t, w.url)
	wantRefused(t, db, "only a signed-off meeting", `INSERT INTO protocols (meeting_id, pdf, sha256, updated_at) VALUES ($1, '\x25504446'::bytea, $2, '')`,
		m.ID, strings.Repeat("0", 64))
}

func TestProtocolTriggersRefusePlainSQLAndCheckFindsAChangedBlob(t *testing.T) {
	w, m, _ := signedOffWorld(t)
	check(t, w.s.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF-1.7 signed"), Signatures: 1}))
	db := rawDB(t, w.url)
	const refused = "only be extended"
	wantRefused(t, db, refused, `DELETE FROM protocols WHERE meeting_id = $1`, m.ID)
	wantRefused(t, db, refused, `UPDATE protocols SET pdf = '\x255044462d312e37206f74686572'::bytea WHERE meeting_id = $1`, m.ID)
	wantRefused(t, db, refused, `UPDATE protocols SET pdf = substr(pdf, 1, 4) WHERE meeting_id = $1`, m.ID)
	wantRefused(t, db, refused, `UPDATE protocols SET pdf = 'x' || pdf WHERE meeting_id = $1`, m.ID)
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after refused changes: %s", reportText(r))
	}
	// Extending the bytes passes the trigger but not the checksum.
	if _, err := db.Exec(context.Background(), `UPDATE protocols SET pdf = pdf || '\x00'::bytea WHERE meeting_id = $1`, m.ID); err != nil {
		t.Fatal(err)
	}
	r, err = w.s.Check(context.Background())
	check(t, err)
	if r.OK() || !strings.Contains(reportText(r), "protocols") {
		t.Fatalf("check did not find the changed protocol: %s", reportText(r))
	}
	_, err = w.s.Protocol(context.Background(), m.ID)
	wantCode(t, err, model.EInternal, "protocol_sha_mismatch")
}
