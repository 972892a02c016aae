package postgres_test

import (
	"context"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// The PostgreSQL store keeps the contract every store keeps, each rule on
// a new database of the test cluster.
func TestContract(t *testing.T) {
	urls := &storeURLs{m: map[model.Store]string{}}
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) model.Store {
			s, url := openStore(t)
			urls.set(s, url)
			return s
		},
		Reopen: func(t *testing.T, s model.Store) model.Store {
			other, err := postgres.Open(context.Background(), urls.get(s))
			check(t, err)
			t.Cleanup(func() { other.Close() })
			urls.set(other, urls.get(s))
			return other
		},
		SQL: plainSQL{urls},
	})
}

// storeURLs maps each store the harness opened to its database's URL,
// for the contract's rules that run in parallel.
type storeURLs struct {
	mu sync.Mutex
	m  map[model.Store]string
}

func (u *storeURLs) get(s model.Store) string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.m[s]
}

func (u *storeURLs) set(s model.Store, url string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.m[s] = url
}

// plainSQL reaches a store's database with plain pgx, as psql would
// (rawDB): none of the store's code.
type plainSQL struct{ urls *storeURLs }

func (p plainSQL) Connect(t *testing.T, s model.Store) storetest.Conn {
	return sqlConn{rawDB(t, p.urls.get(s)), s.(*postgres.Store)}
}

// sqlConn is a plainSQL connection to one store's database.
type sqlConn struct {
	db *pgx.Conn
	s  *postgres.Store
}

func (c sqlConn) Exec(stmt string, args ...any) error {
	_, err := c.db.Exec(context.Background(), stmt, args...)
	return err
}

// DropGuards disables the table's own triggers, as its owner can.
func (c sqlConn) DropGuards(table string) error {
	return c.Exec(`ALTER TABLE ` + pgx.Identifier{table}.Sanitize() + ` DISABLE TRIGGER USER`)
}

func (c sqlConn) Fail(err error) error { return c.s.Fail(err) }
