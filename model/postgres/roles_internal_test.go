package postgres

import (
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/model"
)

// Each refusal of the server is told in words: the triggers' own by their
// tag, the server's by the table (or the table's id sequence) it names.
func TestRoleRefusalsInWords(t *testing.T) {
	for msg, want := range map[string]refusal{
		`styrgrupp[denied_author]: decisions.decided_by must be the signed-in member`: "author",
		`styrgrupp[denied_sign_off]: a meeting is signed off only by the second`:      "sign_off",
		`new row violates row-level security policy for table "comments"`:             "comment",
		`new row violates row-level security policy for table "sign_offs"`:            "sign_off",
		`new row violates row-level security policy for table "followup_notes"`:       "author",
		`permission denied for table decisions`:                                       "secretary",
		`permission denied for sequence proposals_id_seq`:                             "secretary",
		`permission denied for table audit_log`:                                       "audit",
		`permission denied for table logins`:                                          "owner",
		`permission denied to create role`:                                            "create_role",
		`permission denied for schema public`:                                         "upgrade",
		`permission denied for database "styrgrupp"`:                                  "connect",
		`permission denied for function styrgrupp_grant`:                              "other",
	} {
		if got := refusalOf(&pgconn.PgError{Code: stateNoPrivilege, Message: msg}); got != want {
			t.Errorf("%q: refusal %q, want %q", msg, got, want)
		}
	}
	s := &Store{url: "postgres://anna@server/styrgrupp"}
	err := s.fail(&pgconn.PgError{Code: stateNoPrivilege, Message: `permission denied for table decisions`})
	if model.ErrorCode(err) != model.EDenied {
		t.Fatalf("42501 is %v, want EDenied", err)
	}
	for l, want := range map[model.Language]string{model.Swedish: "bara sekreteraren", model.English: "only the secretary"} {
		if msg := model.ErrorMessage(err, l); !strings.Contains(msg, want) || !strings.Contains(msg, "server / styrgrupp (anna)") {
			t.Errorf("%s message %q does not name the server and %q", l, msg, want)
		}
	}
}
