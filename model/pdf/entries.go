package pdf

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// DocID returns a document's id: the first 16 hex digits of the SHA-256
// of its kind, meeting, entries and the time it was made. The same input
// made at the same moment gets the same id (so tests are reproducible);
// documents made at different moments, or of different content, get
// different ones.
func DocID(m Manifest, made time.Time) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%d\n%s\n", manifestTag, m.Kind, m.MeetingID, made.UTC().Format(time.RFC3339Nano))
	for _, e := range m.Entries {
		fmt.Fprintf(h, "%d %s %d %s\n", e.Section, e.Ref, e.Revision, e.Fingerprint)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// newManifest returns the manifest of a document of kind with entries,
// with its id.
func newManifest(kind Kind, meetingID int64, entries []Entry, opts Options) Manifest {
	m := Manifest{Kind: kind, MeetingID: meetingID, Entries: entries}
	m.DocID = DocID(m, opts.now())
	return m
}

// meetingManifest returns the manifest of a meeting's document, with the
// minutes fingerprint when the meeting's minutes are frozen. Minutes sent
// for justering take their id from the moment they were sent rather than
// from when the file is made, so the draft the chair and the adjuster
// read and the minutes they sign carry the same document id (as long as
// the §§ print the same revisions).
func meetingManifest(kind Kind, in MinutesInput, entries []Entry, opts Options) Manifest {
	m := newManifest(kind, in.Meeting.ID, entries, opts)
	if j := in.Justering; kind == KindMinutes && j != nil && !j.SentAt.IsZero() {
		m.DocID = DocID(Manifest{Kind: kind, MeetingID: in.Meeting.ID, Entries: entries}, j.SentAt)
	}
	if r := in.Record; r != nil {
		m.MinutesFingerprint, m.AuditSeq, m.AuditHash = r.Fingerprint, r.AuditSeq, r.AuditHash
	}
	return m
}

// sortedItems returns the meeting's items in § order.
func sortedItems(m model.Meeting) []model.Item {
	items := slices.Clone(m.Items)
	slices.SortStableFunc(items, func(a, b model.Item) int { return a.Number - b.Number })
	return items
}

// itemEntry returns the manifest entry of an item: its §, the ref of the
// revision it prints, that revision's number and fingerprint.
func itemEntry(it model.Item, revs map[int64]model.Revision) Entry {
	n, fp := itemRevision(it, revs)
	return Entry{Section: it.Number, Ref: revs[it.ID].Content.Ref, Revision: n, Fingerprint: fp}
}

// checkRevisions makes sure the input holds the revision of every item.
func checkRevisions(in MinutesInput, items []model.Item) error {
	for _, it := range items {
		r, ok := in.Revisions[it.ID]
		if n, fp := itemRevision(it, in.Revisions); !ok || r.Number != n || fp == "" {
			return fmt.Errorf("pdf: § %d: revision %d of proposal %d is missing from the input", it.Number, n, it.ProposalID)
		}
	}
	return nil
}

// author is the minutes' author: the secretary, or the body.
func author(in MinutesInput, body string) string {
	if m, ok := in.Members[in.Meeting.SecretaryID]; ok && m.Name != "" {
		return m.Name
	}
	return body
}
