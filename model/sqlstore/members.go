package sqlstore

import (
	"fmt"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// MemberCols are the columns of members that ScanMember reads.
const MemberCols = `id, name, title, email, role, active, created_at`

// ScanMember reads one member from MemberCols.
func ScanMember(sc Scanner) (model.Member, error) {
	var m model.Member
	var role, created string
	if err := sc.Scan(&m.ID, &m.Name, &m.Title, &m.Email, &role, &m.Active, &created); err != nil {
		return m, err
	}
	m.Role = model.MemberRole(role)
	var err error
	m.CreatedAt, err = ParseTime(created)
	return m, err
}

// LoadMember reads one member by id.
func LoadMember(t Tx, id int64) (model.Member, error) {
	m, err := ScanMember(t.QueryRow(`SELECT `+MemberCols+` FROM members WHERE id = $1`, id))
	return m, NoRows(err, "member", id)
}

// RequireMembers checks that every non-zero id names a member, in one
// query; the error names the first that does not.
func RequireMembers(t Tx, ids ...int64) error {
	var want []any
	var params []string
	for _, id := range ids {
		if id != 0 {
			want = append(want, id)
			params = append(params, fmt.Sprintf("$%d", len(want)))
		}
	}
	if len(want) == 0 {
		return nil
	}
	found, err := Collect(Select(t, `SELECT id FROM members WHERE id IN (`+strings.Join(params, ",")+`)`, want...),
		func(sc Scanner) (id int64, err error) { err = sc.Scan(&id); return id, err })
	if err != nil {
		return err
	}
	for _, id := range want {
		if !slices.Contains(found, id.(int64)) {
			return NotFound("member", id)
		}
	}
	return nil
}
