package model

import (
	"strings"
	"testing"
	"time"
)

func frozenFixture(loc *time.Location) FrozenMinutes {
	at := time.Date(2026, 10, 14, 11, 0, 0, 0, time.UTC).In(loc)
	m := Meeting{ID: 1, StartsAt: at, Place: "Rådhuset", ChairID: 1, AdjusterID: 2,
		Attendees: []Attendee{{MemberID: 1, Present: true, Decides: true}, {MemberID: 2, Present: true, Decides: true}},
		Items: []Item{{ID: 3, Number: 5, ProposalID: 7, Revision: 2, Decision: &Decision{ID: 4, ItemID: 3, Outcome: OutcomeApproved,
			Text: "Förslaget godkänns.", Reservations: []Reservation{{MemberID: 2, Text: "Nej."}}, DecidedAt: at}}},
		SignOffs: []SignOff{{MeetingID: 1, MemberID: 1, Role: RoleChair, SignedAt: at}}}
	members := map[int64]Member{1: {ID: 1, Name: "Anna", Title: "Kommundirektör"}, 2: {ID: 2, Name: "Johan"}}
	return FreezeMinutes(m, members, map[int64]string{7: "2.3"})
}

func TestMinutesFingerprintIsTheSameInEveryTimeZone(t *testing.T) {
	utc := frozenFixture(time.UTC)
	far := frozenFixture(time.FixedZone("far", 11*3600))
	if utc.MinutesFingerprint() != far.MinutesFingerprint() || len(utc.MinutesFingerprint()) != 64 {
		t.Fatalf("fingerprints differ by time zone:\n%s\n%s", utc.Canonical(), far.Canonical())
	}
	back, err := ParseFrozenMinutes(utc.Canonical())
	if err != nil || back.MinutesFingerprint() != utc.MinutesFingerprint() {
		t.Fatalf("a round trip changes the fingerprint: %v", err)
	}
	if far.Meeting.StartsAt.Location().String() != "far" {
		t.Error("Canonical moved the caller's times")
	}
}

func TestFrozenMinutesChangesNameTableRowAndField(t *testing.T) {
	f := frozenFixture(time.UTC)
	now := frozenFixture(time.UTC)
	if c := f.Changes(now); len(c) != 0 {
		t.Fatalf("no change gives %v", c)
	}
	now.Meeting.Items[0].Decision.Reservations = []Reservation{{MemberID: 2, Text: "Ja."}}
	now.Members[0].Name = "Mallory"
	now.Meeting.Attendees[1].Decides = false
	var got []string
	for _, c := range f.Changes(now) {
		got = append(got, c.String())
	}
	want := "attendees: Attendees[1].Decides|decisions rad 4 (§ 5): Reservations[0].Text|members rad 1: Name"
	if strings.Join(got, "|") != want {
		t.Errorf("changes:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
}

func TestCleanCertSHA256(t *testing.T) {
	full := strings.Repeat("Ab", 32)
	if got, err := CleanCertSHA256(" " + full + " "); err != nil || got != strings.ToLower(full) {
		t.Errorf("CleanCertSHA256(%q) = %q, %v", full, got, err)
	}
	if got, err := CleanCertSHA256(""); err != nil || got != "" {
		t.Errorf("empty: %q, %v", got, err)
	}
	for _, bad := range []string{"abcd", strings.Repeat("z", 64)} {
		if _, err := CleanCertSHA256(bad); ErrorCode(err) != EInvalid {
			t.Errorf("CleanCertSHA256(%q) = %v", bad, err)
		}
	}
}
