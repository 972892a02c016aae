package postgres_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// A store made before migration 0013 (its search vectors parsed and
// stemmed by the server) finds, once the program migrates it, what it
// found before: the vectors of the proposals and comments already there
// are made again from their stored words.
func TestSearchWordsMigrationKeepsTheHitsOfAStoreWithData(t *testing.T) {
	s, url := openStore(t)
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	check(t, demo.Load(ctx, s, assets.Demo))
	queries := []string{"förälder", "skola", "personuppgiftsansvarig", "polisen samverkan", "kalkylen", "2026"}
	before := map[string][]model.SearchHit{}
	for _, q := range queries {
		hits, err := s.Search(ctx, q)
		check(t, err)
		if len(hits) == 0 {
			t.Fatalf("%q finds nothing in the demo: the test proves nothing", q)
		}
		before[q] = hits
	}
	check(t, s.Close())

	// Put the store back as 0012 left it.
	db := rawDB(t, url)
	for _, table := range []string{"proposal_search", "comment_search"} {
		_, err := db.Exec(ctx, `ALTER TABLE `+table+` DROP COLUMN doc`)
		check(t, err)
		_, err = db.Exec(ctx, `ALTER TABLE `+table+` ADD COLUMN doc tsvector NOT NULL GENERATED ALWAYS AS
			(to_tsvector('swedish'::regconfig, body) || to_tsvector('simple'::regconfig, body)) STORED`)
		check(t, err)
	}
	// A word longer than a tsvector holds, which the store wrote before.
	long := strings.Repeat("å", 1100)
	_, err := db.Exec(ctx, `UPDATE comment_search SET body = body || ' ' || $1 WHERE comment_id = (SELECT min(comment_id) FROM comment_search)`, long)
	check(t, err)
	_, err = db.Exec(ctx, `DELETE FROM schema_migrations WHERE version = 13`)
	check(t, err)

	again, err := postgres.Open(ctx, url)
	check(t, err)
	t.Cleanup(func() { again.Close() })
	var v int
	check(t, db.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v))
	if v != postgres.SchemaVersion() {
		t.Fatalf("migrated to %d, want %d", v, postgres.SchemaVersion())
	}
	var made string
	check(t, db.QueryRow(ctx, `SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
		JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
		WHERE d.adrelid = 'comment_search'::regclass AND a.attname = 'doc'`).Scan(&made))
	if !strings.Contains(made, "array_to_tsvector") {
		t.Fatalf("comment_search.doc is made by %s after the migration", made)
	}
	var kept int
	var vectors string
	check(t, db.QueryRow(ctx, `SELECT count(*) FILTER (WHERE strpos(body, $1) > 0), string_agg(doc::text, ' ')
		FROM comment_search`, long).Scan(&kept, &vectors))
	if kept != 0 || strings.Contains(vectors, "åå") {
		t.Errorf("the over-long word is still in %d bodies, or in the vectors", kept)
	}
	for _, q := range queries {
		hits, err := again.Search(ctx, q)
		check(t, err)
		if !slices.Equal(hits, before[q]) {
			t.Errorf("%q finds %v after the migration, %v before", q, hits, before[q])
		}
	}
	r, err := again.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Errorf("check: %s", reportText(r))
	}
}
