package importer

import "github.com/styrgrupp/styrgrupp/model"

// messages are the importer's messages in Swedish and English, keyed as a
// Problem's Key. Each says what was wrong and what was expected; the place
// (file, sheet, row, column) is written in front of it by Problem.Message.
// Placeholders follow fmt; a message ends without a full stop.
var messages = map[model.Language]map[string]string{
	model.Swedish: {
		"word.sheet":  "blad",
		"word.row":    "rad",
		"word.column": "kolumn",

		// The file as a whole.
		"file_not_found":        "filen finns inte",
		"file_unreadable":       "filen gick inte att läsa (%s)",
		"file_not_regular":      "filen är ingen vanlig fil (en mapp, en namngiven rörledning eller en enhet) och läses inte",
		"file_too_large":        "filen är större än %d MB; dela upp förslagen på flera filer",
		"unsupported_extension": "filer av typen %s kan inte läsas; spara filen som Excel-arbetsbok (.xlsx), CSV (.csv) eller JSON (.json)",
		"no_extension":          "filen har ingen filändelse; den ska sluta på .xlsx, .csv, .txt, .tsv eller .json",
		"empty_file":            "filen är tom; den ska ha en rubrikrad med minst kolumnerna Ref och Titel och sedan ett förslag per rad",
		"empty_sheet":           "bladet är tomt; det ska ha en rubrikrad med minst kolumnerna Ref och Titel och sedan ett förslag per rad",
		"no_header_row":         "hittade ingen rubrikrad; överst ska en rad ha minst kolumnerna Ref (eller Referens, Nr) och Titel (eller Rubrik, Title)",
		"no_rows":               "det finns inga förslag under rubrikraden",
		"more_problems":         "…och %d fel till",
		"more_warnings":         "…och %d varningar till",

		// Headers.
		"missing_ref_column":   "kolumnen Ref saknas; rubrikraden måste ha en kolumn som heter Ref, Referens eller Nr",
		"missing_title_column": "kolumnen Titel saknas; rubrikraden måste ha en kolumn som heter Titel, Rubrik eller Title",
		"duplicate_header":     "kolumnen betyder samma sak som %s i kolumn %s; ta bort en av dem",
		"unknown_column":       "okänd kolumn, som inte läses in",

		// CSV.
		"bad_quote":           `citattecknen går inte ihop: ett värde som börjar med " måste sluta med ", och ett " inuti värdet skrivs ""`,
		"mixed_encoding":      "filen är skriven i UTF-8 men den här raden har tecken i en annan teckenkodning (t.ex. Windows-1252); spara hela filen på nytt som CSV UTF-8",
		"mixed_encoding_json": "filen är skriven i UTF-8 men rad %d har tecken i en annan teckenkodning; spara hela filen på nytt som UTF-8",
		"extra_cell":          "värdet %q står till höger om den sista rubriken (rubrikraden har %d kolumner); står det ett ; eller , i en text som inte är inom citattecken? Annars saknas en rubrik",
		"bare_quote":          `ett " står i ett värde som inte börjar med "; skriv hela värdet inom citattecken och varje " i det som ""`,
		"csv_error":           "raden går inte att läsa (%s)",

		// Excel.
		"xlsx_unreadable":  "filen går inte att öppna som Excel-arbetsbok (.xlsx): %s",
		"xlsx_damaged":     "arbetsboken är skadad (delen %s är inte vad den säger sig vara); öppna den i Excel och spara den igen",
		"xlsx_too_large":   "arbetsboken blir större än %d MB uppackad; dela upp förslagen på flera filer",
		"xlsx_old_format":  "filen är lösenordsskyddad eller sparad i det gamla Excel-formatet (.xls); spara den som Excel-arbetsbok (.xlsx) utan lösenord",
		"sheet_unreadable": "bladet går inte att läsa (%s)",
		"other_sheets":     "inget blad heter Förslag, så det första bladet lästes; de andra (%s) lästes inte",
		"ref_numeric":      "referensen %s är ett tal i Excel, som gör om t.ex. 2.10 till 2.1; formatera kolumnen som text och skriv in referenserna igen",
		"ref_numeric_many": "referensen %s och %d till är tal i Excel, som gör om t.ex. 2.10 till 2.1; formatera kolumnen som text och skriv in referenserna igen",
		"ref_date":         "Excel har gjort om referensen till datumet %s; formatera kolumnen som text och skriv in referensen igen",

		// Values.
		"invalid_value":            "%s",
		"cost_invalid":             "%q är inget belopp; skriv t.ex. 1 250 000 eller 1 250 000,50 kr",
		"cost_negative":            "%q är negativt; kostnaden ska vara 0 kr eller mer",
		"date_invalid":             "%q är inget datum; skriv t.ex. 2027-03-01 eller 1/3/2027 (dag/månad/år)",
		"date_impossible":          "%q är inget datum som finns; kontrollera dag och månad",
		"kind_unknown":             "%q är ingen typ; skriv Område eller Insats",
		"problem_area_unknown":     "%q är inget av preventionsstjärnans områden; skriv ohälsa, ANDTS, våld, kriminalitet eller utanförskap",
		"prevention_level_unknown": "%q är ingen preventionsnivå; skriv universell, selektiv eller indikerad",
		"evidence_kind_unknown":    "%q är ingen typ av evidens; skriv forskning, statistik, rapport, beprövad erfarenhet eller övrigt",

		// JSON.
		"json_syntax":            "filen är ingen giltig JSON: fel på rad %d, tecken %d (%s)",
		"json_not_object":        "filen ska vara ett JSON-objekt med fälten format_version och proposals",
		"json_trailing":          "det står något efter JSON-objektets slut, på rad %d",
		"json_version_missing":   `format_version saknas; filen ska börja med "format_version": 1`,
		"json_version_invalid":   "format_version ska vara ett heltal från 1, inte %s",
		"json_version_newer":     "filen har format_version %d, men den här versionen av Styrgrupp läser bara version %d; uppdatera programmet",
		"json_proposals_missing": "fältet proposals saknas; det ska vara en lista med förslagen",
		"json_want_list":         "väntade en lista inom [ ], men fick %s",
		"json_want_object":       "väntade ett objekt inom { }, men fick %s",
		"json_want_string":       "väntade en text inom citattecken, men fick %s",
		"json_want_number":       "väntade ett belopp, t.ex. 1250000 eller \"1 250 000 kr\", men fick %s",
		"json_want_texts":        `väntade en lista med texter, t.ex. ["a", "b"], men fick %s`,
		"json_duplicate_field":   "fältet finns två gånger i samma förslag",
		"unknown_field":          "okänt fält, som inte läses in",

		// Across the files of an import.
		"duplicate_ref": "referensen %s finns redan i %s",
		"area_missing":  "insatsen %s hör till område %s, som varken finns i filerna eller i databasen; lägg till området eller rätta referensen",
	},
	model.English: {
		"word.sheet":  "sheet",
		"word.row":    "row",
		"word.column": "column",

		"file_not_found":        "the file does not exist",
		"file_unreadable":       "the file could not be read (%s)",
		"file_not_regular":      "the file is not a regular file (a folder, a named pipe or a device) and is not read",
		"file_too_large":        "the file is larger than %d MB; split the proposals into several files",
		"unsupported_extension": "files of type %s cannot be read; save the file as an Excel workbook (.xlsx), CSV (.csv) or JSON (.json)",
		"no_extension":          "the file has no extension; it should end in .xlsx, .csv, .txt, .tsv or .json",
		"empty_file":            "the file is empty; it should have a header row with at least the columns Ref and Title, then one proposal a row",
		"empty_sheet":           "the sheet is empty; it should have a header row with at least the columns Ref and Title, then one proposal a row",
		"no_header_row":         "no header row found; at the top, one row must have at least the columns Ref (or Referens, Nr) and Title (or Titel, Rubrik)",
		"no_rows":               "there are no proposals below the header row",
		"more_problems":         "…and %d more errors",
		"more_warnings":         "…and %d more warnings",

		"missing_ref_column":   "the Ref column is missing; the header row must have a column named Ref, Referens or Nr",
		"missing_title_column": "the Title column is missing; the header row must have a column named Title, Titel or Rubrik",
		"duplicate_header":     "this column means the same as %s in column %s; remove one of them",
		"unknown_column":       "unknown column; it is not imported",

		"bad_quote":           `the quotes do not match: a value that begins with " must end with ", and a " inside the value is written ""`,
		"mixed_encoding":      "the file is written in UTF-8 but this line has characters in another encoding (such as Windows-1252); save the whole file again as CSV UTF-8",
		"mixed_encoding_json": "the file is written in UTF-8 but line %d has characters in another encoding; save the whole file again as UTF-8",
		"extra_cell":          "the value %q stands to the right of the last header (the header row has %d columns); is there a ; or , in a text that is not quoted? Otherwise a header is missing",
		"bare_quote":          `a " stands in a value that does not begin with "; put the whole value in quotes and write each " in it as ""`,
		"csv_error":           "the row cannot be read (%s)",

		"xlsx_unreadable":  "the file cannot be opened as an Excel workbook (.xlsx): %s",
		"xlsx_damaged":     "the workbook is damaged (its part %s is not what it claims to be); open it in Excel and save it again",
		"xlsx_too_large":   "the workbook is larger than %d MB unpacked; split the proposals into several files",
		"xlsx_old_format":  "the file is password-protected or saved in the old Excel format (.xls); save it as an Excel workbook (.xlsx) without a password",
		"sheet_unreadable": "the sheet cannot be read (%s)",
		"other_sheets":     "no sheet is named Proposals, so the first sheet was read; the others (%s) were not",
		"ref_numeric":      "the ref %s is a number in Excel, which turns e.g. 2.10 into 2.1; format the column as text and type the refs again",
		"ref_numeric_many": "the ref %s and %d more are numbers in Excel, which turns e.g. 2.10 into 2.1; format the column as text and type the refs again",
		"ref_date":         "Excel has turned the ref into the date %s; format the column as text and type the ref again",

		"invalid_value":            "%s",
		"cost_invalid":             "%q is not an amount; write e.g. 1250000 or 1 250 000.50 kr",
		"cost_negative":            "%q is negative; the cost must be 0 kr or more",
		"date_invalid":             "%q is not a date; write e.g. 2027-03-01 or 1/3/2027 (day/month/year)",
		"date_impossible":          "%q is not a date that exists; check the day and the month",
		"kind_unknown":             "%q is not a kind; write Area or Intervention",
		"problem_area_unknown":     "%q is not a point of the prevention star; write ill-health, ANDTS, violence, crime or exclusion",
		"prevention_level_unknown": "%q is not a prevention level; write universal, selective or indicated",
		"evidence_kind_unknown":    "%q is not a kind of evidence; write research, statistics, report, proven experience or other",

		"json_syntax":            "the file is not valid JSON: error at line %d, character %d (%s)",
		"json_not_object":        "the file must be a JSON object with the fields format_version and proposals",
		"json_trailing":          "something follows the end of the JSON object, at line %d",
		"json_version_missing":   `format_version is missing; the file should begin with "format_version": 1`,
		"json_version_invalid":   "format_version must be a whole number from 1, not %s",
		"json_version_newer":     "the file has format_version %d, but this version of Styrgrupp reads only version %d; update the program",
		"json_proposals_missing": "the field proposals is missing; it should be a list of the proposals",
		"json_want_list":         "expected a list in [ ], got %s",
		"json_want_object":       "expected an object in { }, got %s",
		"json_want_string":       "expected a text in quotes, got %s",
		"json_want_number":       "expected an amount, e.g. 1250000 or \"1 250 000 kr\", got %s",
		"json_want_texts":        `expected a list of texts, e.g. ["a", "b"], got %s`,
		"json_duplicate_field":   "the field appears twice in the same proposal",
		"unknown_field":          "unknown field; it is not imported",

		"duplicate_ref": "the ref %s is already used in %s",
		"area_missing":  "intervention %s belongs to area %s, which is neither in the files nor in the database; add the area or correct the ref",
	},
}
