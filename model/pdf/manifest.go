// Package pdf writes Styrgrupp's documents as PDF with gofpdf: the minutes
// of a meeting (protokoll), an extract of one § (protokollsutdrag), the
// decision basis of one proposal (beslutsunderlag) and the follow-up
// report of the approved interventions (uppföljningsrapport). Each
// document carries a manifest in its metadata that names what it was made
// from, so that `styrgrupp verify --store` can compare the printed
// fingerprints with the store.
package pdf

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind says what a document is.
type Kind string

// The documents Styrgrupp writes.
const (
	KindMinutes Kind = "minutes"
	KindExtract Kind = "extract"
	KindBasis   Kind = "basis"
	// KindFollowUp is the follow-up report (uppföljningsrapport): its
	// entries are the revisions the approved interventions were decided
	// on, each under § 0.
	KindFollowUp Kind = "followup"
)

// Entry is one proposal revision a document prints: under § Section (0 in
// a decision basis), the proposal Ref at revision Revision, whose content
// has the fingerprint Fingerprint.
type Entry struct {
	Section     int
	Ref         string
	Revision    int
	Fingerprint string
}

// Manifest names what a document was made from. It is written into the
// PDF's Keywords as one line of space-separated words:
//
//	styrgrupp/1 kind=minutes doc=<id> meeting=<id> minutes=<fingerprint> audit=<seq>:<hash> §12=2.3@4:<fingerprint> …
//
// minutes and audit are there when the meeting is signed off: the minutes
// fingerprint of what its sign-off froze, and the audit log's row that
// recorded the sign-off.
// A basis entry has no §: "§0=2.3@4:<fingerprint>". Refs hold no spaces,
// "=", "@" or ":" (the import refuses them), so the words split cleanly.
type Manifest struct {
	Kind      Kind
	DocID     string
	MeetingID int64 // 0 for a decision basis
	// MinutesFingerprint is the minutes fingerprint of a signed-off
	// meeting's document, "" otherwise.
	MinutesFingerprint string
	// AuditSeq and AuditHash name the audit row that recorded the
	// sign-off; 0 and "" with no MinutesFingerprint.
	AuditSeq  int64
	AuditHash string
	Entries   []Entry
}

// manifestTag opens every manifest; its number is the format's version.
const manifestTag = "styrgrupp/1"

// String encodes the manifest for the PDF's Keywords.
func (m Manifest) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s kind=%s doc=%s meeting=%d", manifestTag, m.Kind, m.DocID, m.MeetingID)
	if m.MinutesFingerprint != "" {
		fmt.Fprintf(&b, " minutes=%s audit=%d:%s", m.MinutesFingerprint, m.AuditSeq, m.AuditHash)
	}
	for _, e := range m.Entries {
		fmt.Fprintf(&b, " §%d=%s@%d:%s", e.Section, e.Ref, e.Revision, e.Fingerprint)
	}
	return b.String()
}

// ParseManifest reads a manifest from a PDF's Keywords. ok is false when
// the keywords are not a Styrgrupp manifest (a PDF from elsewhere);
// err says what is wrong with one that claims to be.
func ParseManifest(keywords string) (m Manifest, ok bool, err error) {
	words := strings.Fields(keywords)
	if len(words) == 0 || words[0] != manifestTag {
		return Manifest{}, false, nil
	}
	for _, w := range words[1:] {
		key, value, found := strings.Cut(w, "=")
		if !found {
			return m, true, fmt.Errorf("manifest: %q is not key=value", w)
		}
		switch {
		case key == "kind":
			m.Kind = Kind(value)
		case key == "doc":
			m.DocID = value
		case key == "meeting":
			if m.MeetingID, err = strconv.ParseInt(value, 10, 64); err != nil {
				return m, true, fmt.Errorf("manifest: meeting %q: %w", value, err)
			}
		case key == "minutes":
			m.MinutesFingerprint = value
		case key == "audit":
			seq, hash, _ := strings.Cut(value, ":")
			if m.AuditSeq, err = strconv.ParseInt(seq, 10, 64); err != nil {
				return m, true, fmt.Errorf("manifest: audit %q: %w", value, err)
			}
			m.AuditHash = hash
		case strings.HasPrefix(key, "§"):
			e, err := parseEntry(strings.TrimPrefix(key, "§"), value)
			if err != nil {
				return m, true, err
			}
			m.Entries = append(m.Entries, e)
		}
	}
	if m.Kind == "" || m.DocID == "" {
		return m, true, fmt.Errorf("manifest: kind or doc missing")
	}
	return m, true, nil
}

// parseEntry reads "12" and "2.3@4:<fingerprint>".
func parseEntry(section, value string) (Entry, error) {
	var e Entry
	var err error
	if e.Section, err = strconv.Atoi(section); err != nil {
		return e, fmt.Errorf("manifest: § %q: %w", section, err)
	}
	refRev, fp, ok := strings.Cut(value, ":")
	ref, rev, ok2 := strings.Cut(refRev, "@")
	if !ok || !ok2 || ref == "" || fp == "" {
		return e, fmt.Errorf("manifest: entry %q is not ref@revision:fingerprint", value)
	}
	if e.Revision, err = strconv.Atoi(rev); err != nil {
		return e, fmt.Errorf("manifest: revision %q: %w", rev, err)
	}
	e.Ref, e.Fingerprint = ref, fp
	return e, nil
}
