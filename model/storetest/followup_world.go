package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// FollowUpToday is a day on which the follow-ups of FollowUpWorld stand
// as its documentation says.
var FollowUpToday = model.NewDate(2027, 4, 15)

// FollowUpWorld is NewWorld with a second area and interventions decided
// at two meetings, whose follow-ups stand, on FollowUpToday, each in its
// own way:
//
//   - 1.1 (KS 2026/124, violence and ill-health): approved with two
//     conditions, the second met; in progress at 40 %, with a
//     responsible, a review date to come and four notes.
//   - 1.2 (KS 2026/125, crime): approved; in progress at 10 %, its review
//     date passed: overdue.
//   - 1.3 (crime): rejected, so not followed up.
//   - 2.1 (KS 2026/130, exclusion): approved; completed.
//   - 2.2 (exclusion), decided at the second meeting, which is not signed
//     off: approved, not started and without a note: overdue for silence.
//   - 2.3 (ANDTS): proposed, not decided.
//
// It returns the world and the interventions by ref.
func FollowUpWorld(t *testing.T, s model.Store) (*World, map[string]model.Proposal) {
	t.Helper()
	w := NewWorld(t, s)
	w.Create(model.Content{Ref: "2", Kind: model.KindArea, Title: "Trygg skolmiljö"})
	ps := map[string]model.Proposal{}
	add := func(ref, title, dnr string, areas ...model.ProblemArea) model.Proposal {
		p := w.Create(model.Content{Ref: ref, Kind: model.KindIntervention, Title: title, RegistryNumber: dnr, ProblemAreas: areas})
		p, err := w.S.MarkReady(w.Ctx(), p.ID)
		check(t, err)
		ps[ref] = p
		return p
	}
	add("1.1", "Föräldraskapsstöd i förskolan", "KS 2026/124", model.Violence, model.IllHealth)
	add("1.2", "Fältgrupp kvällstid", "KS 2026/125", model.Crime)
	add("1.3", "Nattvandring", "", model.Crime)
	add("2.1", "Mentorer i högstadiet", "KS 2026/130", model.Exclusion)
	add("2.2", "Läxhjälp på biblioteket", "", model.Exclusion)
	add("2.3", "Drogfri fritid", "", model.ANDTS)

	first := w.AddMeeting(Start.Add(48 * time.Hour))
	items := map[string]model.Item{}
	for _, ref := range []string{"1.1", "1.2", "1.3", "2.1"} {
		items[ref] = w.AddItem(first, ps[ref])
	}
	w.During(items["1.1"].ID)
	_, err := w.S.RecordDecision(w.Ctx(), items["1.1"].ID, model.Decision{Outcome: model.OutcomeApprovedConditions,
		Text: "Godkänns med villkor.", Conditions: "1. Budget beslutas i mars.\n2. Avtal med regionen."})
	check(t, err)
	w.Decide(items["1.2"], model.OutcomeApproved)
	w.Decide(items["1.3"], model.OutcomeRejected)
	w.Decide(items["2.1"], model.OutcomeApproved)
	w.SignOff(first)
	second := w.AddMeeting(Start.Add(30 * 24 * time.Hour))
	w.Decide(w.AddItem(second, ps["2.2"]), model.OutcomeApproved)

	save := func(ref string, edit func(f *model.FollowUp)) {
		f, err := w.S.FollowUp(context.Background(), ps[ref].ID)
		check(t, err)
		edit(&f)
		_, err = w.S.SaveFollowUp(w.Ctx(), f)
		check(t, err)
	}
	note := func(ref string, day model.Date, author model.Member, text string) {
		_, err := w.S.AddFollowUpNote(w.Ctx(), ps[ref].ID, model.FollowUpNote{Date: day, AuthorID: author.ID, Text: text})
		check(t, err)
	}
	save("1.1", func(f *model.FollowUp) {
		f.Status, f.Progress, f.Responsible, f.ReviewDate = model.FollowUpInProgress, 40, "Socialchef Maria Berg", model.NewDate(2027, 6, 1)
		f.Conditions[1].MetOn, f.Conditions[1].MetBy = model.NewDate(2026, 12, 10), w.Member.ID
	})
	note("1.1", model.NewDate(2026, 10, 1), w.Member, "Upphandlingen av kursledare är klar.")
	note("1.1", model.NewDate(2026, 11, 5), w.Chair, "Första gruppen har startat i Norrby.")
	note("1.1", model.NewDate(2027, 1, 20), w.Member, "Två grupper i gång, tjugo familjer.")
	note("1.1", model.NewDate(2027, 3, 30), w.Adjuster, "Budgeten för hösten är inte beslutad.")
	save("1.2", func(f *model.FollowUp) {
		f.Status, f.Progress, f.Responsible, f.ReviewDate = model.FollowUpInProgress, 10, "Fritidschefen", model.NewDate(2027, 2, 1)
	})
	note("1.2", model.NewDate(2027, 1, 15), w.Chair, "Rekryteringen drar ut på tiden.")
	save("2.1", func(f *model.FollowUp) { f.Status, f.Responsible = model.FollowUpInProgress, "Rektor Eva Holm" })
	save("2.1", func(f *model.FollowUp) { f.Status = model.FollowUpCompleted })
	note("2.1", model.NewDate(2027, 2, 10), w.Member, "Utvärderingen visar färre frånvarodagar.")
	return w, ps
}
