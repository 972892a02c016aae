package pgurl

import (
	"strings"
	"testing"
)

// The URL names the server, the database and the login; TLS is
// verify-full with a CA certificate and prefer without one, unless a mode
// is chosen; the port defaults to PostgreSQL's.
func TestURLFollowsTheTLSRuleAndDefaults(t *testing.T) {
	for _, c := range []struct {
		name string
		s    Server
		want string
	}{
		{"no CA: prefer", Server{Host: "db.kommun.se", Database: "styrgrupp", User: "anna"},
			"postgres://anna@db.kommun.se:5432/styrgrupp?connect_timeout=10&sslmode=prefer"},
		{"a CA: verify-full", Server{Host: "db.kommun.se", Port: 5433, Database: "styrgrupp", User: "anna", CAFile: "/etc/kommun/ca.crt"},
			"postgres://anna@db.kommun.se:5433/styrgrupp?connect_timeout=10&sslmode=verify-full&sslrootcert=%2Fetc%2Fkommun%2Fca.crt"},
		{"a chosen mode wins", Server{Host: "db", Database: "s", User: "anna", CAFile: "ca.crt", TLS: Require},
			"postgres://anna@db:5432/s?connect_timeout=10&sslmode=require&sslrootcert=ca.crt"},
		{"password and odd characters", Server{Host: " ::1 ", Database: "styr grupp", User: "anna@kommun", Password: "p@ss:/ord?"},
			"postgres://anna%40kommun:p%40ss%3A%2Ford%3F@[::1]:5432/styr%20grupp?connect_timeout=10&sslmode=prefer"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := c.s.URL()
			if got != c.want {
				t.Errorf("URL = %s\nwant    %s", got, c.want)
			}
			back, ok := Parse(got)
			want := c.s
			want.Host, want.Database, want.User = strings.TrimSpace(want.Host), strings.TrimSpace(want.Database), strings.TrimSpace(want.User)
			want.TLS = c.s.TLSMode()
			if want.Port == 0 {
				want.Port = DefaultPort
			}
			if !ok || back != want {
				t.Errorf("Parse gives %+v, want %+v", back, want)
			}
		})
	}
}

// What is remembered or logged has no password, wherever the URL held it;
// WithPassword puts one back.
func TestRedactDropsThePasswordAndWithPasswordAddsIt(t *testing.T) {
	for raw, want := range map[string]string{
		"postgres://anna:hemligt@db.kommun.se/styrgrupp?sslmode=verify-full": "postgres://anna@db.kommun.se/styrgrupp?sslmode=verify-full",
		"postgresql://anna@db/s?password=hemligt&sslmode=require":            "postgresql://anna@db/s?sslmode=require",
		"postgres://anna@db/s?sslpassword=hemligt":                           "postgres://anna@db/s",
		"postgres://db/s":                    "postgres://db/s",
		"host=db user=anna password=hemligt": "postgres",
		"styrgrupp.db":                       "postgres",
	} {
		if got := Redact(raw); got != want {
			t.Errorf("Redact(%q) = %q, want %q", raw, got, want)
		}
		if strings.Contains(Redact(raw), "hemligt") {
			t.Errorf("Redact(%q) keeps the password", raw)
		}
	}
	with := WithPassword("postgres://anna@db.kommun.se/styrgrupp?password=gammalt&sslmode=verify-full", "nytt lösen")
	if s, _ := Parse(with); s.Password != "nytt lösen" || s.User != "anna" || s.TLS != VerifyFull || strings.Contains(with, "gammalt") {
		t.Errorf("WithPassword gives %s", with)
	}
	if !HasPassword(with) || HasPassword(Redact(with)) {
		t.Errorf("HasPassword: %v for %s, %v for its redaction", HasPassword(with), with, HasPassword(Redact(with)))
	}
}

// The recent files name a server store by its host, database and login,
// and a file by itself.
func TestLabelNamesHostDatabaseAndLogin(t *testing.T) {
	for raw, want := range map[string]string{
		"postgres://anna@db.kommun.se:5432/styrgrupp?sslmode=verify-full": "db.kommun.se / styrgrupp (anna)",
		"postgres://anna:hemligt@db.kommun.se:6543/styrgrupp":             "db.kommun.se:6543 / styrgrupp (anna)",
		"postgresql:///styrgrupp?host=/run/postgresql&user=bo":            "/run/postgresql / styrgrupp (bo)",
		"/home/anna/styrgrupp.db":                                         "/home/anna/styrgrupp.db",
	} {
		if got := Label(raw); got != want {
			t.Errorf("Label(%q) = %q, want %q", raw, got, want)
		}
	}
}
