package postgres_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The server keeps the justering round's rights: the secretary sends the
// draft in their own name; the meeting's chair and adjuster add notes as
// themselves, a plain member none; only the secretary closes a note, in
// their own name; nobody removes one.
func TestRolesJustering(t *testing.T) {
	f := newRoleFixture(t)
	f.decideAll(t)
	ctx := at(f.open.StartsAt.Add(time.Hour))
	chair, adjuster, secretary, member := f.connAs(t, f.chair), f.connAs(t, f.adjuster), f.connAs(t, f.secretary), f.connAs(t, f.member)
	const now = "2027-03-17T15:00:00Z"

	wantDenied(t, try(t, chair, `INSERT INTO justering_rounds (meeting_id, sent_at, sent_by) VALUES ($1, $2, $3)`,
		f.open.ID, now, f.chair.ID), "the chair sends the draft")
	wantDenied(t, try(t, secretary, `INSERT INTO justering_rounds (meeting_id, sent_at, sent_by) VALUES ($1, $2, $3)`,
		f.open.ID, now, f.chair.ID), "the secretary sends in another's name")
	wantOK(t, try(t, secretary, `INSERT INTO justering_rounds (meeting_id, sent_at, sent_by) VALUES ($1, $2, $3)`,
		f.open.ID, now, f.secretary.ID), "the secretary sends")
	_, err := f.owner.SendForJustering(ctx, f.open.ID, f.open.SecretaryID)
	check(t, err)

	sec := f.open.Items[0].Number
	n, err := f.storeAs(t, f.chair).AddJusteringNote(ctx, model.JusteringNote{MeetingID: f.open.ID, Section: sec, AuthorID: f.chair.ID, Text: "Rätta beloppet."})
	check(t, err)
	if n.AuthorID != f.chair.ID {
		t.Errorf("the chair's note: %+v", n)
	}
	insert := `INSERT INTO justering_notes (meeting_id, section, author_id, text, created_at) VALUES ($1, $2, $3, 'Anteckning', $4)`
	wantOK(t, try(t, adjuster, insert, f.open.ID, sec, f.adjuster.ID, now), "the adjuster's note")
	wantDenied(t, try(t, adjuster, insert, f.open.ID, sec, f.chair.ID, now), "the adjuster writes in the chair's name")
	wantDenied(t, try(t, member, insert, f.open.ID, sec, f.member.ID, now), "a plain member's note")
	_, err = f.storeAs(t, f.member).AddJusteringNote(ctx, model.JusteringNote{MeetingID: f.open.ID, Section: sec, AuthorID: f.chair.ID, Text: "I ordförandens namn."})
	wantDeniedErr(t, err, "ordförande och justerare")

	closeNote := `UPDATE justering_notes SET closed = true, reply = 'Rättat.', closed_by = $1, closed_at = $2 WHERE id = $3`
	wantDenied(t, try(t, chair, closeNote, f.chair.ID, now, n.ID), "the chair closes a note")
	wantDenied(t, try(t, secretary, closeNote, f.chair.ID, now, n.ID), "the secretary closes in the chair's name")
	wantDenied(t, try(t, secretary, `UPDATE justering_notes SET text = 'Annat' WHERE id = $1`, n.ID), "the secretary rewrites the note")
	wantDenied(t, try(t, secretary, `DELETE FROM justering_notes WHERE id = $1`, n.ID), "the secretary removes the note")
	wantOK(t, try(t, secretary, closeNote, f.secretary.ID, now, n.ID), "the secretary closes the note")
}
