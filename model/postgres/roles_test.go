package postgres_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// Who is who is the server's word: each member, logged in with their own
// password, is refused by the server itself, with plain SQL as from
// psql, what the member may not do.
func TestRolesRefuseAtSQLLevel(t *testing.T) {
	f := newRoleFixture(t)
	f.decideAll(t)
	ctx := context.Background()
	var proposal, decision int64
	admin := rawDB(t, f.base.String())
	check(t, admin.QueryRow(ctx, `SELECT min(id) FROM proposals`).Scan(&proposal))
	err := admin.QueryRow(ctx, `SELECT d.id FROM decisions d JOIN items i ON i.id = d.item_id
		WHERE i.meeting_id = $1 LIMIT 1`, f.open.ID).Scan(&decision)
	check(t, err)
	const now = "2026-05-01T10:00:00.000000000Z"
	comment := `INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES ($1, $2, 'Bra förslag', $3)`
	signOff := `INSERT INTO sign_offs (meeting_id, role, member_id, signed_at) VALUES ($1, $2, $3, $4)`

	t.Run("member", func(t *testing.T) {
		db := f.connAs(t, f.member)
		var n int
		wantOK(t, db.QueryRow(ctx, `SELECT (SELECT count(*) FROM proposals) + (SELECT count(*) FROM audit_log)
			+ (SELECT count(*) FROM decisions) + (SELECT count(*) FROM comments) + (SELECT count(*) FROM logins)`).Scan(&n), "reads everything")
		wantOK(t, try(t, db, comment, proposal, f.member.ID, now), "comments as themselves")
		wantDenied(t, try(t, db, comment, proposal, f.chair.ID, now), "comments as the chair")
		wantDenied(t, try(t, db, `UPDATE comments SET body = 'ändrat'`), "edits a comment")
		wantDenied(t, try(t, db, `UPDATE comments SET resolved = true, resolved_by = $1, resolved_at = $2`, f.chair.ID, now),
			"resolves as the chair")
		wantOK(t, try(t, db, `UPDATE comments SET resolved = true, resolved_by = $1, resolved_at = $2`, f.member.ID, now),
			"resolves as themselves")
		wantDenied(t, try(t, db, `UPDATE decisions SET text = 'Avslås' WHERE id = $1`, decision), "updates a decision")
		wantDenied(t, try(t, db, `INSERT INTO decisions SELECT * FROM decisions WHERE id = $1`, decision), "inserts a decision")
		wantDenied(t, try(t, db, `DELETE FROM decisions WHERE id = $1`, decision), "deletes a decision")
		wantDenied(t, try(t, db, `UPDATE proposals SET title = 'Nytt' WHERE id = $1`, proposal), "edits a proposal")
		wantDenied(t, try(t, db, `UPDATE members SET name = 'Någon' WHERE id = $1`, f.member.ID), "renames a member")
		wantDenied(t, try(t, db, `UPDATE meetings SET place = 'Hemma' WHERE id = $1`, f.open.ID), "edits the meeting")
		wantDenied(t, try(t, db, `UPDATE attendees SET to_section = 1 WHERE meeting_id = $1`, f.open.ID), "sends a member home early")
		wantDenied(t, try(t, db, `UPDATE decisions SET vote = '{"yes":"A","no":"B","ballots":[]}' WHERE id = $1`, decision), "rewrites a vote")
		wantDenied(t, try(t, db, `INSERT INTO group_rules (id, rules) VALUES (1, '{"quorum":{"kind":"at_least","n":1}}')`), "sets the quorum rule")
		wantDenied(t, try(t, db, signOff, f.open.ID, "chair", f.chair.ID, now), "signs off for the chair")
		wantDenied(t, try(t, db, signOff, f.open.ID, "chair", f.member.ID, now), "signs off as the chair in own name")
		wantDenied(t, try(t, db, `UPDATE meetings SET signed_off_at = $1 WHERE id = $2`, now, f.open.ID), "locks the meeting")
		wantDenied(t, try(t, db, `INSERT INTO logins (login, member_id) VALUES (session_user, $1)`, f.chair.ID), "maps itself")
	})

	t.Run("audit log", func(t *testing.T) {
		for _, m := range []model.Member{f.member, f.secretary} {
			db := f.connAs(t, m)
			wantDenied(t, try(t, db, `UPDATE audit_log SET actor = 'Någon' WHERE seq = 1`), m.Name+" updates audit_log")
			wantDenied(t, try(t, db, `DELETE FROM audit_log WHERE seq = 1`), m.Name+" deletes from audit_log")
			wantDenied(t, try(t, db, `TRUNCATE audit_log`), m.Name+" empties audit_log")
			wantDenied(t, try(t, db, `DELETE FROM audit_head`), m.Name+" deletes audit_head")
			audit := `INSERT INTO audit_log SELECT seq + 1, at, $1, action, entity, entity_id, detail, hash, hash
				FROM audit_log ORDER BY seq DESC LIMIT 1`
			wantDenied(t, try(t, db, audit, "Someone Else"), m.Name+" appends in another's name")
			wantOK(t, try(t, db, audit, m.Name), m.Name+" appends in own name")
			wantRefused(t, db, "audit_locked", `UPDATE audit_head SET seq = seq + 1`)
		}
	})

	t.Run("adjuster", func(t *testing.T) {
		db := f.connAs(t, f.adjuster)
		wantOK(t, try(t, db, signOff, f.open.ID, "adjuster", f.adjuster.ID, now), "signs off as the adjuster")
		wantDenied(t, try(t, db, signOff, f.open.ID, "chair", f.adjuster.ID, now), "signs off as the chair")
		wantDenied(t, try(t, db, `INSERT INTO minutes_records VALUES ($1, '{}', repeat('a', 64), 1, repeat('a', 64))`, f.open.ID),
			"freezes the minutes after one sign-off")
	})

	t.Run("secretary", func(t *testing.T) {
		db := f.connAs(t, f.secretary)
		wantOK(t, try(t, db, `UPDATE decisions SET text = 'Bifalles' WHERE id = $1`, decision), "records a decision")
		wantDenied(t, try(t, db, `UPDATE decisions SET decided_by = 'Someone Else' WHERE id = $1`, decision), "records in another's name")
		wantOK(t, try(t, db, `UPDATE meetings SET place = 'Sessionssalen' WHERE id = $1`, f.open.ID), "edits the meeting")
		wantDenied(t, try(t, db, signOff, f.open.ID, "chair", f.chair.ID, now), "signs off for the chair")
		wantDenied(t, try(t, db, signOff, f.open.ID, "chair", f.secretary.ID, now), "signs off as the chair in own name")
		wantDenied(t, try(t, db, `UPDATE meetings SET signed_off_at = $1 WHERE id = $2`, now, f.open.ID), "locks the meeting")
		wantDenied(t, try(t, db, comment, proposal, f.member.ID, now), "comments as a member")
	})

	t.Run("set role", func(t *testing.T) {
		db := f.connAs(t, f.member)
		_, err := db.Exec(ctx, `SET ROLE `+pgx.Identifier{f.logins[f.chair.ID]}.Sanitize())
		wantDenied(t, err, "SET ROLE to the chair's login")
		_, err = db.Exec(ctx, `SET ROLE `+pgx.Identifier{f.db + "_member"}.Sanitize())
		check(t, err)
		var me int64
		check(t, db.QueryRow(ctx, `SELECT styrgrupp_me()`).Scan(&me))
		if me != f.member.ID {
			t.Errorf("after SET ROLE the session is member %d, want %d", me, f.member.ID)
		}
		wantDenied(t, try(t, db, comment, proposal, f.chair.ID, now), "comments as the chair after SET ROLE")
		_, err = db.Exec(ctx, `SET SESSION AUTHORIZATION `+pgx.Identifier{f.logins[f.chair.ID]}.Sanitize())
		wantDenied(t, err, "SET SESSION AUTHORIZATION")
	})

	t.Run("unmapped login", func(t *testing.T) {
		login := f.db + "_stranger"
		_, err := admin.Exec(ctx, `CREATE ROLE `+login+` LOGIN PASSWORD 'hemligt'`)
		check(t, err)
		t.Cleanup(func() { _, _ = admin.Exec(context.Background(), `DROP ROLE `+login) })
		u := *f.base
		u.User = url.UserPassword(login, "hemligt")
		_, err = pgx.Connect(ctx, u.String())
		wantDenied(t, err, "an unknown login connects")
		_, err = postgres.Open(ctx, u.String())
		wantDeniedErr(t, err, "får inte ansluta till databasen")
	})
}
