package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// snapshot reads everything in s through the store's own methods: the
// counts, each revision's fingerprint, each member's role, and every
// record as a line of the fields the store keeps (not the whole structs,
// so that a field added to a model type later does not read as a change).
func snapshot(t *testing.T, s model.Store) schemaManifest {
	t.Helper()
	ctx := context.Background()
	m := schemaManifest{Counts: map[string]int{}, Fingerprints: map[string]string{}, Roles: map[string]string{}}
	add := func(format string, args ...any) { m.Records = append(m.Records, fmt.Sprintf(format, args...)) }

	members, err := s.Members(ctx)
	check(t, err)
	m.Counts["members"] = len(members)
	for _, x := range members {
		m.Roles[x.Name] = string(x.Role)
		add("member %d %q %q %q active=%v %s", x.ID, x.Name, x.Title, x.Email, x.Active, utc(x.CreatedAt))
	}
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	m.Counts["proposals"] = len(ps)
	for _, p := range ps {
		add("proposal %d %s %s %s outcome=%s rev=%d returned=%d locked=%v by=%q %s %s content=%s fp=%s",
			p.ID, p.Ref, p.Kind, p.Status, p.Outcome, p.Revision, p.ReturnedAt, p.Locked, p.UpdatedBy,
			utc(p.CreatedAt), utc(p.UpdatedAt), model.Fingerprint(p.Content), p.Fingerprint)
		revs, err := s.Revisions(ctx, p.ID)
		check(t, err)
		m.Counts["revisions"] += len(revs)
		for _, r := range revs {
			if fp := model.Fingerprint(r.Content); fp != r.Fingerprint {
				t.Errorf("revision %s#%d: the content's fingerprint is %s, the stored one %s", p.Ref, r.Number, fp, r.Fingerprint)
			}
			m.Fingerprints[fmt.Sprintf("%s#%d", p.Ref, r.Number)] = r.Fingerprint
			add("revision %s#%d %s by=%q %s", p.Ref, r.Number, r.Fingerprint, r.CreatedBy, utc(r.CreatedAt))
		}
		cs, err := s.Comments(ctx, p.ID)
		check(t, err)
		m.Counts["comments"] += len(cs)
		for _, c := range cs {
			add("comment %d on %s parent=%d author=%d %q %s resolved=%v by=%d %s", c.ID, p.Ref, c.ParentID,
				c.AuthorID, c.Body, utc(c.CreatedAt), c.Resolved, c.ResolvedBy, utc(c.ResolvedAt))
		}
		ds, err := s.Decisions(ctx, p.ID)
		check(t, err)
		m.Counts["decisions"] += len(ds)
		if f, err := s.FollowUp(ctx, p.ID); err == nil && !f.UpdatedAt.IsZero() {
			m.Counts["followups"]++
			add("followup %s %s %d%% %s", p.Ref, f.Status, f.Progress, utc(f.UpdatedAt))
			for _, n := range f.Notes {
				add("followup note %s %s author=%d %q", p.Ref, n.Date, n.AuthorID, n.Text)
			}
		}
	}
	meetings, err := s.Meetings(ctx)
	check(t, err)
	m.Counts["meetings"] = len(meetings)
	for _, x := range meetings {
		add("meeting %d %q %s %s %q roles=%d/%d/%d signoff=%q %s %s", x.ID, x.Title, utc(x.StartsAt), utc(x.EndsAt),
			x.Place, x.ChairID, x.SecretaryID, x.AdjusterID, x.SignOffPlace, x.SignOffDate, utc(x.CreatedAt))
		for _, a := range x.Attendees {
			m.Counts["attendees"]++
			add("attendee %d member=%d %q present=%v decides=%v", x.ID, a.MemberID, a.Name, a.Present, a.Decides)
		}
		for _, so := range x.SignOffs {
			m.Counts["sign_offs"]++
			add("signoff %d member=%d %s %s %q", x.ID, so.MemberID, so.Role, utc(so.SignedAt), so.Signer)
		}
		for _, it := range x.Items {
			m.Counts["items"]++
			add("item %d § %d at %d proposal=%d rev=%d", it.ID, it.Number, it.Position, it.ProposalID, it.Revision)
			if d := it.Decision; d != nil {
				add("decision %d %s %q conditions=%q return=%q/%q/%s rev=%d fp=%s corrects=%d %s by=%q",
					d.ID, d.Outcome, d.Text, d.Conditions, d.Return.What, d.Return.Who, d.Return.By, d.Revision,
					d.Fingerprint, d.Corrects, utc(d.DecidedAt), d.DecidedBy)
				for _, r := range d.Reservations {
					add("reservation %d member=%d %q", d.ID, r.MemberID, r.Text)
				}
				for _, n := range d.Notes {
					add("minutes note %d member=%d %q", d.ID, n.MemberID, n.Text)
				}
				for _, r := range d.Recusals {
					add("recusal %d member=%d %q", d.ID, r.MemberID, r.Reason)
				}
				add("recipients %d %q", d.ID, d.Recipients)
			}
		}
	}
	audit, err := s.Audit(ctx, "", "", 0)
	check(t, err)
	m.Counts["audit_rows"] = len(audit)
	for _, a := range audit {
		add("audit %d %s", a.Seq, a.Hash)
	}
	return m
}

