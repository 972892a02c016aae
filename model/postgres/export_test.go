package postgres

// Fail exposes the store's mapping of PostgreSQL errors to model errors
// to the external tests, which feed it the refusals of the real triggers.
func (s *Store) Fail(err error) error { return s.fail(err) }
