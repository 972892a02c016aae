package postgres

import (
	"context"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"regexp"

	"github.com/jackc/pgx/v5"
	"golang.org/x/text/secure/precis"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
)

// InitServer makes the database at url a shared store, as its owner: it
// creates the schema (the migrations) and the database's group roles and
// grants them their rights (migrations/0004, styrgrupp_init_roles). A
// database that holds tables but is not a Styrgrupp store is refused
// (EState server_not_empty) and left as it is; on a Styrgrupp store it
// changes nothing that is already right, so it may run again. The caller
// needs CREATEROLE to create the roles.
func InitServer(ctx context.Context, url string) (*Store, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, model.Wrap(err, "store_open", pgurl.Redact(url))
	}
	var foreign bool
	err = conn.QueryRow(ctx, `SELECT to_regclass('public.audit_head') IS NULL AND EXISTS (
		SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND c.relkind IN ('r', 'v', 'm', 'p', 'S'))`).Scan(&foreign)
	conn.Close(context.WithoutCancel(ctx))
	if err != nil {
		return nil, model.Wrap(err, "store_open", pgurl.Redact(url))
	}
	if foreign {
		return nil, model.Errorf(model.EState, "server_not_empty", pgurl.Redact(url))
	}
	s, err := Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if _, err := s.pool.Exec(ctx, `SELECT styrgrupp_init_roles()`); err != nil {
		s.Close()
		return nil, s.fail(err)
	}
	return s, nil
}

// Groups returns the names of the database's group roles (a role's name
// is the cluster's, so each database has its own): the members' and the
// secretary's.
func (s *Store) Groups(ctx context.Context) (member, secretary string, err error) {
	err = s.pool.QueryRow(ctx, `SELECT styrgrupp_group('member'), styrgrupp_group('secretary')`).Scan(&member, &secretary)
	return member, secretary, s.fail(err)
}

// HasLogin tells whether the cluster has a role called name, so that the
// caller asks for a password only for a new login.
func (s *Store) HasLogin(ctx context.Context, name string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, name).Scan(&ok)
	return ok, s.fail(err)
}

// Login is a member's own login to a shared store.
type Login struct {
	// Name is the PostgreSQL role the member logs in as.
	Name string
	// MemberID is the member the login is mapped to.
	MemberID int64
	// Secretary gives the login the secretary's rights besides a
	// member's.
	Secretary bool
	// Password, when not empty, becomes the login's password; a new
	// login needs one. PostgreSQL is sent only its SCRAM-SHA-256
	// verifier, so the password is in no statement and no log.
	Password string
}

// loginName is what a login may be called: no quoting surprises, no
// PostgreSQL role of its own (pg_…).
var loginName = regexp.MustCompile(`^[a-z_][a-z0-9_.@-]{0,62}$`)

// AddLogin creates l's login role when it is missing, or sets its
// password when one is given; maps it to l's member; and grants it the
// secretary's group role or only the member's, taking the other away, so
// that running it again changes the login's role. It is run by the
// database's owner after InitServer, all in one transaction.
func (s *Store) AddLogin(ctx context.Context, l Login) error {
	if !loginName.MatchString(l.Name) || len(l.Name) >= 3 && l.Name[:3] == "pg_" {
		return model.Errorf(model.EInvalid, "server_login_invalid", l.Name)
	}
	return s.fail(pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var member, secretary string
		var groups int
		var exists, reserved bool
		var mapped *string
		err := tx.QueryRow(ctx, `SELECT styrgrupp_group('member'), styrgrupp_group('secretary'),
			(SELECT count(*) FROM pg_roles WHERE rolname IN (styrgrupp_group('member'), styrgrupp_group('secretary'))),
			EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1),
			$1 = current_user OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1 AND rolsuper)
			    OR $1 IN (styrgrupp_group('member'), styrgrupp_group('secretary')),
			(SELECT login FROM logins WHERE member_id = $2 AND login <> $1)`, l.Name, l.MemberID).
			Scan(&member, &secretary, &groups, &exists, &reserved, &mapped)
		switch {
		case err != nil:
			return err
		case groups < 2:
			return model.Errorf(model.EState, "server_not_initialized", s.url, s.url)
		case reserved:
			return model.Errorf(model.EInvalid, "server_login_reserved", l.Name)
		case mapped != nil:
			m, err := loadMemberName(ctx, tx, l.MemberID)
			if err != nil {
				return err
			}
			return model.Errorf(model.EConflict, "server_member_mapped", m, *mapped)
		case !exists && l.Password == "":
			return model.Errorf(model.EInvalid, "server_password_needed", l.Name)
		}
		login := pgx.Identifier{l.Name}.Sanitize()
		var stmts []string
		if l.Password != "" {
			verifier, err := scramVerifier(l.Password)
			if err != nil {
				return err
			}
			verb := "ALTER"
			if !exists {
				verb = "CREATE"
			}
			stmts = append(stmts, fmt.Sprintf("%s ROLE %s LOGIN PASSWORD '%s'", verb, login, verifier))
		}
		give, take := member, secretary
		if l.Secretary {
			give, take = secretary, member
		}
		stmts = append(stmts,
			fmt.Sprintf("GRANT %s TO %s", pgx.Identifier{give}.Sanitize(), login),
			fmt.Sprintf("REVOKE %s FROM %s", pgx.Identifier{take}.Sanitize(), login))
		for _, q := range stmts {
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
		}
		_, err = tx.Exec(ctx, `INSERT INTO logins (login, member_id) VALUES ($1, $2)
			ON CONFLICT (login) DO UPDATE SET member_id = excluded.member_id`, l.Name, l.MemberID)
		return err
	}))
}

// loadMemberName reads a member's name, for a message.
func loadMemberName(ctx context.Context, tx pgx.Tx, id int64) (string, error) {
	var name string
	err := tx.QueryRow(ctx, `SELECT name FROM members WHERE id = $1`, id).Scan(&name)
	return name, err
}

// scramIterations is PostgreSQL's own default (scram_iterations).
const scramIterations = 4096

// scramVerifier returns the SCRAM-SHA-256 verifier PostgreSQL stores for
// password (RFC 5802, RFC 7677), as psql's \password makes it: the
// password normalized as pgx normalizes it when it logs in (SASLprep's
// successor, PRECIS OpaqueString; the raw bytes when that fails), a
// random salt, and the stored and server keys.
func scramVerifier(password string) (string, error) {
	if p, err := precis.OpaqueString.String(password); err == nil {
		password = p
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	salted, err := pbkdf2.Key(sha256.New, password, salt, scramIterations, sha256.Size)
	if err != nil {
		return "", err
	}
	mac := func(msg string) []byte {
		h := hmac.New(sha256.New, salted)
		h.Write([]byte(msg))
		return h.Sum(nil)
	}
	stored := sha256.Sum256(mac("Client Key"))
	b64 := base64.StdEncoding.EncodeToString
	return fmt.Sprintf("SCRAM-SHA-256$%d:%s$%s:%s", scramIterations, b64(salt), b64(stored[:]), b64(mac("Server Key"))), nil
}
