package pdf_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// generated returns minutes input made in memory, without a store: a
// signed-off meeting of n items with decisions of every outcome, long
// texts, reservations, notes and recusals, and extra appended to every
// decision text.
func generated(n int, extra string) pdf.MinutesInput {
	members := map[int64]model.Member{}
	names := []string{"Anna Lindqvist", "Mats Hedlund", "Karin Sjöberg", "Johan Berggren", "Elin Nordström",
		"Per Åkesson", "Sofia Ekman", "Helena Forsberg", "Tomas Wikström", "Leila Rahimi"}
	for i, name := range names {
		members[int64(i+1)] = model.Member{ID: int64(i + 1), Name: name, Title: "Förvaltningschef"}
	}
	start := time.Date(2027, 3, 3, 13, 0, 0, 0, time.UTC)
	m := model.Meeting{ID: 7, Title: "Ledningsgruppens sammanträde", StartsAt: start, EndsAt: start.Add(3 * time.Hour),
		Place: "Stadshuset, sammanträdesrum Älven", ChairID: 1, SecretaryID: 10, AdjusterID: 4,
		SignOffPlace: "Stadshuset", SignOffDate: model.NewDate(2027, 3, 10)}
	for id := range int64(10) {
		m.Attendees = append(m.Attendees, model.Attendee{MemberID: id + 1, Present: id != 5, Decides: id != 9})
	}
	m.Attendees = append(m.Attendees, model.Attendee{Name: "Maja Strand, processledare", Present: true})
	revs := map[int64]model.Revision{}
	para := strings.Repeat("Insatsen stärker skyddsfaktorerna i skolan och på fritiden, och följs upp varje termin. ", 5)
	for i := range n {
		c := model.Content{Ref: fmt.Sprintf("%d.%d", i/10+1, i%10+1), Kind: model.KindIntervention,
			Title:   fmt.Sprintf("Insats nummer %d för trygga och välmående barn i Älvstad", i+1),
			Summary: para}
		c.Kind = model.KindFromRef(c.Ref)
		rev := model.Revision{ProposalID: int64(i + 1), Number: 1 + i%3, Content: c, Fingerprint: model.Fingerprint(c)}
		item := model.Item{ID: int64(100 + i), MeetingID: m.ID, Number: i + 1, Position: i + 1, ProposalID: rev.ProposalID, Revision: rev.Number}
		o := model.Outcomes[i%len(model.Outcomes)]
		d := &model.Decision{ID: int64(1000 + i), ItemID: item.ID, ProposalID: rev.ProposalID, Revision: rev.Number,
			Fingerprint: rev.Fingerprint, Outcome: o, Text: model.DefaultDecisionText(o, model.Swedish) + " " + para + extra,
			Recipients: []string{"Socialförvaltningen", "Barn- och utbildningsförvaltningen"}}
		switch o {
		case model.OutcomeApprovedConditions:
			d.Conditions = "1. Kostnaden ryms inom ramen.\n2. Insatsen redovisas i december." + extra
		case model.OutcomeReturned:
			d.Return = model.ReturnReason{What: "En kalkyl och en plan för uppföljningen." + extra, Who: "Karin Sjöberg", By: model.NewDate(2027, 5, 31)}
			d.Reservations = []model.Reservation{{MemberID: 2, Text: "Jag reserverar mig till förmån för ett godkännande." + extra}}
		case model.OutcomeRejected:
			d.Notes = []model.MinutesNote{{MemberID: 3, Text: "Förvaltningen återkommer." + extra}, {Text: "Sammanträdet noterar frågan."}}
		case model.OutcomeWithdrawn:
			d.Recusals = []model.Recusal{{MemberID: 7, Reason: "Jäv på grund av släktskap." + extra}}
		}
		item.Decision = d
		m.Items = append(m.Items, item)
		revs[item.ID] = rev
	}
	corrected := map[int64]pdf.Placement{}
	if n > 0 {
		m.Items[0].Decision.Corrects = 99
		corrected[99] = pdf.Placement{Meeting: 6, StartsAt: start.AddDate(0, -2, 0), Section: 42, SignedOff: true}
	}
	m.SignOffs = []model.SignOff{
		{MeetingID: m.ID, MemberID: 1, Role: model.RoleChair, SignedAt: start.Add(7 * 24 * time.Hour)},
		{MeetingID: m.ID, MemberID: 4, Role: model.RoleAdjuster, SignedAt: start.Add(7*24*time.Hour + time.Hour),
			Signer: "CN=Johan Berggren, O=Älvstads kommun"},
	}
	return pdf.MinutesInput{Meeting: m, Members: members, Revisions: revs, Corrected: corrected}
}
