package storetest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

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
