package importer

import (
	"maps"

	"github.com/styrgrupp/styrgrupp/model"
)

// docxMessages are the messages of reading a Word document (docx.go),
// added to the importer's catalogue.
var docxMessages = map[model.Language]map[string]string{
	model.Swedish: {
		"word.heading":   "Rubrik",
		"word.paragraph": "stycke",
		"word.field":     "fält",

		"docx_not_zip":          "filen är inget Word-dokument (.docx), den är inte ens ett zip-arkiv; öppna den i Word och spara den som Word-dokument (.docx)",
		"docx_not_docx":         "filen är ett zip-arkiv men inget Word-dokument (word/document.xml saknas); öppna den i Word och spara den som Word-dokument (.docx)",
		"docx_macros":           "dokumentet innehåller makron (.docm) och läses inte; spara det i Word som Word-dokument (.docx) utan makron",
		"docx_encrypted":        "dokumentet är lösenordsskyddat eller sparat i det gamla Word-formatet (.doc); spara det som Word-dokument (.docx) utan lösenord",
		"docx_too_many_parts":   "dokumentet har fler än %d delar, långt mer än Word skriver; öppna det i Word och spara det igen",
		"docx_part_too_large":   "dokumentets del %s blir större än %d MB uppackad; dela upp förslagen på flera dokument",
		"docx_too_large":        "dokumentet blir större än %d MB uppackat; dela upp förslagen på flera dokument",
		"docx_too_deep":         "dokumentet är skadat (delen %s har element i fler än %d nivåer); öppna det i Word och spara det igen",
		"docx_damaged":          "dokumentet är skadat (delen %s: %s); öppna det i Word och spara det igen",
		"docx_footnotes":        "dokumentet har %d fotnoter eller slutnoter; deras text läses inte in, skriv den i stycket i stället",
		"docx_no_headings":      "dokumentet har ingen rubrik i formatet Rubrik 1 eller Rubrik 2; varje område ska vara en Rubrik 1 och varje insats en Rubrik 2 under sitt område",
		"docx_h2_before_h1":     "insatsen står före det första området; skriv området som en Rubrik 1 ovanför den",
		"docx_area_ref":         "%s är inget nummer för ett område; en Rubrik 1 börjar med ett heltal, t.ex. 2 Trygg skola, eller utan nummer",
		"docx_intervention_ref": "numret %s hör inte till området %s ovanför; skriv t.ex. %s, eller inget nummer",
		"docx_unknown_label":    "okänt fält, som inte läses in",
		"docx_duplicate_label":  "fältet finns redan i stycke %d under samma rubrik; skriv allt under ett av dem",
		"docx_ref_mismatch":     "referensen %s stämmer inte med numret %s i rubriken; rätta den ena",
	},
	model.English: {
		"word.heading":   "Heading",
		"word.paragraph": "paragraph",
		"word.field":     "field",

		"docx_not_zip":          "the file is not a Word document (.docx), not even a zip archive; open it in Word and save it as a Word document (.docx)",
		"docx_not_docx":         "the file is a zip archive but not a Word document (word/document.xml is missing); open it in Word and save it as a Word document (.docx)",
		"docx_macros":           "the document contains macros (.docm) and is not read; save it in Word as a Word document (.docx) without macros",
		"docx_encrypted":        "the document is password-protected or saved in the old Word format (.doc); save it as a Word document (.docx) without a password",
		"docx_too_many_parts":   "the document has more than %d parts, far more than Word writes; open it in Word and save it again",
		"docx_part_too_large":   "the document's part %s is larger than %d MB unpacked; split the proposals into several documents",
		"docx_too_large":        "the document is larger than %d MB unpacked; split the proposals into several documents",
		"docx_too_deep":         "the document is damaged (its part %s nests elements more than %d deep); open it in Word and save it again",
		"docx_damaged":          "the document is damaged (its part %s: %s); open it in Word and save it again",
		"docx_footnotes":        "the document has %d footnotes or endnotes; their text is not imported, write it in the paragraph instead",
		"docx_no_headings":      "the document has no heading in the style Heading 1 or Heading 2; each area should be a Heading 1 and each intervention a Heading 2 under its area",
		"docx_h2_before_h1":     "the intervention stands before the first area; write the area as a Heading 1 above it",
		"docx_area_ref":         "%s is not an area's number; a Heading 1 begins with a whole number, e.g. 2 Safe school, or with none",
		"docx_intervention_ref": "the number %s does not belong to the area %s above; write e.g. %s, or no number",
		"docx_unknown_label":    "unknown field; it is not imported",
		"docx_duplicate_label":  "the field is already in paragraph %d under the same heading; write it all under one of them",
		"docx_ref_mismatch":     "the ref %s does not match the number %s in the heading; correct one of them",
	},
}

func init() {
	for l, m := range docxMessages {
		maps.Copy(messages[l], m)
	}
}
