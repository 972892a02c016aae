package importer_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// membersOf returns the name, title and role of each member read.
func membersOf(rows []importer.MemberRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Member.Name+"|"+r.Member.Title+"|"+string(r.Member.Role))
	}
	return out
}

// A member list saved from Swedish Excel as "CSV (semikolonavgränsad)"
// (Windows-1252, ";") reads with its roles in Swedish, a blank role as a
// ledamot; an English list with "," reads alike.
func TestReadMembersCSV(t *testing.T) {
	sv, err := charmap.Windows1252.NewEncoder().Bytes([]byte(
		"Namn;Titel;Roll\r\nAnna Lindqvist;Kommundirektör;Ordförande\r\n\r\nMats Hedlund;Socialchef;\r\nÅsa Öberg;Nämndsekreterare;Sekreterare\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := importer.ReadMembers("ledamöter.csv", bytes.NewReader(sv))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Anna Lindqvist|Kommundirektör|chair", "Mats Hedlund|Socialchef|member", "Åsa Öberg|Nämndsekreterare|secretary"}
	if strings.Join(membersOf(got.Members), "\n") != strings.Join(want, "\n") {
		t.Errorf("read %q, want %q", membersOf(got.Members), want)
	}
	if rows := [3]int{got.Members[0].Row, got.Members[1].Row, got.Members[2].Row}; rows != [3]int{2, 4, 5} {
		t.Errorf("rows %v, want 2, 4, 5 as the spreadsheet numbers them", rows)
	}
	for _, r := range got.Members {
		if !r.Member.Active || r.Member.Validate() != nil {
			t.Errorf("%+v is not an active, valid member", r.Member)
		}
	}
	en, err := importer.ReadMembers("members.csv", strings.NewReader("Role,Name,Title\nVice chair,Bo Ek,Ekonomichef\n,Eva Berg,\"Chef, kultur\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"Bo Ek|Ekonomichef|vice_chair", "Eva Berg|Chef, kultur|member"}
	if strings.Join(membersOf(en.Members), "\n") != strings.Join(want, "\n") {
		t.Errorf("read %q, want %q", membersOf(en.Members), want)
	}
}

// A list with bad rows gives no member at all, and each problem names the
// file, the row and the column: an unknown role, an empty name, a name
// given twice.
func TestReadMembersRefusesBadRowsWhole(t *testing.T) {
	text := "Namn;Titel;Roll\nAnna Lindqvist;Kommundirektör;Kung\n;Socialchef;Ledamot\nBo Ek;;\nbo ek;Ekonom;\n"
	got, err := importer.ReadMembers("grupp.csv", strings.NewReader(text))
	if len(got.Members) != 0 {
		t.Errorf("a list with errors gave members %q", membersOf(got.Members))
	}
	ps := importer.AsProblems(err)
	msgs := ps.Message(model.Swedish)
	for _, want := range []string{
		`grupp.csv, rad 2, kolumn Roll: okänd roll "Kung"; skriv en av Ordförande`,
		"grupp.csv, rad 3, kolumn Namn: namnet saknas",
		"grupp.csv, rad 5, kolumn Namn: bo ek står redan på rad 4",
	} {
		if !strings.Contains(msgs, want) {
			t.Errorf("the messages\n%s\ndo not say %q", msgs, want)
		}
	}
	if len(ps) != 3 {
		t.Errorf("%d problems, want 3:\n%s", len(ps), msgs)
	}
	if en := ps.Message(model.English); !strings.Contains(en, `grupp.csv, row 2, column Roll: unknown role "Kung"; write one of Chair`) {
		t.Errorf("the English messages say\n%s", en)
	}
}

// A file that is no member list says what it lacks.
func TestReadMembersNeedsANameColumn(t *testing.T) {
	for name, c := range map[string]struct{ text, want string }{
		"empty":     {"", "lista.csv: filen är tom"},
		"no name":   {"Titel;Roll\nSocialchef;Ledamot\n", "lista.csv: hittade ingen rubrikrad"},
		"no rows":   {"Namn;Titel;Roll\n", "lista.csv: det finns inga ledamöter"},
		"proposals": {"Ref;Titel\n1;Trygg skola\n", "lista.csv: hittade ingen rubrikrad"},
	} {
		_, err := importer.ReadMembers("lista.csv", strings.NewReader(c.text))
		if msg := importer.AsProblems(err).Message(model.Swedish); !strings.HasPrefix(msg, c.want) {
			t.Errorf("%s: the message is %q, want it to start %q", name, msg, c.want)
		}
	}
	if _, err := importer.ReadMembers("lista.json", strings.NewReader("{}")); err == nil {
		t.Error("a JSON member list is read")
	}
}

// A member list in a workbook from Swedish Excel reads from its sheet
// Ledamöter, below a title row, with the sheet's own row numbers; a bad
// row there names the sheet, row and column.
func TestReadMembersXLSX(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "styrgrupp.xlsx")
	if err := writeXLSX(good, "Ledamöter", [][]any{
		{"Styrgruppen för En kommun fri från våld"},
		{},
		{"Namn", "Titel", "Roll", "E-post"},
		{"Anna Lindqvist", "Kommundirektör", "ordförande", "anna@kommun.se"},
		{"Mats Hedlund", "Socialchef", nil, nil},
	}); err != nil {
		t.Fatal(err)
	}
	got, err := importer.ReadMembersFile(good)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Anna Lindqvist|Kommundirektör|chair", "Mats Hedlund|Socialchef|member"}
	if strings.Join(membersOf(got.Members), "\n") != strings.Join(want, "\n") {
		t.Errorf("read %q, want %q", membersOf(got.Members), want)
	}
	if got.Members[0].Row != 4 || got.Members[0].Member.Email != "anna@kommun.se" || got.Members[1].Sheet != "Ledamöter" {
		t.Errorf("the first member is %+v, the second %+v", got.Members[0], got.Members[1])
	}
	bad := filepath.Join(dir, "fel.xlsx")
	if err := writeXLSX(bad, "Blad1", [][]any{
		{"Name", "Title", "Role"},
		{"Anna Lindqvist", "Kommundirektör", "Drottning"},
		{nil, "Socialchef", "Ledamot"},
	}); err != nil {
		t.Fatal(err)
	}
	got, err = importer.ReadMembersFile(bad)
	msgs := importer.AsProblems(err).Message(model.English)
	for _, w := range []string{`fel.xlsx, sheet Blad1, row 2, column Role: unknown role "Drottning"`, "fel.xlsx, sheet Blad1, row 3, column Name: the name is missing"} {
		if !strings.Contains(msgs, w) {
			t.Errorf("the messages\n%s\ndo not say %q", msgs, w)
		}
	}
	if len(got.Members) != 0 {
		t.Errorf("a workbook with errors gave members %q", membersOf(got.Members))
	}
	if _, err := importer.ReadMembersFile(filepath.Join(dir, "saknas.xlsx")); !strings.Contains(importer.AsProblems(err).Message(model.Swedish), "saknas.xlsx: filen finns inte") {
		t.Errorf("a missing file says %v", err)
	}
}

// FuzzReadMembers: any CSV or workbook (a zip) gives either no members and
// Problems naming the file with whole messages, or only valid, active
// members of distinct names at rows of the file.
func FuzzReadMembers(f *testing.F) {
	f.Add([]byte("Namn;Titel;Roll\nAnna Lindqvist;Kommundirektör;Ordförande\n"))
	f.Add([]byte("Name,Role\nBo Ek,deputy\n,x\n"))
	f.Add([]byte("Titel;Roll\n"))
	seedFiles(f, ".xlsx")
	f.Fuzz(func(t *testing.T, data []byte) {
		name := "lista.csv"
		if bytes.HasPrefix(data, []byte("PK")) { // a zip: read as a workbook
			name = "lista.xlsx"
		}
		got, err := importer.ReadMembers(name, bytes.NewReader(data))
		if err != nil {
			if len(got.Members) != 0 {
				t.Fatalf("error %v with %d members", err, len(got.Members))
			}
			for _, p := range importer.AsProblems(err) {
				if msg := p.Message(model.Swedish); p.File != name || strings.Contains(msg, "%!") {
					t.Fatalf("problem %+v: %q", p, msg)
				}
			}
			return
		}
		seen := map[string]bool{}
		for _, r := range got.Members {
			key := strings.ToLower(r.Member.Name)
			if r.Member.Validate() != nil || !r.Member.Active || r.Row < 1 || seen[key] {
				t.Fatalf("member %+v", r)
			}
			seen[key] = true
		}
	})
}
