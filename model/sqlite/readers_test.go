package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestReadersStayOpenAfterABurst: after as many reads at once as the pool
// allows, every connection stays open for the next, sparing each a new
// read of the schema.
func TestReadersStayOpenAfterABurst(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var txs []*sql.Tx
	for range readers {
		tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM proposals`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
	}
	st := s.rdb.Stats()
	if st.OpenConnections != readers || st.Idle != readers || st.MaxIdleClosed != 0 {
		t.Fatalf("after %d reads at once: %d open, %d idle, %d closed as surplus; want all %d kept",
			readers, st.OpenConnections, st.Idle, st.MaxIdleClosed, readers)
	}
}
