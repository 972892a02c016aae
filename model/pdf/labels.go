package pdf

import (
	"fmt"

	"github.com/styrgrupp/styrgrupp/model"
)

// labels are the documents' own words in Swedish and English; the names
// of the domain's values (outcomes, roles, problem areas …) come from the
// model's Label methods. Placeholders follow fmt.
var labels = map[model.Language]map[string]string{
	model.Swedish: {
		"minutes":             "Protokoll",
		"extract":             "Protokollsutdrag",
		"basis":               "Beslutsunderlag",
		"meeting_date":        "Sammanträdesdatum %s",
		"place_time":          "Plats och tid",
		"deciding":            "Beslutande",
		"others_present":      "Övriga närvarande",
		"absent":              "Frånvarande",
		"adjuster_appointed":  "Utses att justera",
		"signoff_place_time":  "Justeringens plats och tid",
		"sections":            "Paragrafer",
		"minutes_fingerprint": "Protokollets fingeravtryck (SHA-256)",
		"signatures":          "Underskrifter",
		"signed_at":           "Justerat %s",
		"signed_with":         "med %s",
		"not_signed":          "Ej justerat",
		"draft":               "UTKAST – ej justerat",
		"attachment":          "Besluten i maskinläsbar form (JSON, exportens format)",
		"watermark":           "Utkast – ej justerat",
		"justering":           "Justering",
		"justering_line":      "Protokollet har skickats för justering den %s; %s.",
		"justering_none":      "inga justeringsanteckningar",
		"justering_one":       "1 justeringsanteckning",
		"justering_many":      "%d justeringsanteckningar",
		"justering_answered":  "%s, alla besvarade",
		"justering_open":      "%s, %d obesvarade",
		"page":                "Sida %d av %d",
		"doc_id":              "Dokument-id %s",
		"made_at":             "skapat %s",
		"initials":            "Justerandes signatur",
		"summary":             "Ärendebeskrivning",
		"proposal_rev":        "Förslag %s, version %d",
		"fingerprint":         "Fingeravtryck (SHA-256) för versionens innehåll:",
		"decision":            "Beslut",
		"no_decision":         "Inget beslut är fattat i ärendet ännu.",
		"corrects":            "Beslutet rättar beslutet vid sammanträdet %s, § %d.",
		"conditions":          "Villkor",
		"return":              "Återremiss",
		"return_what":         "Ska kompletteras",
		"return_who":          "Av",
		"return_by":           "Senast",
		"reservations":        "Reservationer",
		"notes":               "Protokollsanteckningar",
		"recusals":            "Jäv",
		"recipients":          "Expedieras till",
		"by_meeting":          "Sammanträdet",
		"certification":       "Utdragsbestyrkande",
		"certify":             "Rätt utdraget betygar",
		"certified_by":        "Utdragsbestyrkande: %s, %s",
		"not_certified":       "Protokollet är inte justerat, så utdraget är inte bestyrkt.",
		"signed_off":          "Protokollet justerat",
		"meeting":             "Sammanträde",
		"minutes_signed":      "Protokollet justerades %s.",
		"area":                "Område",
		"status":              "Status",
		"revision":            "Version",
		"revision_of":         "%d, sparad %s",
		"fingerprint_label":   "Fingeravtryck (SHA-256)",
		"period":              "Period",
		"decisions":           "Beslut i ärendet",
		"no_decisions":        "Inga beslut är fattade om förslaget ännu.",
		"decided_at":          "%s, § %d",
		"decided_on_rev":      "Taget på version %d, med fingeravtrycket:",
		"same_rev":            "Taget på den version som beskrivs ovan.",
		"comments":            "Kommentarer",
		"no_comments":         "Inga kommentarer.",
		"resolved":            "löst",
		"comment_edited":      "ändrad %s",
		"comment_deleted":     "[borttagen]",
		"date_time":           "%s kl. %s",
		"section_count":       "§ %d",
		"section_range":       "§§ %d–%d",
		"none":                "–",
		"continued":           "(forts.)",
	},
	model.English: {
		"minutes":             "Minutes",
		"extract":             "Extract from the minutes",
		"basis":               "Decision basis",
		"meeting_date":        "Meeting of %s",
		"place_time":          "Place and time",
		"deciding":            "Members deciding",
		"others_present":      "Also present",
		"absent":              "Absent",
		"adjuster_appointed":  "Appointed to adjust the minutes",
		"signoff_place_time":  "Place and time of sign-off",
		"sections":            "Sections",
		"minutes_fingerprint": "Minutes fingerprint (SHA-256)",
		"signatures":          "Signatures",
		"signed_at":           "Signed off %s",
		"signed_with":         "with %s",
		"not_signed":          "Not signed off",
		"draft":               "DRAFT – not signed off",
		"attachment":          "The decisions in machine-readable form (JSON, the export's format)",
		"watermark":           "Draft – not signed off",
		"justering":           "Review before sign-off",
		"justering_line":      "The minutes were sent for review before sign-off on %s; %s.",
		"justering_none":      "no notes",
		"justering_one":       "1 note",
		"justering_many":      "%d notes",
		"justering_answered":  "%s, all answered",
		"justering_open":      "%s, %d not answered",
		"page":                "Page %d of %d",
		"doc_id":              "Document ID %s",
		"made_at":             "made %s",
		"initials":            "Adjuster's initials",
		"summary":             "Summary of the matter",
		"proposal_rev":        "Proposal %s, revision %d",
		"fingerprint":         "Fingerprint (SHA-256) of the revision's content:",
		"decision":            "Decision",
		"no_decision":         "No decision has been taken on the item yet.",
		"corrects":            "This decision corrects the decision of the meeting of %s, § %d.",
		"conditions":          "Conditions",
		"return":              "Returned for rework",
		"return_what":         "To be added",
		"return_who":          "By whom",
		"return_by":           "By",
		"reservations":        "Reservations",
		"notes":               "Minutes notes",
		"recusals":            "Recusals",
		"recipients":          "To be sent to",
		"by_meeting":          "The meeting",
		"certification":       "Certification of the extract",
		"certify":             "Certified a true extract",
		"certified_by":        "Certified extract: %s, %s",
		"not_certified":       "The minutes are not signed off, so the extract is not certified.",
		"signed_off":          "Minutes signed off",
		"meeting":             "Meeting",
		"minutes_signed":      "The minutes were signed off %s.",
		"area":                "Area",
		"status":              "Status",
		"revision":            "Revision",
		"revision_of":         "%d, saved %s",
		"fingerprint_label":   "Fingerprint (SHA-256)",
		"period":              "Period",
		"decisions":           "Decisions on the proposal",
		"no_decisions":        "No decision has been taken on the proposal yet.",
		"decided_at":          "%s, § %d",
		"decided_on_rev":      "Taken on revision %d, with the fingerprint:",
		"same_rev":            "Taken on the revision described above.",
		"comments":            "Comments",
		"no_comments":         "No comments.",
		"resolved":            "resolved",
		"comment_edited":      "edited %s",
		"comment_deleted":     "[deleted]",
		"date_time":           "%s, %s",
		"section_count":       "§ %d",
		"section_range":       "§§ %d–%d",
		"none":                "–",
		"continued":           "(cont.)",
	},
}

// text returns the label key in l, filled with args.
// fieldLabel is the name of a content field in l, from model.Fields.
func fieldLabel(l model.Language, name string) string {
	f, ok := model.FieldByName(name)
	if !ok {
		panic("pdf: no field " + name)
	}
	return f.Label(l)
}

func text(l model.Language, key string, args ...any) string {
	s, ok := labels[l][key]
	if !ok {
		s, ok = labels[model.Swedish][key]
	}
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// addLabels adds a part's own words to labels, from its file's init. A
// key the catalogue already has is a clash between two parts, which
// would make one of them print the other's words: it stops the program
// at start rather than print wrong minutes.
func addLabels(words map[model.Language]map[string]string) {
	for l, m := range words {
		for k, v := range m {
			if _, clash := labels[l][k]; clash {
				panic("pdf: label " + k + " is defined twice")
			}
			labels[l][k] = v
		}
	}
}
