package postgres

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
)

// FuzzCopyTextRoundTrip sends rows of any text through copyText, into a
// table of the server, between a number and a NULL, and reads them back:
// a text the server takes comes back as written, each field in its own
// column; one it refuses (a NUL byte, invalid UTF-8) is an error, never a
// row cut short or spilled into the next column.
func FuzzCopyTextRoundTrip(f *testing.F) {
	for _, s := range []string{"", `\`, `\.`, "\\.\n", "a\n\\.\nb", "\r\n", "\t", `\N`, `\\N`, "\\\t\\", "\x00", "\xff", "ö\u2028\u0085", "a\x7fb", strings.Repeat("å", 5000)} {
		f.Add(s, s+"x")
	}
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, pgtest.URL(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(pool.Close)
	c, err := pool.Acquire(ctx)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(c.Release)
	if _, err := c.Exec(ctx, `CREATE TEMP TABLE copy_fuzz (a text, n bigint, z text, b text)`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if _, err := c.Exec(ctx, `TRUNCATE copy_fuzz`); err != nil {
			t.Fatal(err)
		}
		bt := &bulkTable{cols: []string{"a", "n", "z", "b"}, rows: [][]any{{a, int64(-7), nil, b}, {b, 8, nil, a}}}
		err := copyText(ctx, c, "copy_fuzz", bt)
		valid := func(s string) bool { return utf8.ValidString(s) && !strings.ContainsRune(s, 0) }
		if !valid(a) || !valid(b) {
			if err == nil {
				t.Fatalf("COPY took %q, %q", a, b)
			}
			return
		}
		if err != nil {
			t.Fatalf("COPY of %q, %q: %v", a, b, err)
		}
		rows, err := c.Query(ctx, `SELECT a, n, z IS NULL, b FROM copy_fuzz ORDER BY n`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var got [][4]any
		for rows.Next() {
			var ga, gb string
			var n int64
			var null bool
			if err := rows.Scan(&ga, &n, &null, &gb); err != nil {
				t.Fatal(err)
			}
			got = append(got, [4]any{ga, n, null, gb})
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		want := [][4]any{{a, int64(-7), true, b}, {b, int64(8), true, a}}
		if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
			t.Fatalf("read back %q, want %q", got, want)
		}
	})
}
