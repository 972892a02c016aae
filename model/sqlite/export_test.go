package sqlite

// Fail exposes the store's mapping of SQLite errors to model errors to the
// external tests, which feed it the refusals of the real triggers.
func (s *Store) Fail(err error) error { return s.fail(err) }
