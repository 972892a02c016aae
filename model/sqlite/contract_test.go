package sqlite_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// The SQLite store keeps the contract every store keeps, each rule on a
// new file in a temporary folder.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) model.Store { return openStore(t) },
		Reopen: func(t *testing.T, s model.Store) model.Store {
			return openAgain(t, s.(*sqlite.Store))
		},
	})
}

// openAgain opens a second Store on the same file, as a second window or
// program would.
func openAgain(t *testing.T, s *sqlite.Store) *sqlite.Store {
	t.Helper()
	other, err := sqlite.Open(s.Path())
	check(t, err)
	t.Cleanup(func() { other.Close() })
	return other
}
