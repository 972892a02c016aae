package sqlstore

import "github.com/styrgrupp/styrgrupp/model"

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
