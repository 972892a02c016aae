package importer

import (
	"io"
	"maps"
	"path/filepath"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// MemberColumns are the columns of a member list: the steering group,
// one member a row, as a secretary keeps it in a spreadsheet.
var MemberColumns = []Column{
	{Field: "name", Header: "Namn", Aliases: []string{"Name", "Namn på ledamot"}},
	{Field: "title", Header: "Titel", Aliases: []string{"Title", "Befattning", "Tjänst"}},
	{Field: "role", Header: "Roll", Aliases: []string{"Role"}},
	{Field: "email", Header: "E-post", Aliases: []string{"Epost", "E-postadress", "Email", "E-mail"}},
}

// memberLayout reads a member list; it is not among layouts, since a
// member list is read only when one is asked for (ReadMembers).
var memberLayout = newLayout(false, MemberColumns, nil,
	map[string]string{"name": "missing_name_column"}, "no_member_rows")

// memberSheetNames are the names of the sheet a workbook's member list
// is read from when it has one; otherwise the first sheet is read.
var memberSheetNames = []string{"ledamöter", "ledamoter", "members", "styrgrupp", "steering group"}

// chooseMemberSheet returns the sheet named for the member list, or the
// first sheet, read as a member list.
func chooseMemberSheet(sheets []string) ([]sheetChoice, bool) {
	for _, s := range sheets {
		n := strings.TrimSpace(model.NFC(s))
		for _, want := range memberSheetNames {
			if strings.EqualFold(n, want) {
				return []sheetChoice{{s, memberLayout}}, true
			}
		}
	}
	if len(sheets) == 0 {
		return nil, false
	}
	return []sheetChoice{{sheets[0], memberLayout}}, false
}

// memberHeader tells whether hs is a member list's header row: one with
// a Namn column.
func memberHeader(hs []string) *layout {
	for _, h := range hs {
		if i := memberLayout.lookup(h); i >= 0 && memberLayout.columns[i].Field == "name" {
			return memberLayout
		}
	}
	return nil
}

// knownMemberHeader tells whether a member list knows the header h.
func knownMemberHeader(h string) bool { return memberLayout.lookup(h) >= 0 }

// MemberRow is one member read from a member list, and where it stands.
type MemberRow struct {
	Member model.Member // valid, active, with a role (ledamot when the cell is blank)
	File   string
	Sheet  string
	Row    int // as the spreadsheet shows it
}

// MemberList is what ReadMembers found in one file.
type MemberList struct {
	File     string
	Members  []MemberRow
	Warnings []Problem
}

// ReadMembersFile reads the member list in the file at path. See
// ReadMembers.
func ReadMembersFile(path string) (MemberList, error) {
	f, err := openFile(path)
	if err != nil {
		return MemberList{File: baseName(path)}, err
	}
	defer f.Close()
	return ReadMembers(path, f)
}

// ReadMembers reads a member list: a CSV file (";" or "," separated,
// UTF-8 or Windows-1252, as Swedish Excel saves it) or an .xlsx workbook
// (its sheet Ledamöter or Members, else its first sheet), with a header
// row naming the columns Namn, Titel, Roll and E-post, in Swedish or
// English, in any order; only Namn is required. A blank role is a
// ledamot. The file is read whole, with the import's limits: the error,
// when not nil, is Problems, each naming the file, row and column, and
// then no member is returned, so that a list is taken all or nothing.
func ReadMembers(name string, r io.Reader) (MemberList, error) {
	base := baseName(name)
	c := newCollector(base, "")
	var out tableRows
	switch ext := strings.ToLower(filepath.Ext(base)); ext {
	case ".xlsx", ".xlsm", ".csv", ".txt", ".tsv":
		data, err := readAll(r)
		switch {
		case err != nil:
			c.fail(0, "", "file_unreadable", errText(err))
		case len(data) > maxFileSize<<20:
			c.fail(0, "", "file_too_large", maxFileSize)
		case ext == ".xlsx" || ext == ".xlsm":
			out = readWorkbook(data, c, chooseMemberSheet, "empty_member_file")
		default:
			t := newTable(c)
			t.within = memberLayout
			readCSVTable(data, t, knownMemberHeader, "empty_member_file")
			out.members = t.members
		}
	case "":
		c.fail(0, "", "no_extension")
	default:
		c.fail(0, "", "unsupported_member_extension", ext)
	}
	var warnings []Problem
	for _, w := range c.warnings() {
		if w.Key != "no_member_rows" { // an error below
			warnings = append(warnings, w)
		}
	}
	if c.nErrs == 0 && len(out.members) == 0 {
		c.fail(0, "", "no_member_rows")
	}
	if errs := c.errors(); errs != nil {
		return MemberList{File: base, Warnings: warnings}, errs
	}
	return MemberList{File: base, Members: out.members, Warnings: warnings}, nil
}

// memberRow reads data row n of a member list; a name given on an
// earlier row is refused again, since a member is one person.
func (t *table) memberRow(n int, cells []cell) {
	before := t.c.startRecord()
	get := func(field string) string {
		if col := t.cols[t.l.col(field)]; col >= 0 && col < len(cells) {
			return strings.Join(strings.Fields(model.NFC(cells[col].str())), " ")
		}
		return ""
	}
	m := model.Member{Name: get("name"), Title: get("title"), Email: get("email"),
		Role: model.MemberRoleMember, Active: true}
	if m.Name == "" {
		t.c.fail(n, t.column("name"), "member_name_empty")
	}
	if s := get("role"); s != "" {
		r, ok := model.ParseMemberRole(s)
		if !ok {
			t.c.fail(n, t.column("role"), "member_role_unknown", s, memberRoleNames{})
		}
		m.Role = r
	}
	for _, earlier := range t.members {
		if m.Name != "" && strings.EqualFold(earlier.Member.Name, m.Name) {
			t.c.fail(n, t.column("name"), "member_duplicate", m.Name, earlier.Row)
		}
	}
	if t.c.nErrs == before {
		t.members = append(t.members, MemberRow{Member: m, File: t.c.file, Sheet: t.c.sheet, Row: n})
	}
}

// memberRoleNames lists the standing roles in a message's language.
type memberRoleNames struct{}

// Label returns the roles' names in l, as a list.
func (memberRoleNames) Label(l model.Language) string {
	names := make([]string, len(model.MemberRoles))
	for i, r := range model.MemberRoles {
		names[i] = r.Label(l)
	}
	return strings.Join(names, ", ")
}

// memberMessages are the messages of a member list (members.go), added
// to the catalogue of messages.go.
var memberMessages = map[model.Language]map[string]string{
	model.Swedish: {
		"empty_member_file":            "filen är tom; den ska ha en rubrikrad med kolumnerna Namn, Titel och Roll och sedan en ledamot per rad",
		"no_member_header":             "hittade ingen rubrikrad; överst ska en rad ha minst kolumnen Namn (och gärna Titel och Roll)",
		"missing_name_column":          "kolumnen Namn saknas; rubrikraden måste ha en kolumn som heter Namn eller Name",
		"no_member_rows":               "det finns inga ledamöter under rubrikraden",
		"member_name_empty":            "namnet saknas; varje ledamot behöver ett namn",
		"member_role_unknown":          "okänd roll %q; skriv en av %s, eller lämna cellen tom för ledamot",
		"member_duplicate":             "%s står redan på rad %d",
		"unsupported_member_extension": "filer av typen %s kan inte läsas; spara listan som Excel-arbetsbok (.xlsx) eller CSV (.csv)",
	},
	model.English: {
		"empty_member_file":            "the file is empty; it should have a header row with the columns Name, Title and Role, then one member a row",
		"no_member_header":             "no header row found; at the top, one row must have at least the column Name (and preferably Title and Role)",
		"missing_name_column":          "the Name column is missing; the header row must have a column named Name or Namn",
		"no_member_rows":               "there are no members below the header row",
		"member_name_empty":            "the name is missing; every member needs a name",
		"member_role_unknown":          "unknown role %q; write one of %s, or leave the cell blank for a member",
		"member_duplicate":             "%s is already on row %d",
		"unsupported_member_extension": "files of type %s cannot be read; save the list as an Excel workbook (.xlsx) or CSV (.csv)",
	},
}

func init() {
	for l, m := range memberMessages {
		maps.Copy(messages[l], m)
	}
}
