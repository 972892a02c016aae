package sqlite

import "context"

// Fail exposes the store's mapping of SQLite errors to model errors to the
// external tests, which feed it the refusals of the real triggers.
func (s *Store) Fail(err error) error { return s.fail(err) }

// IndexAll fills the full-text indexes of the store file at path from its
// proposals and comments, as migration 0014 does, for a schema file
// written at today's version, which no migration fills on opening.
func IndexAll(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	if err := s.write(context.Background(), indexAll); err != nil {
		s.Close()
		return err
	}
	return s.Close()
}
