package importer

import (
	"maps"

	"github.com/styrgrupp/styrgrupp/model"
)

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