// writeMissingSchemaFiles writes testdata/schema/vN.db and vN.json for
// each schema version that has none yet: the demo programme, with a
// second revision and a follow-up added, is stored with today's code,
// and its rows are then copied into a file that has only the first N
// migrations applied, column by column as far as that schema has them.
func writeMissingSchemaFiles(t *testing.T, current int) {
	check(t, os.MkdirAll(schemaDir, 0o755))
	src := filepath.Join(t.TempDir(), "demo.db")
	s, err := sqlite.Open(src)
	check(t, err)
	check(t, demo.Load(context.Background(), s, assets.Demo))
	addHistory(t, s)
	made := snapshot(t, s)
	check(t, s.Close())
	for v := 1; v <= current; v++ {
		db := filepath.Join(schemaDir, fmt.Sprintf("v%d.db", v))
		if _, err := os.Stat(db); err == nil {
			continue
		}
		tmp := filepath.Join(t.TempDir(), "schema.db")
		check(t, sqlite.MigrateTo(tmp, v))
		copyRows(t, src, tmp)
		if v == current {
			check(t, sqlite.IndexAll(tmp))
		}
		b, err := os.ReadFile(tmp)
		check(t, err)
		check(t, os.WriteFile(db, b, 0o644))
		m := made
		m.Schema = v
		if v < roleVersion {
			m.Roles = nil
		}
		js, err := json.MarshalIndent(m, "", "  ")
		check(t, err)
		check(t, os.WriteFile(strings.TrimSuffix(db, ".db")+".json", append(js, '\n'), 0o644))
		t.Logf("wrote %s", db)
	}
}

// addHistory adds what the demo lacks: a second revision of a draft and a
// follow-up with a note on an approved proposal.
func addHistory(t *testing.T, s model.Store) {
	t.Helper()
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	ctx := model.WithActor(model.WithClock(context.Background(), func() time.Time { return at }), "Samverkansteamet")
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	i := slices.IndexFunc(ps, func(p model.Proposal) bool { return p.Status == model.StatusDraft })
	if i < 0 {
		t.Fatal("the demo has no draft")
	}
	c := ps[i].Content
	c.Summary += " Kompletterad med en kostnadsberäkning."
	_, err = s.UpdateProposal(ctx, ps[i].ID, c, ps[i].Revision)
	check(t, err)
	i = slices.IndexFunc(ps, func(p model.Proposal) bool { return p.Outcome == model.OutcomeApproved })
	if i < 0 {
		t.Fatal("the demo has no approved proposal")
	}
	f, err := s.FollowUp(ctx, ps[i].ID)
	check(t, err)
	check(t, f.MoveTo(model.FollowUpInProgress))
	check(t, f.SetProgress(40))
	f.Notes = append(f.Notes, model.FollowUpNote{Date: model.NewDate(2026, 11, 1), Text: "Två av fyra skolor har börjat."})
	_, err = s.SaveFollowUp(ctx, f)
	check(t, err)
}

// copyRows copies every row of the store file src into the file dst,
// which has the tables of an older schema: each table's columns that dst
// has. The full-text indexes keep no text since 0014, so they are left
// empty: opening an older file fills them (0014's fill), and a file of
// today's version is filled by sqlite.IndexAll. The meetings go in unsigned first and
// are signed off last, as the store does, since the triggers of 0002
// refuse rows added under signed-off minutes; the follow-ups go after
// the decisions their triggers look at.
func copyRows(t *testing.T, src, dst string) {
	t.Helper()
	db := rawDB(t, dst)
	_, err := db.Exec(`ATTACH DATABASE ? AS src`, src)
	check(t, err)
	rows, err := db.Query(`SELECT name FROM main.sqlite_master WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name <> 'schema_migrations'
		ORDER BY name = 'meetings' DESC, name LIKE 'followup%', name`)
	check(t, err)
	var tables []string
	for rows.Next() {
		var name string
		check(t, rows.Scan(&name))
		tables = append(tables, name)
	}
	check(t, rows.Close())
	for _, table := range tables {
		cols := columns(t, db, "main", table)
		srcCols := columns(t, db, "src", table)
		cols = slices.DeleteFunc(cols, func(c string) bool { return !slices.Contains(srcCols, c) })
		pick := strings.Join(cols, ", ")
		from := pick
		if table == "meetings" {
			from = strings.Replace(from, "signed_off_at", "NULL", 1)
		}
		_, err := db.Exec(fmt.Sprintf(`INSERT INTO main.%s (%s) SELECT %s FROM src.%s ORDER BY rowid`, table, pick, from, table))
		check(t, err)
	}
	_, err = db.Exec(`UPDATE main.meetings SET signed_off_at =
		(SELECT s.signed_off_at FROM src.meetings s WHERE s.id = meetings.id)`)
	check(t, err)
	_, err = db.Exec(`DETACH DATABASE src`)
	check(t, err)
	check(t, db.Close())
}

// columns lists a table's columns in the schema named.
func columns(t *testing.T, db *sql.DB, schema, table string) []string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM pragma_table_info(?, ?) ORDER BY cid`, table, schema)
	check(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		check(t, rows.Scan(&name))
		out = append(out, name)
	}
	check(t, rows.Err())
	return out
}
