package model

// voteMessages are the messages of votes, quorum and attendance from § to
// § (vote.go, quorum.go, attendance.go). They join the catalogue when the
// package starts, as meetingMessages do.
var voteMessages = map[Language]map[string]string{
	Swedish: {
		"attendance_leaves_before_arriving": "En närvarande kan inte komma vid § %d och gå efter § %d: ankomsten måste vara före avgången.",
		"attendance_section_unknown":        "§ %d finns inte på sammanträdets dagordning (§ %d–%d).",
		"quorum.more_than_half":             "mer än hälften av de beslutande",
		"quorum.at_least_half":              "minst hälften av de beslutande",
		"quorum.two_thirds":                 "minst två tredjedelar av de beslutande",
		"quorum.at_least":                   "minst %d beslutande",
		"quorum_rule_invalid":               "Regeln för beslutsförhet %q är okänd.",
		"quorum.met":                        "Beslutsför: %d av %d beslutande deltar (minst %d behövs).",
		"quorum.not_met":                    "Inte beslutsför: %d av %d beslutande deltar, minst %d behövs.",
		"vote.yes":                          "ja",
		"vote.no":                           "nej",
		"vote.abstain":                      "avstår",
		"vote_propositions_required":        "En omröstning behöver både förslaget som ja-rösten gäller och förslaget som nej-rösten gäller.",
		"vote_no_ballots":                   "Omröstningen har inga röster.",
		"vote_choice_invalid":               "%q är ingen röst; rösta ja, nej eller avstår.",
		"vote_twice":                        "En ledamot (id %d) har röstat två gånger.",
		"vote_not_taking_part":              "%s deltar inte i beslutet i § %d (frånvarande, inte beslutande eller jäv) och kan inte rösta.",
		"vote_missing":                      "%s deltar i beslutet men har ingen röst; ange ja, nej eller avstår.",
		"vote.result":                       "Med %d ja-röster mot %d nej-röster har mötet beslutat enligt %s.",
		"vote.result_casting":               "Röstetalet blev lika, %d ja-röster mot %d nej-röster. Ordföranden har utslagsröst och röstade %s; mötet har beslutat enligt %s.",
		"vote.result_tie":                   "Röstetalet blev lika, %d ja-röster mot %d nej-röster, och inget av förslagen fick majoritet.",
		"vote.abstained":                    "%d avstod från att rösta.",
		"attendance_has_vote":               "Beslutet i § %d fattades efter omröstning, och närvaron måste stämma med den: alla som röstade står kvar som närvarande och beslutande, och ingen annan beslutande tillkommer. Ändra omröstningen i mötesläget först.",
		"recusal.statement":                 "%s anmäler jäv och deltar inte i handläggningen eller beslutet i denna paragraf.",
	},
	English: {
		"attendance_leaves_before_arriving": "An attendee cannot arrive at § %d and leave after § %d: the arrival must come before the departure.",
		"attendance_section_unknown":        "§ %d is not on the meeting's agenda (§ %d–%d).",
		"quorum.more_than_half":             "more than half of the deciding members",
		"quorum.at_least_half":              "at least half of the deciding members",
		"quorum.two_thirds":                 "at least two thirds of the deciding members",
		"quorum.at_least":                   "at least %d deciding members",
		"quorum_rule_invalid":               "The quorum rule %q is unknown.",
		"quorum.met":                        "Quorate: %d of %d deciding members take part (at least %d needed).",
		"quorum.not_met":                    "Not quorate: %d of %d deciding members take part, at least %d needed.",
		"vote.yes":                          "yes",
		"vote.no":                           "no",
		"vote.abstain":                      "abstains",
		"vote_propositions_required":        "A vote needs both the proposal a yes vote supports and the proposal a no vote supports.",
		"vote_no_ballots":                   "The vote has no votes.",
		"vote_choice_invalid":               "%q is not a vote; vote yes, no or abstain.",
		"vote_twice":                        "A member (id %d) has voted twice.",
		"vote_not_taking_part":              "%s does not take part in the decision in § %d (absent, not deciding or recused) and cannot vote.",
		"vote_missing":                      "%s takes part in the decision but has no vote; enter yes, no or abstains.",
		"vote.result":                       "With %d yes votes to %d no votes the meeting has decided according to %s.",
		"vote.result_casting":               "The votes were tied, %d yes to %d no. The chair has the casting vote and voted %s; the meeting has decided according to %s.",
		"vote.result_tie":                   "The votes were tied, %d yes to %d no, and neither proposal won a majority.",
		"vote.abstained":                    "%d abstained.",
		"attendance_has_vote":               "The decision in § %d was taken by a vote, and the attendance must agree with it: everyone who voted stays present and deciding, and no other deciding member is added. Change the vote in meeting mode first.",
		"recusal.statement":                 "%s declares a conflict of interest and takes no part in the handling of or the decision in this section.",
	},
}

func init() { AddMessages(voteMessages) }

// RecusalStatement is what the minutes say of a recused member, named
// name, in l.
func RecusalStatement(l Language, name string) string {
	return Message(l, "recusal.statement", name)
}
