package postgres_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// openFollowUp is an approved proposal of the demo whose follow-up is not
// yet completed or stopped, as the owner reads it.
func (f *roleFixture) openFollowUp(t *testing.T) model.FollowUp {
	t.Helper()
	es, err := f.owner.FollowUps(context.Background())
	check(t, err)
	for _, e := range es {
		if !e.FollowUp.Final() {
			return e.FollowUp
		}
	}
	t.Fatal("the demo has no follow-up open to work on")
	return model.FollowUp{}
}

// A member adds follow-up notes through the store in their own name, and
// only there: a note in another member's name and a save of the
// follow-up are refused with the reason in words; the secretary saves
// it; both read the same follow-ups as the owner.
func TestRolesFollowUpThroughStore(t *testing.T) {
	f := newRoleFixture(t)
	member, secretary := f.storeAs(t, f.member), f.storeAs(t, f.secretary)
	ctx := at(time.Now())
	fu := f.openFollowUp(t)
	today := model.DateOf(time.Now())

	got, err := member.AddFollowUpNote(ctx, fu.ProposalID, model.FollowUpNote{Date: today, AuthorID: f.member.ID, Text: "Första träffen är hållen."})
	check(t, err)
	last := got.Notes[len(got.Notes)-1]
	if len(got.Notes) != len(fu.Notes)+1 || last.AuthorID != f.member.ID || last.Text != "Första träffen är hållen." || last.ID == 0 {
		t.Errorf("notes after the member's note: %+v; want one more, by %s", got.Notes, f.member.Name)
	}
	log, err := f.owner.Audit(ctx, "followup", "", 1)
	check(t, err)
	if len(log) != 1 || log[0].Action != "followup.note" || log[0].Actor != f.member.Name {
		t.Errorf("the note's audit row = %+v; want followup.note in %s's name", log, f.member.Name)
	}

	_, err = member.AddFollowUpNote(ctx, fu.ProposalID, model.FollowUpNote{Date: today, AuthorID: f.chair.ID, Text: "I ordförandens namn."})
	wantDeniedErr(t, err, "i den inloggade medlemmens namn")
	changed := got
	changed.Responsible = "Någon annan"
	_, err = member.SaveFollowUp(ctx, changed)
	wantDeniedErr(t, err, "bara sekreteraren")

	saved, err := secretary.SaveFollowUp(ctx, changed)
	check(t, err)
	if saved.Responsible != "Någon annan" || len(saved.Notes) != len(got.Notes) {
		t.Errorf("the secretary's save gave %+v; want the new responsible and the notes kept", saved)
	}
	log, err = f.owner.Audit(ctx, "followup", "", 1)
	check(t, err)
	if len(log) != 1 || log[0].Action != "followup.save" || log[0].Actor != f.secretary.Name {
		t.Errorf("the save's audit row = %+v; want followup.save in %s's name", log, f.secretary.Name)
	}

	want, err := f.owner.FollowUps(ctx)
	check(t, err)
	for who, s := range map[string]interface {
		FollowUps(context.Context) ([]model.FollowUpEntry, error)
	}{"member": member, "secretary": secretary} {
		es, err := s.FollowUps(ctx)
		check(t, err)
		if !reflect.DeepEqual(es, want) {
			t.Errorf("the %s reads %d follow-ups unlike the owner's %d", who, len(es), len(want))
		}
	}
}

// With plain SQL, as from psql, a member adds a follow-up note only in
// their own name and changes nothing else of a follow-up; no one changes
// or removes a note, and the secretary writes the follow-up itself.
func TestRolesRefuseFollowUpsAtSQLLevel(t *testing.T) {
	f := newRoleFixture(t)
	fu := f.openFollowUp(t)
	ctx := at(time.Now())
	n, err := f.owner.AddFollowUpNote(ctx, fu.ProposalID, model.FollowUpNote{Date: model.DateOf(time.Now()), AuthorID: f.chair.ID, Text: "Ordförandens notering."})
	check(t, err)
	note := n.Notes[len(n.Notes)-1].ID
	insert := `INSERT INTO followup_notes (proposal_id, date, author_id, text) VALUES ($1, '2026-12-01', $2, 'En notering')`
	save := `INSERT INTO followups (proposal_id, status, progress, updated_at) VALUES ($1, 'in_progress', 10, '2026-12-01T10:00:00.000000000Z')
		ON CONFLICT (proposal_id) DO UPDATE SET responsible = 'Någon'`

	t.Run("member", func(t *testing.T) {
		db := f.connAs(t, f.member)
		wantOK(t, try(t, db, insert, fu.ProposalID, f.member.ID), "adds a note as themselves")
		wantDenied(t, try(t, db, insert, fu.ProposalID, f.chair.ID), "adds a note as the chair")
		wantDenied(t, try(t, db, `UPDATE followup_notes SET text = 'ändrat' WHERE id = $1`, note), "changes a note")
		wantDenied(t, try(t, db, `DELETE FROM followup_notes WHERE id = $1`, note), "removes a note")
		wantDenied(t, try(t, db, save, fu.ProposalID), "saves the follow-up")
		wantDenied(t, try(t, db, `INSERT INTO followup_conditions (proposal_id, position, met_on, met_by) VALUES ($1, 1, '2026-12-01', $2)`,
			fu.ProposalID, f.member.ID), "marks a condition met")
	})
	t.Run("secretary", func(t *testing.T) {
		db := f.connAs(t, f.secretary)
		wantOK(t, try(t, db, save, fu.ProposalID), "saves the follow-up")
		wantDenied(t, try(t, db, insert, fu.ProposalID, f.chair.ID), "adds a note as the chair")
		wantDenied(t, try(t, db, `UPDATE followup_notes SET text = 'ändrat' WHERE id = $1`, note), "changes a note")
		wantDenied(t, try(t, db, `DELETE FROM followup_notes WHERE id = $1`, note), "removes a note")
	})
}
