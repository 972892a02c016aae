// Package pgurl is the one home of the postgres:// URLs that name a
// shared store: building one from what the window's "Anslut till server"
// asks for (Server.URL), reading one back (Parse), naming it for a person
// (Label) and keeping the password out of everything that is stored or
// logged (Redact). It has no database code, so the window uses it as the
// command line and model/postgres do.
package pgurl

import (
	"errors"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
)

// DefaultPort is PostgreSQL's port, which a URL need not name.
const DefaultPort = 5432

// ConnectTimeout is how many seconds a URL built here lets a connection
// take before it gives up, instead of the system's minutes.
const ConnectTimeout = 10

// The TLS modes (libpq's sslmode) a Server may ask for.
const (
	// VerifyFull encrypts and checks that the server's certificate is
	// issued by the CA and names the host.
	VerifyFull = "verify-full"
	// Require encrypts without checking the certificate.
	Require = "require"
	// Prefer encrypts when the server can, else not.
	Prefer = "prefer"
	// Disable never encrypts.
	Disable = "disable"
)

// Modes are the TLS modes in the order the window offers them.
var Modes = []string{VerifyFull, Require, Prefer, Disable}

// secretParams are the query parameters that hold a secret.
var secretParams = []string{"password", "sslpassword"}

// Server is a shared store's address as a person gives it.
type Server struct {
	Host     string
	Port     int // 0 is DefaultPort
	Database string
	User     string
	Password string
	// CAFile is the organisation's CA certificate (sslrootcert).
	CAFile string
	// TLS is the sslmode; "" is the rule of TLSMode.
	TLS string
}

// TLSMode is the sslmode the URL asks for: the one chosen, else
// verify-full when a CA certificate is given (the server must prove it is
// the organisation's) and prefer when not.
func (s Server) TLSMode() string {
	switch {
	case s.TLS != "":
		return s.TLS
	case s.CAFile != "":
		return VerifyFull
	}
	return Prefer
}

// URL is the server's postgres:// URL, with the password when one is
// given, the TLS mode, the CA certificate when one is given, and
// ConnectTimeout.
func (s Server) URL() string {
	port := s.Port
	if port == 0 {
		port = DefaultPort
	}
	u := url.URL{Scheme: "postgres", Host: net.JoinHostPort(strings.TrimSpace(s.Host), strconv.Itoa(port)),
		Path: "/" + strings.TrimSpace(s.Database)}
	switch user := strings.TrimSpace(s.User); {
	case user != "" && s.Password != "":
		u.User = url.UserPassword(user, s.Password)
	case user != "":
		u.User = url.User(user)
	}
	q := url.Values{}
	q.Set("sslmode", s.TLSMode())
	if ca := strings.TrimSpace(s.CAFile); ca != "" {
		q.Set("sslrootcert", ca)
	}
	q.Set("connect_timeout", strconv.Itoa(ConnectTimeout))
	u.RawQuery = q.Encode()
	return u.String()
}

// Parse reads a postgres:// URL back into a Server; ok is false for
// anything else (a file path, libpq's key=value form).
func Parse(raw string) (s Server, ok bool) {
	u, err := parse(raw)
	if err != nil {
		return Server{}, false
	}
	q := u.Query()
	s = Server{Host: u.Hostname(), Database: strings.TrimPrefix(u.Path, "/"),
		CAFile: q.Get("sslrootcert"), TLS: q.Get("sslmode")}
	if p, err := strconv.Atoi(u.Port()); err == nil {
		s.Port = p
	}
	if u.User != nil {
		s.User = u.User.Username()
		s.Password, _ = u.User.Password()
	}
	if p := q.Get("password"); p != "" {
		s.Password = p
	}
	if v := q.Get("user"); s.User == "" {
		s.User = v
	}
	if v := q.Get("dbname"); s.Database == "" {
		s.Database = v
	}
	if v := q.Get("host"); s.Host == "" {
		s.Host = v
	}
	return s, true
}

// parse parses a postgres:// or postgresql:// URL.
func parse(raw string) (*url.URL, error) {
	if !outfile.IsURL(raw) {
		return nil, errNotURL
	}
	return url.Parse(raw)
}

var errNotURL = errors.New("not a postgres:// URL")

// Redact returns the URL without its password (in the user part or as a
// parameter): what may be remembered, shown or logged. A string that is
// not a postgres:// URL is returned as "postgres", since it may hold a
// password in a form not read here.
func Redact(raw string) string {
	u, err := parse(raw)
	if err != nil {
		return "postgres"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	changed := false
	for _, k := range secretParams {
		if q.Has(k) {
			q.Del(k)
			changed = true
		}
	}
	if changed {
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// WithPassword returns the URL with password as the user's password; a
// string that is not a postgres:// URL is returned unchanged.
func WithPassword(raw, password string) string {
	u, err := parse(Redact(raw))
	if err != nil {
		return raw
	}
	s, _ := Parse(raw)
	u.User = url.UserPassword(s.User, password)
	return u.String()
}

// HasPassword tells whether the URL carries a password.
func HasPassword(raw string) bool {
	s, ok := Parse(raw)
	return ok && s.Password != ""
}

// Host names the server for a person: its host, with the port when it is
// not DefaultPort.
func Host(host string, port int) string {
	if port == 0 || port == DefaultPort {
		return host
	}
	return net.JoinHostPort(host, strconv.Itoa(port))
}

// Label names the store at a URL for a person, as the recent files list
// it: "db.kommun.se / styrgrupp (anna)". A string that is not a
// postgres:// URL is returned as it is.
func Label(raw string) string {
	s, ok := Parse(raw)
	if !ok {
		return raw
	}
	label := Host(s.Host, s.Port)
	if s.Database != "" {
		label += " / " + s.Database
	}
	if s.User != "" {
		label += " (" + s.User + ")"
	}
	return label
}
