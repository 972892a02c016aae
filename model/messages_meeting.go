package model

// meetingMessages are the messages of the rules of a meeting's time and
// roles (meeting_time.go). They live in a file of their own and join the
// catalogue when the package starts, as identityMessages do.
var meetingMessages = map[Language]map[string]string{
	Swedish: {
		"and":                   "och",
		"decision_before_start": "Sammanträdet börjar %s. Beslut kan registreras först när sammanträdet har börjat; förbered gärna texterna, men spara dem som beslut under mötet.",
		"signoff_before_end":    "Sammanträdet slutar %s. Protokollet kan justeras först när sammanträdet är slut.",
		"meeting_time_decided":  "Beslut är redan registrerade vid sammanträdet, och tiden det började kan inte längre ändras: besluten fattades vid den tid som protokollet anger. Sluttiden kan fortfarande ändras.",
		"meeting_time_signing":  "Protokollet har börjat justeras, och sammanträdets tid kan inte längre ändras.",
		"meeting_roles_missing": "Sammanträdet saknar %s. Protokollet behöver ordförande, sekreterare och justerare, så de väljs under Redigera möte innan det första beslutet registreras.",
	},
	English: {
		"and":                   "and",
		"decision_before_start": "The meeting starts %s. Decisions can be recorded once the meeting has started; prepare the texts if you like, but save them as decisions during the meeting.",
		"signoff_before_end":    "The meeting ends %s. The minutes can be signed off once the meeting is over.",
		"meeting_time_decided":  "Decisions are already recorded at the meeting, and the time it started can no longer change: the decisions were taken at the time the minutes state. The end time can still be changed.",
		"meeting_time_signing":  "Signing off the minutes has begun, and the meeting's time can no longer change.",
		"meeting_roles_missing": "The meeting has no %s. The minutes need a chair, a secretary and an adjuster, so choose them under Edit meeting before the first decision is recorded.",
	},
}

func init() { AddMessages(meetingMessages) }
