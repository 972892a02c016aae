package handbook

import "github.com/styrgrupp/styrgrupp/model"

// Topic is a concept or task a dialog can send the user to read about.
type Topic string

// The topics, each a section of both handbooks.
const (
	Start        Topic = ""             // the handbook from its beginning
	Reading      Topic = "reading"      // read and comment
	Preparing    Topic = "preparing"    // prepare a meeting
	MeetingMode  Topic = "meeting-mode" // run the meeting in meeting mode
	SigningOff   Topic = "signing-off"  // sign off the minutes, send extracts
	Importing    Topic = "importing"    // import the team's file
	FollowingUp  Topic = "following-up" // follow up decisions
	Justering    Topic = "justering"    // the concept of sign-off
	Recusal      Topic = "recusal"      // jäv
	Reservation  Topic = "reservation"  // reservation
	Vote         Topic = "vote"         // omröstning
	Quorum       Topic = "quorum"       // beslutsförhet
	SharedServer Topic = "shared"       // the shared server, "inloggad som"
	Trust        Topic = "trust"        // signatures and trusted issuers
)

// anchors is the one table from a topic to its section in each
// handbook: the anchor (Slug) of the section's heading. A test holds it
// to the headings of docs/handbok.md and docs/handbook.md.
var anchors = map[Topic]map[model.Language]string{
	Reading:      {model.Swedish: "läsa-och-kommentera", model.English: "read-and-comment"},
	Preparing:    {model.Swedish: "förbereda-ett-möte", model.English: "prepare-a-meeting"},
	MeetingMode:  {model.Swedish: "leda-mötet-i-mötesläge", model.English: "run-the-meeting-in-meeting-mode"},
	SigningOff:   {model.Swedish: "justera-protokollet-och-skicka-utdrag", model.English: "sign-off-the-minutes-and-send-extracts"},
	Importing:    {model.Swedish: "importera-teamets-fil", model.English: "import-the-teams-file"},
	FollowingUp:  {model.Swedish: "följa-upp-beslut", model.English: "follow-up-decisions"},
	Justering:    {model.Swedish: "justering", model.English: "justering-sign-off"},
	Recusal:      {model.Swedish: "jäv", model.English: "jäv-recusal"},
	Reservation:  {model.Swedish: "reservation", model.English: "reservation-dissent"},
	Vote:         {model.Swedish: "omröstning", model.English: "omröstning-vote"},
	Quorum:       {model.Swedish: "beslutsförhet", model.English: "beslutsförhet-quorum"},
	SharedServer: {model.Swedish: "den-gemensamma-servern", model.English: "the-shared-server"},
	Trust:        {model.Swedish: "signaturer-och-betrodda-utfärdare", model.English: "signatures-and-trusted-issuers"},
}

// Topics lists every topic that has a section, in a fixed order.
func Topics() []Topic {
	return []Topic{Reading, Preparing, MeetingMode, SigningOff, Importing, FollowingUp,
		Justering, Recusal, Reservation, Vote, Quorum, SharedServer, Trust}
}

// Anchor is the anchor of t's section in the handbook in l; "" for Start
// and for a topic the table does not know.
func (t Topic) Anchor(l model.Language) string {
	if l != model.English {
		l = model.Swedish
	}
	return anchors[t][l]
}
