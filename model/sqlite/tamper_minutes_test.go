package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// tamperCase is one change made behind the store's back to what the
// demo's signed-off meeting (meeting 1, decisions 1–10, attendees 1–13)
// depends on, and what Check's report must then name.
type tamperCase struct {
	name string
	sql  string
	want []string
}

// The demo's signed-off meeting: its decisions' columns one at a time, its
// attendees, items, roles, sign-offs, the members it names, its frozen
// record, and the audit log's tail. decisions.prev_status, prev_outcome
// and prev_returned_at are not here: they say what to undo when a
// decision is replaced before sign-off, which the lock rules out, and the
// minutes print none of them; meetings.year is starts_at's year, which
// the minutes print.
var tamperCases = []tamperCase{
	{"decisions.id", `UPDATE decisions SET id = 100 WHERE id = 1`, []string{"decisions", "sammanträde 1"}},
	{"decisions.item_id", `UPDATE decisions SET item_id = (SELECT id FROM items WHERE meeting_id = 2 LIMIT 1) WHERE id = 1`, []string{"decisions rad 1", "sammanträde 1"}},
	{"decisions.proposal_id", `UPDATE decisions SET proposal_id = (SELECT proposal_id FROM decisions WHERE id = 2) WHERE id = 1`, []string{"decisions rad 1 (§", "ProposalID"}},
	{"decisions.revision", `UPDATE decisions SET revision = revision + 1 WHERE id = 1`, []string{"decisions rad 1 (§", "Revision"}},
	{"decisions.fingerprint", `UPDATE decisions SET fingerprint = (SELECT fingerprint FROM decisions WHERE id = 2) WHERE id = 1`, []string{"decisions rad 1 (§", "Fingerprint"}},
	{"decisions.outcome", `UPDATE decisions SET outcome = 'rejected' WHERE id = 1`, []string{"decisions rad 1 (§", "Outcome"}},
	{"decisions.text", `UPDATE decisions SET text = text || ' Dessutom får socialchefen fria händer.' WHERE id = 1`, []string{"decisions rad 1 (§", ": Text"}},
	{"decisions.conditions", `UPDATE decisions SET conditions = replace(conditions, '2 380 000', '9 380 000') WHERE id = 2`, []string{"decisions rad 2 (§", "Conditions"}},
	{"decisions.return_reason", `UPDATE decisions SET return_reason = json_set(return_reason, '$.who', 'Någon annan') WHERE id = 5`, []string{"decisions rad 5 (§", "Return.who"}},
	{"decisions.reservations text", `UPDATE decisions SET reservations = json_set(reservations, '$[0].text', 'Jag instämmer.') WHERE id = 5`, []string{"decisions rad 5 (§", "Reservations[0].Text"}},
	{"decisions.reservations gone", `UPDATE decisions SET reservations = '[]' WHERE id = 5`, []string{"decisions rad 5 (§", "Reservations"}},
	{"decisions.notes", `UPDATE decisions SET notes = json_set(notes, '$[0].member_id', 1) WHERE id = 4`, []string{"decisions rad 4 (§", "Notes[0].MemberID"}},
	{"decisions.recusals", `UPDATE decisions SET recusals = '[]' WHERE id = 7`, []string{"decisions rad 7 (§", "Recusals"}},
	{"decisions.recipients", `UPDATE decisions SET recipients = json_set(recipients, '$[0]', 'Ingen') WHERE id = 1`, []string{"decisions rad 1 (§", "Recipients[0]"}},
	{"decisions.corrects", `UPDATE decisions SET corrects = 2 WHERE id = 1`, []string{"decisions rad 1 (§", "Corrects"}},
	{"decisions.decided_at", `UPDATE decisions SET decided_at = '2026-10-15T09:00:00.000000000Z' WHERE id = 1`, []string{"decisions rad 1 (§", "DecidedAt"}},
	{"decisions.decided_by", `UPDATE decisions SET decided_by = 'Mallory' WHERE id = 1`, []string{"decisions rad 1 (§", "DecidedBy"}},
	{"decisions row deleted", `DELETE FROM decisions WHERE id = 3`, []string{"decisions rad 3", "sammanträde 1"}},
	{"attendees.member_id", `UPDATE attendees SET member_id = 12 WHERE id = 2`, []string{"attendees: Attendees[1].MemberID", "sammanträde 1"}},
	{"attendees swapped", `UPDATE attendees SET member_id = CASE id WHEN 1 THEN 6 ELSE 1 END WHERE id IN (1, 6)`, []string{"attendees: Attendees[0].MemberID", "sammanträde 1"}},
	{"attendees.name", `UPDATE attendees SET name = 'Mallory, inbjuden' WHERE id = 11`, []string{"attendees: Attendees[10].Name"}},
	{"attendees.present", `UPDATE attendees SET present = 1 WHERE id = 6`, []string{"attendees: Attendees[5].Present"}},
	{"attendees.decides", `UPDATE attendees SET decides = 1 WHERE id = 10`, []string{"attendees: Attendees[9].Decides"}},
	{"attendees.meeting_id", `UPDATE attendees SET meeting_id = 2 WHERE id = 13`, []string{"attendees: Attendees", "sammanträde 1"}},
	{"attendees row added", `INSERT INTO attendees (meeting_id, name, present, decides) VALUES (1, 'Mallory', 1, 1)`, []string{"attendees: Attendees"}},
	{"members.name", `UPDATE members SET name = 'Mallory Mallorysson' WHERE id = 1`, []string{"members rad 1: Name", "sammanträde 1"}},
	{"members.title", `UPDATE members SET title = 'Kung' WHERE id = 4`, []string{"members rad 4: Title", "sammanträde 1"}},
	{"meetings.title", `UPDATE meetings SET title = 'Annat' WHERE id = 1`, []string{"meetings rad 1: Title"}},
	{"meetings.starts_at", `UPDATE meetings SET starts_at = '2026-10-13T11:00:00.000000000Z' WHERE id = 1`, []string{"meetings rad 1: StartsAt"}},
	{"meetings.ends_at", `UPDATE meetings SET ends_at = '2026-10-14T23:00:00.000000000Z' WHERE id = 1`, []string{"meetings rad 1: EndsAt"}},
	{"meetings.place", `UPDATE meetings SET place = 'Någon annanstans' WHERE id = 1`, []string{"meetings rad 1: Place"}},
	{"meetings.chair_id", `UPDATE meetings SET chair_id = 2 WHERE id = 1`, []string{"meetings rad 1: ChairID"}},
	{"meetings.secretary_id", `UPDATE meetings SET secretary_id = 2 WHERE id = 1`, []string{"meetings rad 1: SecretaryID"}},
	{"meetings.adjuster_id", `UPDATE meetings SET adjuster_id = 2 WHERE id = 1`, []string{"meetings rad 1: AdjusterID"}},
	{"meetings.sign_off_place", `UPDATE meetings SET sign_off_place = 'Hemma' WHERE id = 1`, []string{"meetings rad 1: SignOffPlace"}},
	{"meetings.sign_off_date", `UPDATE meetings SET sign_off_date = '2027-01-01' WHERE id = 1`, []string{"meetings rad 1: SignOffDate"}},
	{"meetings.created_at", `UPDATE meetings SET created_at = '2026-01-01T00:00:00.000000000Z' WHERE id = 1`, []string{"meetings rad 1: CreatedAt"}},
	{"meetings.signed_off_at cleared", `UPDATE meetings SET signed_off_at = NULL WHERE id = 1`, []string{"sammanträde 1", "signed_off_at"}},
	{"items.number", `UPDATE items SET number = number + 40 WHERE meeting_id = 1 AND position = 1`, []string{"items rad", "Number", "sammanträde 1"}},
	{"items.position", `UPDATE items SET position = 9 WHERE meeting_id = 1 AND position = 1`, []string{"items rad", "Position"}},
	{"items.revision", `UPDATE items SET revision = revision + 1 WHERE meeting_id = 1 AND position = 1`, []string{"items rad", "Revision"}},
	{"items.proposal_id", `UPDATE items SET proposal_id = (SELECT id FROM proposals
		WHERE id NOT IN (SELECT proposal_id FROM items WHERE meeting_id = 1) LIMIT 1) WHERE meeting_id = 1 AND position = 1`, []string{"items rad", "ProposalID"}},
	{"items.meeting_id", `UPDATE items SET meeting_id = 2 WHERE meeting_id = 1 AND position = 7`, []string{"items", "sammanträde 1"}},
	{"sign_offs.signer", `UPDATE sign_offs SET signer = 'Mallory (0123456789ab)' WHERE role = 'chair'`, []string{"sign_offs: SignOffs[0].Signer", "sammanträde 1"}},
	{"sign_offs.cert_sha256", `UPDATE sign_offs SET cert_sha256 = printf('%064d', 7) WHERE role = 'adjuster'`, []string{"sign_offs: SignOffs[1].CertSHA256"}},
	{"sign_offs.signed_at", `UPDATE sign_offs SET signed_at = '2026-10-20T07:30:00.000000000Z' WHERE role = 'chair'`, []string{"sign_offs"}},
	{"sign_offs.member_id", `UPDATE sign_offs SET member_id = 2 WHERE role = 'adjuster'`, []string{"sign_offs"}},
	{"sign_offs swapped", `UPDATE sign_offs SET member_id = CASE role WHEN 'chair' THEN 4 ELSE 1 END`, []string{"sign_offs: SignOffs[0].MemberID"}},
	{"un-signed", `DELETE FROM sign_offs WHERE meeting_id = 1; UPDATE meetings SET signed_off_at = NULL WHERE id = 1`,
		[]string{"sammanträde 1", "sign_offs har 0 av 2", "signed_off_at är tomt"}},
	{"un-signed and unfrozen", `DELETE FROM sign_offs WHERE meeting_id = 1; UPDATE meetings SET signed_off_at = NULL WHERE id = 1;
		DELETE FROM minutes_records WHERE meeting_id = 1`, []string{"sammanträde 1", "sign_offs har 0 av 2", "minutes_records"}},
	{"minutes_records.record", `UPDATE minutes_records SET record = replace(record, 'Leila Rahimi', 'Mallory') WHERE meeting_id = 1`, []string{"sammanträde 1", "minutes_records"}},
	{"minutes_records.fingerprint", `UPDATE minutes_records SET fingerprint = printf('%064d', 1) WHERE meeting_id = 1`, []string{"sammanträde 1", "minutes_records", "fingeravtryck"}},
	{"minutes_records.audit_seq", `UPDATE minutes_records SET audit_seq = 97 WHERE meeting_id = 1`, []string{"sammanträde 1", "rad 97"}},
	{"revisions.content", `UPDATE revisions SET content = replace(content, '"ref":"1"', '"ref":"9"') WHERE proposal_id = 1`, []string{"förslag"}},
	{"audit cut after the sign-off, head moved back", `DELETE FROM audit_log WHERE seq >= 98;
		UPDATE audit_head SET seq = 97, hash = (SELECT hash FROM audit_log WHERE seq = 97)`, []string{"sammanträde 1", "rad 98"}},
	{"audit rows from 104 on cut (the open meeting's items, the follow-ups), head moved back", `DELETE FROM audit_log WHERE seq >= 104;
		UPDATE audit_head SET seq = 103, hash = (SELECT hash FROM audit_log WHERE seq = 103)`, []string{"rad 103", "sammanträde 2"}},
}

