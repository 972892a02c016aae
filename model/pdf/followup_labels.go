package pdf

import "github.com/styrgrupp/styrgrupp/model"

// followUpLabels are the follow-up report's words, added to labels.
var followUpLabels = map[model.Language]map[string]string{
	model.Swedish: {
		"followup_report":     "Uppföljningsrapport",
		"followup_as_of":      "Läget den %s",
		"followup_intro":      "Rapporten redovisar hur de godkända insatserna genomförs. Godkända insatser: %d. Försenade: %d.",
		"followup_none":       "Inga insatser är godkända ännu.",
		"star":                "Preventionsstjärnan",
		"star_intro":          "Insatserna per problemområde: föreslagna, godkända, pågående och genomförda.",
		"star_area":           "Problemområde",
		"star_proposed":       "Föreslagna",
		"star_approved":       "Godkända",
		"star_in_progress":    "Pågående",
		"star_completed":      "Genomförda",
		"area_heading":        "Område %s",
		"decision_line":       "%s – %s, %s, %s",
		"progress":            "Andel klar",
		"review_date":         "Avstämningsdatum",
		"conditions_met":      "Uppfyllt %s av %s",
		"condition_not_met":   "Ej uppfyllt",
		"latest_notes":        "Senaste anteckningar (%d av %d)",
		"followup_notes":      "Anteckningar",
		"no_notes":            "Inga anteckningar.",
		"overdue":             "FÖRSENAD",
		"overdue_list":        "Försenade insatser",
		"overdue_review":      "Avstämningsdatumet %s har passerat.",
		"overdue_silent":      "Ingen anteckning på över %d månader.",
		"overdue_silent_last": "Ingen anteckning på över %d månader (den senaste är från %s).",
		"followup_count":      "Godkända insatser: %d",
	},
	model.English: {
		"followup_report":     "Follow-up report",
		"followup_as_of":      "As of %s",
		"followup_intro":      "The report shows how the approved interventions are carried out. Approved interventions: %d. Overdue: %d.",
		"followup_none":       "No intervention has been approved yet.",
		"star":                "The prevention star",
		"star_intro":          "Interventions per problem area: proposed, approved, in progress and completed.",
		"star_area":           "Problem area",
		"star_proposed":       "Proposed",
		"star_approved":       "Approved",
		"star_in_progress":    "In progress",
		"star_completed":      "Completed",
		"area_heading":        "Area %s",
		"decision_line":       "%s – %s, %s, %s",
		"progress":            "Progress",
		"review_date":         "Review date",
		"conditions_met":      "Met %s by %s",
		"condition_not_met":   "Not met",
		"latest_notes":        "Latest notes (%d of %d)",
		"followup_notes":      "Notes",
		"no_notes":            "No notes.",
		"overdue":             "OVERDUE",
		"overdue_list":        "Overdue interventions",
		"overdue_review":      "The review date %s has passed.",
		"overdue_silent":      "No note for more than %d months.",
		"overdue_silent_last": "No note for more than %d months (the latest is from %s).",
		"followup_count":      "Approved interventions: %d",
	},
}

func init() {
	for l, words := range followUpLabels {
		for k, v := range words {
			labels[l][k] = v
		}
	}
}
