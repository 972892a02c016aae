package sqlstore

// Query is one statement of a batch (RunBatch) with what reads each of
// its rows.
type Query struct {
	SQL  string
	Args []any
	Row  func(Scanner) error
}

// Batcher is a Tx that sends several queries together: PostgreSQL's
// sends them in one round trip (a pgx.Batch).
type Batcher interface {
	Batch(qs []Query) error
}

// RunBatch runs qs in t, together when t is a Batcher and one after
// another otherwise; each query's rows go to its Row, in order.
func RunBatch(t Tx, qs ...Query) error {
	if b, ok := t.(Batcher); ok {
		return b.Batch(qs)
	}
	for _, q := range qs {
		if err := each(t, q); err != nil {
			return err
		}
	}
	return nil
}

func each(t Tx, q Query) error {
	rows, err := t.Query(q.SQL, q.Args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := q.Row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Into returns a Query's Row that appends each row, read with scan, to
// out.
func Into[T any](out *[]T, scan func(Scanner) (T, error)) func(Scanner) error {
	return func(sc Scanner) error {
		v, err := scan(sc)
		if err != nil {
			return err
		}
		*out = append(*out, v)
		return nil
	}
}
