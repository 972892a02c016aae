package model

// timelineMessages tell the events of a proposal's timeline
// (timeline.go). They join the catalogue when the package starts, as
// meetingMessages do.
var timelineMessages = map[Language]map[string]string{
	Swedish: {
		"timeline.created":               "Förslaget skapades (version %d)",
		"timeline.imported":              "Förslaget importerades (version %d)",
		"timeline.revised":               "Version %d sparades%.0s",
		"timeline.revised_fields":        "Version %d sparades; ändrat: %s",
		"timeline.revised_import":        "Version %d kom från en import%.0s",
		"timeline.revised_fields_import": "Version %d kom från en import; ändrat: %s",
		"timeline.ready":                 "Markerat klart för beslut",
		"timeline.draft":                 "Tillbaka till utkast",
		"timeline.withdrawn":             "Förslaget drogs tillbaka",
		"timeline.comment":               "Kommentar skriven",
		"timeline.comment_resolved":      "Kommentar markerad som löst",
		"timeline.comment_reopened":      "Kommentar öppnad igen",
		"timeline.comment_edited":        "Kommentar ändrad",
		"timeline.comment_deleted":       "Kommentar borttagen",
		"timeline.on_agenda":             "Satt på dagordningen för %s, § %d",
		"timeline.agenda_moved":          "Flyttat på dagordningen för %s, nu § %d",
		"timeline.off_agenda":            "Struket från dagordningen för %s (var § %d)",
		"timeline.decision":              "Beslut vid %s, § %d: %s",
		"timeline.sign_off":              "Protokollet från %s justerat (%s)",
		"timeline.followup_move":         "Uppföljning: från %s till %s, %d %% klart",
		"timeline.followup_update":       "Uppföljning uppdaterad: %d %% klart",
		"timeline.followup_note":         "Uppföljning: en ny anteckning",
		"timeline.followup_notes":        "Uppföljning: %d nya anteckningar",
		"timeline.other":                 "Ändring (%s)",
		"timeline.meeting":               "sammanträdet %s",
		"timeline.meeting_id":            "sammanträde %s",
	},
	English: {
		"timeline.created":               "The proposal was created (version %d)",
		"timeline.imported":              "The proposal was imported (version %d)",
		"timeline.revised":               "Version %d saved%.0s",
		"timeline.revised_fields":        "Version %d saved; changed: %s",
		"timeline.revised_import":        "Version %d came from an import%.0s",
		"timeline.revised_fields_import": "Version %d came from an import; changed: %s",
		"timeline.ready":                 "Marked ready for decision",
		"timeline.draft":                 "Back to draft",
		"timeline.withdrawn":             "The proposal was withdrawn",
		"timeline.comment":               "Comment written",
		"timeline.comment_resolved":      "Comment marked resolved",
		"timeline.comment_reopened":      "Comment reopened",
		"timeline.comment_edited":        "Comment edited",
		"timeline.comment_deleted":       "Comment deleted",
		"timeline.on_agenda":             "Put on the agenda of %s, § %d",
		"timeline.agenda_moved":          "Moved on the agenda of %s, now § %d",
		"timeline.off_agenda":            "Taken off the agenda of %s (was § %d)",
		"timeline.decision":              "Decision at %s, § %d: %s",
		"timeline.sign_off":              "Minutes of %s signed off (%s)",
		"timeline.followup_move":         "Follow-up: from %s to %s, %d %% done",
		"timeline.followup_update":       "Follow-up updated: %d %% done",
		"timeline.followup_note":         "Follow-up: a new note",
		"timeline.followup_notes":        "Follow-up: %d new notes",
		"timeline.other":                 "Change (%s)",
		"timeline.meeting":               "the meeting of %s",
		"timeline.meeting_id":            "meeting %s",
	},
}

func init() {
	for l, msgs := range timelineMessages {
		for k, v := range msgs {
			catalogue[l][k] = v
		}
	}
}
