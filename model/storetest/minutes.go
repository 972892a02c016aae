package storetest

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The minutes are frozen by the second sign-off and not before: an open
// meeting, one signed by the chair alone and one that does not exist
// have no record and no protocol. The record is the meeting as signed,
// with the names of the day, its fingerprint and the audit row of the
// sign-off; a later rename through the store leaves it as it was.
func testMinutesRecord(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	w.Decide(it, model.OutcomeApproved)
	noRecord := func(id int64, when string) {
		t.Helper()
		_, err := w.S.MinutesRecord(ctx, id)
		wantCode(t, err, model.ENotFound, "")
		pdf, err := w.S.Protocol(ctx, id)
		if err != nil || pdf != nil {
			t.Errorf("%s: protocol %d bytes, %v; want none", when, len(pdf), err)
		}
	}
	noRecord(m.ID, "open meeting")
	noRecord(m.ID+1000, "no such meeting")
	w.Clock.Reach(m.SignOffFrom())
	_, err := w.S.SignOff(w.Clock.At("Anna Lindqvist"), model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair})
	check(t, err)
	noRecord(m.ID, "after the chair alone")
	signed, err := w.S.SignOff(w.Clock.At("Cecilia Öberg"), model.SignOff{MeetingID: m.ID, MemberID: w.Adjuster.ID, Role: model.RoleAdjuster})
	check(t, err)

	rec, err := w.S.MinutesRecord(ctx, m.ID)
	check(t, err)
	f := rec.Minutes
	if f.Meeting.ID != m.ID || !f.Meeting.SignedOff() || len(f.Meeting.Items) != 1 ||
		f.Meeting.Items[0].Decision.Outcome != model.OutcomeApproved || f.Refs[it.ProposalID] != "1.1" {
		t.Fatalf("frozen minutes %+v, want the signed meeting %+v", f, signed)
	}
	if rec.Fingerprint == "" || rec.Fingerprint != f.MinutesFingerprint() {
		t.Errorf("fingerprint %q, the minutes give %q", rec.Fingerprint, f.MinutesFingerprint())
	}
	if got := f.MemberMap()[w.Chair.ID]; got.Name != w.Chair.Name || got.Title != w.Chair.Title {
		t.Errorf("the minutes name the chair %+v, want %+v", got, w.Chair)
	}
	rows, err := w.S.Audit(ctx, "meeting", strconv.FormatInt(m.ID, 10), 1)
	check(t, err)
	if len(rows) != 1 || rows[0].Action != "meeting.signed_off" || rows[0].Seq != rec.AuditSeq || rows[0].Hash != rec.AuditHash {
		t.Errorf("record at audit row %d %s, the log's last row on the meeting is %+v", rec.AuditSeq, rec.AuditHash, rows)
	}

	renamed := w.Chair
	renamed.Name, renamed.Title = "Anna Lindqvist Berg", "Regiondirektör"
	_, err = w.S.UpdateMember(w.Ctx(), renamed)
	check(t, err)
	after, err := w.S.MinutesRecord(ctx, m.ID)
	check(t, err)
	if after.Fingerprint != rec.Fingerprint || after.Minutes.MemberMap()[w.Chair.ID].Name != w.Chair.Name {
		t.Errorf("the frozen minutes changed with the rename: %+v", after.Minutes.MemberMap()[w.Chair.ID])
	}
	r, err := w.S.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after a rename through the store: %+v %+v", r, r.Chain)
	}
}

func testProtocolIsSavedExtendedAndNeverReplaced(t *testing.T, h Harness) {
	w, m, _ := signedOffWorld(t, h)
	ctx := context.Background()
	got, err := w.S.Protocol(ctx, m.ID)
	check(t, err)
	if got != nil {
		t.Fatalf("a new meeting has a protocol: %d bytes", len(got))
	}
	first := []byte("%PDF-1.7 first signature")
	check(t, w.S.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: first, Signatures: 1}))
	second := append(bytes.Clone(first), " second signature"...)
	check(t, w.S.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: second, Signatures: 2}))
	got, err = w.S.Protocol(ctx, m.ID)
	check(t, err)
	if !bytes.Equal(got, second) {
		t.Fatalf("stored %q, want %q", got, second)
	}

	wantCode(t, w.S.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF-1.7 another file entirely")}),
		model.EConflict, "protocol_not_extension")
	wantCode(t, w.S.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: first}), model.EConflict, "protocol_not_extension")
	wantCode(t, w.S.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: second}), model.EConflict, "protocol_not_extension")

	audit, err := w.S.Audit(ctx, "meeting", "", 0)
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
	r, err := w.S.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}

// A protocol is kept only for a signed-off meeting.
func testProtocolRefusedForAnOpenMeeting(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	w.Decide(it, model.OutcomeApproved)
	wantCode(t, w.S.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF")}), model.EState, "protocol_not_signed_off")
}
