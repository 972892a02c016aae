package model

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"
)

// JusteringNote is a note that the chair or the adjuster leaves on one §
// of the draft minutes before signing them off (justeringsanteckning).
// The secretary answers it by correcting the decision text, or closes it
// with a reply; the minutes can be signed off only when every note is
// closed.
type JusteringNote struct {
	ID        int64
	MeetingID int64
	Section   int
	AuthorID  int64
	Text      string
	CreatedAt time.Time
	Closed    bool
	Reply     string
	ClosedBy  int64
	ClosedAt  time.Time
}

// JusteringRound is a meeting's justering round: when the secretary sent
// the draft minutes to the chair and the adjuster (zero: not sent), by
// whom, and the notes left on it, oldest first.
type JusteringRound struct {
	MeetingID int64
	SentAt    time.Time
	SentBy    int64
	Notes     []JusteringNote
}

// JusteringSummary is what the minutes say of the round: when the draft
// was sent, how many notes were left and how many are still open. The
// sign-off freezes it (FrozenMinutes.Justering), with Open 0.
type JusteringSummary struct {
	SentAt time.Time
	Notes  int
	Open   int `json:",omitempty"`
}

// JusteringStore keeps the justering rounds of meetings.
type JusteringStore interface {
	// JusteringRound returns the round of a meeting; one never sent has
	// a zero SentAt and no notes.
	JusteringRound(ctx context.Context, meetingID int64) (JusteringRound, error)
	// SendForJustering records that the secretary sent the draft minutes
	// for justering now (again, after corrections, moves the time on).
	SendForJustering(ctx context.Context, meetingID, secretaryID int64) (JusteringRound, error)
	// AddJusteringNote adds a note in its author's name: the chair's or
	// the adjuster's.
	AddJusteringNote(ctx context.Context, n JusteringNote) (JusteringNote, error)
	// CloseJusteringNote closes a note with the secretary's reply.
	CloseJusteringNote(ctx context.Context, id, secretaryID int64, reply string) (JusteringNote, error)
}

// Sent tells whether the draft was sent for justering.
func (r JusteringRound) Sent() bool { return !r.SentAt.IsZero() }

// OpenNotes returns the notes not yet closed.
func (r JusteringRound) OpenNotes() []JusteringNote {
	var out []JusteringNote
	for _, n := range r.Notes {
		if !n.Closed {
			out = append(out, n)
		}
	}
	return out
}

// Summary returns what the minutes say of the round, nil when the draft
// was never sent.
func (r JusteringRound) Summary() *JusteringSummary {
	if !r.Sent() {
		return nil
	}
	return &JusteringSummary{SentAt: r.SentAt, Notes: len(r.Notes), Open: len(r.OpenNotes())}
}

// CheckClosed refuses the sign-off while a note is open, naming the §
// the open notes are on.
func (r JusteringRound) CheckClosed() error {
	open := r.OpenNotes()
	if len(open) == 0 {
		return nil
	}
	var secs []int
	for _, n := range open {
		secs = append(secs, n.Section)
	}
	slices.Sort(secs)
	secs = slices.Compact(secs)
	return Errorf(EState, "justering_open", len(open), sectionList(secs))
}

func sectionList(secs []int) string {
	parts := make([]string, len(secs))
	for i, s := range secs {
		parts[i] = "§ " + strconv.Itoa(s)
	}
	return strings.Join(parts, ", ")
}

// CanSendForJustering tells whether secretaryID may send the draft
// minutes for justering: the meeting's secretary, before the sign-off,
// once every item is decided.
func (m Meeting) CanSendForJustering(secretaryID int64) error {
	if err := m.CheckChangeable(); err != nil {
		return err
	}
	if secretaryID == 0 || secretaryID != m.SecretaryID {
		return Errorf(EState, "justering_not_secretary")
	}
	if !m.HasAgenda() {
		return Errorf(EState, "signoff_empty")
	}
	for _, it := range m.Items {
		if it.Decision == nil {
			return Errorf(EState, "signoff_undecided", it.Number)
		}
	}
	return nil
}

// CheckJusteringNote tells whether n may be added to the round r of m: by
// the meeting's chair or adjuster, on a § of its agenda, with a text,
// after the draft was sent and before the sign-off.
func (m Meeting) CheckJusteringNote(r JusteringRound, n JusteringNote) error {
	if err := m.CheckChangeable(); err != nil {
		return err
	}
	if n.AuthorID == 0 || (n.AuthorID != m.ChairID && n.AuthorID != m.AdjusterID) {
		return Errorf(EState, "justering_not_signer")
	}
	if !r.Sent() {
		return Errorf(EState, "justering_not_sent")
	}
	if !slices.Contains(m.Sections(), n.Section) {
		return FieldError("section", "justering_section", n.Section)
	}
	if strings.TrimSpace(n.Text) == "" {
		return FieldError("text", "justering_text_empty")
	}
	return nil
}

// CheckCloseJusteringNote tells whether the meeting's secretary may close
// n with reply: an open note, a reply given, before the sign-off.
func (m Meeting) CheckCloseJusteringNote(n JusteringNote, secretaryID int64, reply string) error {
	if err := m.CheckChangeable(); err != nil {
		return err
	}
	if secretaryID == 0 || secretaryID != m.SecretaryID {
		return Errorf(EState, "justering_not_secretary")
	}
	if n.Closed {
		return Errorf(EConflict, "justering_note_closed")
	}
	if strings.TrimSpace(reply) == "" {
		return FieldError("reply", "justering_reply_empty")
	}
	return nil
}

// Sections returns the § of the meeting's agenda, the item "Uppföljning
// av beslut" included.
func (m Meeting) Sections() []int {
	var out []int
	for _, it := range m.Items {
		out = append(out, it.Number)
	}
	if m.FollowUpSection != 0 {
		out = append(out, m.FollowUpSection)
	}
	return out
}
