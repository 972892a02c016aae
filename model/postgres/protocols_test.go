package postgres_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestProtocolIsSavedExtendedAndNeverReplaced(t *testing.T) {
	w, m, _ := signedOffWorld(t)
	ctx := context.Background()
	got, err := w.s.Protocol(ctx, m.ID)
	check(t, err)
	if got != nil {
		t.Fatalf("a new meeting has a protocol: %d bytes", len(got))
	}
	first := []byte("%PDF-1.7 first signature")
	check(t, w.s.SaveProtocol(w.ctx(), model.Protocol{MeetingID: m.ID, PDF: first, Signatures: 1}))
	second := append(bytes.Clone(first), " second signature"...)
	check(t, w.s.SaveProtocol(w.ctx(), model.Protocol{MeetingID: m.ID, PDF: second, Signatures: 2}))
	got, err = w.s.Protocol(ctx, m.ID)
	check(t, err)
	if !bytes.Equal(got, second) {
		t.Fatalf("stored %q, want %q", got, second)
	}

	wantCode(t, w.s.SaveProtocol(w.ctx(), model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF-1.7 another file entirely")}),
		model.EConflict, "protocol_not_extension")
	wantCode(t, w.s.SaveProtocol(w.ctx(), model.Protocol{MeetingID: m.ID, PDF: first}), model.EConflict, "protocol_not_extension")
	wantCode(t, w.s.SaveProtocol(w.ctx(), model.Protocol{MeetingID: m.ID, PDF: second}), model.EConflict, "protocol_not_extension")

	audit, err := w.s.Audit(ctx, "meeting", "", 0)
	check(t, err)
	saved := 0
	for _, a := range audit {
		if a.Action == "meeting.protocol" {
			saved++
			if saved == 1 && (!strings.Contains(a.Detail, `"signatures":2`) || !strings.Contains(a.Detail, model.Protocol{PDF: second}.SHA256())) {
				t.Errorf("audit detail %s lacks the signatures or the sha256", a.Detail)
			}
		}
	}
	if saved != 2 {
		t.Errorf("%d meeting.protocol audit rows, want 2", saved)
	}
	r, err := w.s.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %s", reportText(r))
	}
}

func TestProtocolRefusedForAnOpenMeeting(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	it := w.addItem(m, w.ready("1.1", "Insats"))
	w.decide(it, model.OutcomeApproved)
	wantCode(t, w.s.SaveProtocol(w.ctx(), model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF")}), model.EState, "protocol_not_signed_off")
	db := rawDB(t, w.url)
	wantRefused(t, db, "only a signed-off meeting", `INSERT INTO protocols (meeting_id, pdf, sha256, updated_at) VALUES ($1, '\x25504446'::bytea, $2, '')`,
		m.ID, strings.Repeat("0", 64))
}

func TestProtocolTriggersRefusePlainSQLAndCheckFindsAChangedBlob(t *testing.T) {
	w, m, _ := signedOffWorld(t)
	check(t, w.s.SaveProtocol(w.ctx(), model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF-1.7 signed"), Signatures: 1}))
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
