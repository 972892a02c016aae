package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"time"
)

// FrozenMinutes is a meeting as it was when it was signed off: the meeting
// whole (time, place, chair, secretary and adjuster, attendees, items with
// every field of their decisions, the sign-offs), the members it names
// with their names and titles that day, and the ref of each proposal as
// the revision decided on gives it. The meeting is kept as the Meeting
// value itself, so a field added to Meeting, Item, Decision or SignOff is
// frozen without anyone listing it. Its canonical encoding's SHA-256 is
// the minutes fingerprint (protokollets fingeravtryck).
type FrozenMinutes struct {
	Format  int
	Meeting Meeting
	Members []FrozenMember
	// Refs maps a proposal's ID to its ref in the revision its item
	// prints.
	Refs map[int64]string
	// FollowUps are what the meeting's item "Uppföljning av beslut"
	// reported at the sign-off (FollowUpReport). They are kept here only:
	// the follow-ups themselves go on changing after it.
	FollowUps []FollowUpLine `json:",omitempty"`
	// Justering is the justering round as it stood at the sign-off, nil
	// when the draft was never sent for justering; minutes frozen before
	// rounds existed have none, and their fingerprint stays as it was.
	Justering *JusteringSummary `json:",omitempty"`
}

// FrozenMember is a member as the minutes name them: name and title on
// the day of the sign-off.
type FrozenMember struct {
	ID    int64
	Name  string
	Title string
}

// FrozenFormat is the version of FrozenMinutes' canonical encoding.
const FrozenFormat = 1

// MinutesRecord is what a store keeps of a signed-off meeting: the frozen
// minutes, their fingerprint, and the audit log's length and last hash
// with the row that recorded the sign-off, so that rows cut off the log
// after it are found.
type MinutesRecord struct {
	Minutes     FrozenMinutes
	Fingerprint string
	AuditSeq    int64
	AuditHash   string
}

// FreezeMinutes returns the frozen minutes of m: members gives the names
// and titles of those the meeting names (MemberIDs), refs the ref of each
// item's proposal.
func FreezeMinutes(m Meeting, members map[int64]Member, refs map[int64]string) FrozenMinutes {
	f := FrozenMinutes{Format: FrozenFormat, Meeting: m, Refs: map[int64]string{}}
	for _, id := range m.MemberIDs() {
		mb := members[id]
		f.Members = append(f.Members, FrozenMember{ID: id, Name: mb.Name, Title: mb.Title})
	}
	for _, it := range m.Items {
		f.Refs[it.ProposalID] = refs[it.ProposalID]
	}
	return f
}

// MemberIDs returns, in ascending order and once each, every member the
// meeting names: its roles, attendees, sign-offs and those named in its
// decisions' reservations, notes and recusals.
func (m Meeting) MemberIDs() []int64 {
	ids := []int64{m.ChairID, m.SecretaryID, m.AdjusterID}
	for _, a := range m.Attendees {
		ids = append(ids, a.MemberID)
	}
	for _, s := range m.SignOffs {
		ids = append(ids, s.MemberID)
	}
	for _, it := range m.Items {
		if d := it.Decision; d != nil {
			ids = append(ids, d.MemberIDs()...)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	return slices.DeleteFunc(ids, func(id int64) bool { return id == 0 })
}

// Canonical returns the frozen minutes' canonical encoding: JSON with the
// fields in the types' order, map keys sorted and every time in UTC, so
// that the same minutes give the same bytes on any computer.
func (f FrozenMinutes) Canonical() []byte {
	// A round trip through JSON gives a deep copy whose times can be
	// moved to UTC without touching the caller's.
	b, err := json.Marshal(f)
	if err != nil {
		panic("model: frozen minutes do not encode: " + err.Error())
	}
	var c FrozenMinutes
	if err := json.Unmarshal(b, &c); err != nil {
		panic("model: frozen minutes do not decode: " + err.Error())
	}
	toUTC(reflect.ValueOf(&c).Elem())
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		panic("model: frozen minutes do not encode: " + err.Error())
	}
	return bytes.TrimSuffix(out.Bytes(), []byte("\n"))
}

// MinutesFingerprint returns the hex SHA-256 of the canonical encoding.
func (f FrozenMinutes) MinutesFingerprint() string {
	sum := sha256.Sum256(f.Canonical())
	return hex.EncodeToString(sum[:])
}

// ParseFrozenMinutes reads frozen minutes from their canonical encoding.
func ParseFrozenMinutes(b []byte) (FrozenMinutes, error) {
	var f FrozenMinutes
	err := json.Unmarshal(b, &f)
	return f, err
}

// MemberMap returns the frozen members by ID, as Member values that carry
// only their name and title.
func (f FrozenMinutes) MemberMap() map[int64]Member {
	out := make(map[int64]Member, len(f.Members))
	for _, m := range f.Members {
		out[m.ID] = Member{ID: m.ID, Name: m.Name, Title: m.Title}
	}
	return out
}

var timeType = reflect.TypeOf(time.Time{})

// toUTC moves every time.Time reachable from v, which must be settable,
// to UTC.
func toUTC(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == timeType {
			v.Set(reflect.ValueOf(v.Interface().(time.Time).UTC()))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				toUTC(v.Field(i))
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			toUTC(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			toUTC(v.Index(i))
		}
	}
}

// CleanCertSHA256 returns a certificate's SHA-256 as a sign-off records
// it: 64 lower-case hex digits, or "" for none. Anything else is an
// EInvalid error.
func CleanCertSHA256(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	if _, err := hex.DecodeString(s); err != nil || len(s) != 64 {
		return "", FieldError("cert_sha256", "signoff_cert_invalid", s)
	}
	return s, nil
}
