package model

// justeringMessages are the messages of the justering round
// (justering.go) and of its refusals by a shared store's server.
var justeringMessages = map[Language]map[string]string{
	Swedish: {
		"justering_open":          "%d justeringsanteckningar är inte besvarade (%s). Sekreteraren rättar beslutstexten eller stänger anteckningen med ett svar innan protokollet justeras.",
		"justering_not_secretary": "Bara sammanträdets sekreterare skickar protokollet för justering och besvarar justeringsanteckningar.",
		"justering_not_signer":    "Bara sammanträdets ordförande och justerare skriver justeringsanteckningar, i sitt eget namn.",
		"justering_not_sent":      "Protokollet är inte skickat för justering än; sekreteraren skickar det först.",
		"justering_section":       "§ %d finns inte på sammanträdets dagordning.",
		"justering_text_empty":    "Skriv vad anteckningen gäller.",
		"justering_reply_empty":   "Skriv ett svar: vad som rättades, eller varför texten står kvar.",
		"justering_note_closed":   "Justeringsanteckningen är redan besvarad.",
		"justering_note_locked":   "En besvarad justeringsanteckning kan inte ändras eller tas bort.",
		"entity.justering_note":   "justeringsanteckning",
		"denied.justering":        "justeringsanteckningar skrivs av sammanträdets ordförande och justerare i eget namn och besvaras av sekreteraren.",
	},
	English: {
		"justering_open":          "%d notes on the draft minutes are not answered (%s). The secretary corrects the decision text or closes the note with a reply before the minutes are signed off.",
		"justering_not_secretary": "Only the meeting's secretary sends the minutes for sign-off review and answers the notes.",
		"justering_not_signer":    "Only the meeting's chair and adjuster write notes on the draft minutes, in their own name.",
		"justering_not_sent":      "The minutes are not sent for sign-off review yet; the secretary sends them first.",
		"justering_section":       "§ %d is not on the meeting's agenda.",
		"justering_text_empty":    "Write what the note is about.",
		"justering_reply_empty":   "Write a reply: what was corrected, or why the text stands.",
		"justering_note_closed":   "The note is already answered.",
		"justering_note_locked":   "An answered note cannot be changed or removed.",
		"entity.justering_note":   "note on the draft minutes",
		"denied.justering":        "notes on the draft minutes are written by the meeting's chair and adjuster in their own name and answered by the secretary.",
	},
}

func init() { AddMessages(justeringMessages) }