// TestTamperingWithSignedOffMinutesIsFound drops every trigger of a demo
// store and makes each change of tamperCases on its own copy: Check must
// fail and name what changed.
func TestTamperingWithSignedOffMinutesIsFound(t *testing.T) {
	ctx := context.Background()
	template := filepath.Join(t.TempDir(), "demo.db")
	check(t, testdemo.Store(t).Backup(ctx, template))
	s := openCopy(t, template)
	r, err := s.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("the demo fails check before any change: %s", reportText(r))
	}
	check(t, s.Close())
	for _, c := range tamperCases {
		t.Run(c.name, func(t *testing.T) {
			path := copyFile(t, template, t.TempDir())
			db := rawDB(t, path)
			triggers, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
			check(t, err)
			var names []string
			for triggers.Next() {
				var n string
				check(t, triggers.Scan(&n))
				names = append(names, n)
			}
			check(t, triggers.Close())
			for _, n := range names {
				_, err := db.Exec(`DROP TRIGGER ` + n)
				check(t, err)
			}
			res, err := db.Exec(c.sql)
			check(t, err)
			if n, _ := res.RowsAffected(); n == 0 {
				t.Fatalf("%s changed nothing", c.sql)
			}
			check(t, db.Close())
			s, err := sqlite.Open(path)
			check(t, err)
			defer s.Close()
			r, err := s.Check(ctx)
			check(t, err)
			text := reportText(r)
			if r.OK() {
				t.Fatalf("check passed after %s", c.sql)
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("check's report lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

// openCopy opens the store at path, closed when the test ends.
func openCopy(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(path)
	check(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

// reportText is a check report as lines, as `styrgrupp check` prints it.
func reportText(r model.CheckReport) string {
	lines := append(append(append([]string(nil), r.Integrity...), r.ForeignKeys...), r.Minutes...)
	if b := r.Chain; b != nil {
		lines = append(lines, fmt.Sprintf("granskningsloggen: rad %d (%s) %s", b.Seq, b.Reason, r.Unlogged))
	}
	return strings.Join(lines, "\n")
}

// TestRenameAfterSignOffKeepsTheFrozenMinutes renames the chair of the
// demo's signed-off meeting through the store: Check still passes (the
// rename is logged after the sign-off) and the frozen record keeps the
// name of the day.
func TestRenameAfterSignOffKeepsTheFrozenMinutes(t *testing.T) {
	ctx := context.Background()
	s := testdemo.Store(t)
	before, err := s.MinutesRecord(ctx, 1)
	check(t, err)
	chair, err := s.Member(ctx, before.Minutes.Meeting.ChairID)
	check(t, err)
	renamed := chair
	renamed.Name, renamed.Title = "Anna Lindqvist Berg", "Regiondirektör"
	_, err = s.UpdateMember(ctx, renamed)
	check(t, err)
	r, err := s.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("check fails after a rename through the store:\n%s", reportText(r))
	}
	after, err := s.MinutesRecord(ctx, 1)
	check(t, err)
	if after.Fingerprint != before.Fingerprint || after.Minutes.MemberMap()[chair.ID].Name != chair.Name {
		t.Errorf("the frozen minutes changed with the rename: %+v", after.Minutes.MemberMap()[chair.ID])
	}
	if _, err := s.MinutesRecord(ctx, 2); model.ErrorCode(err) != model.ENotFound {
		t.Errorf("the open meeting's record: %v", err)
	}
}
