package model

// attachmentMessages are the messages of comparing a document's embedded
// decisions (beslut.json) with the store. They join the catalogue when the
// package starts, as documentMessages do.
var attachmentMessages = map[Language]map[string]string{
	Swedish: {
		"verify_attachment_missing":    "Bilagan %s: PDF-filen har ingen (den skrevs innan dokumenten fick besluten som bilaga); bara de tryckta fingeravtrycken jämförs.",
		"verify_attachment_unreadable": "bilagan %s går inte att läsa: %s",
		"verify_attachment_meeting":    "bilagan %s: sammanträdets uppgifter (titel, tid, plats, justering) stämmer inte med databasen",
		"verify_attachment_section":    "bilagan %s: § %d stämmer inte med databasen (förslag, version, beslut, text, villkor, reservationer eller jäv)",
		"verify_attachment_proposal":   "bilagan %s: förslaget %s stämmer inte med databasen",
		"verify_attachment_decision":   "bilagan %s: beslutet vid sammanträde %d § %d stämmer inte med databasen",
		"verify_attachment_matches":    "Bilagan %s stämmer med databasen.",
		"verify_attachment_later":      "Bilagan %s: förslaget har ändrats eller fått beslut efter att beslutsunderlaget skrevs; det som bilagan tar upp stämmer med databasen.",
	},
	English: {
		"verify_attachment_missing":    "The attachment %s: the PDF has none (it was written before documents carried their decisions); only the printed fingerprints are compared.",
		"verify_attachment_unreadable": "the attachment %s cannot be read: %s",
		"verify_attachment_meeting":    "the attachment %s: the meeting's details (title, time, place, sign-off) do not match the database",
		"verify_attachment_section":    "the attachment %s: § %d does not match the database (proposal, revision, decision, text, conditions, reservations or recusals)",
		"verify_attachment_proposal":   "the attachment %s: proposal %s does not match the database",
		"verify_attachment_decision":   "the attachment %s: the decision at meeting %d § %d does not match the database",
		"verify_attachment_matches":    "The attachment %s matches the database.",
		"verify_attachment_later":      "The attachment %s: the proposal was changed or decided on after the decision basis was written; what the attachment holds matches the database.",
	},
}

func init() { AddMessages(attachmentMessages) }
