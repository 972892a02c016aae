package model_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// A proposal imported, revised twice, returned for rework, given a new
// version, approved and followed up: its timeline names each step, oldest
// first, with who and when, in both languages.
func TestTimelineOfAProposalFromImportToFollowUp(t *testing.T) {
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	w := storetest.NewWorld(t, s)
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	c := model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Föräldrastöd"}
	must(s.Import(w.Clock.At("Bo Ek"), []model.ImportItem{{Content: c}}, nil))
	p, err := s.ProposalByRef(ctx, "1.1")
	must(err)
	c.Summary = "Stöd till föräldrar."
	_, err = s.UpdateProposal(w.Clock.At("Cecilia Öberg"), p.ID, c, 1)
	must(err)
	c.Responsible, c.TargetGroup = "Förskolan", "Föräldrar"
	_, err = s.UpdateProposal(w.Clock.At("Dan Åström"), p.ID, c, 2)
	must(err)
	_, err = s.AddComment(w.Clock.At("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Kostnaden?"})
	must(err)
	_, err = s.MarkReady(w.Ctx(), p.ID)
	must(err)

	first := w.AddMeeting(storetest.Start.Add(48 * time.Hour))
	w.Decide(w.AddItem(first, w.Proposal(p.ID)), model.OutcomeReturned)
	first = w.SignOff(first)
	c.Cost = model.Kronor(250000)
	_, err = s.UpdateProposal(w.Clock.At("Cecilia Öberg"), p.ID, c, 3)
	must(err)
	_, err = s.MarkReady(w.Ctx(), p.ID)
	must(err)
	second := w.AddMeeting(storetest.Start.Add(20 * 24 * time.Hour))
	w.Decide(w.AddItem(second, w.Proposal(p.ID)), model.OutcomeApproved)
	second = w.SignOff(second)

	f, err := s.FollowUp(ctx, p.ID)
	must(err)
	f.Status, f.Progress = model.FollowUpInProgress, 20
	f.Notes = []model.FollowUpNote{{Date: model.NewDate(2026, 10, 1), AuthorID: w.Member.ID, Text: "I gång."}}
	f, err = s.SaveFollowUp(w.Clock.At("Dan Åström"), f)
	must(err)
	f.Progress = 40
	f.Notes = append(f.Notes, model.FollowUpNote{Date: model.NewDate(2026, 11, 1), AuthorID: w.Member.ID, Text: "Två grupper."})
	_, err = s.SaveFollowUp(w.Clock.At("Anna Lindqvist"), f)
	must(err)

	d, err := s.ProposalDetail(ctx, p.ID)
	must(err)
	events := d.Timeline()

	day := func(m model.Meeting) string { return model.DateOf(m.StartsAt.In(model.Stockholm)).Long(model.Swedish) }
	want := []struct {
		kind  model.TimelineKind
		actor string
		text  string
	}{
		{model.TimelineImported, "Bo Ek", "Förslaget importerades (version 1)"},
		{model.TimelineRevised, "Cecilia Öberg", "Version 2 sparades; ändrat: sammanfattning"},
		{model.TimelineRevised, "Dan Åström", "Version 3 sparades; ändrat: målgrupp, ansvarig"},
		{model.TimelineComment, "Dan Åström", "Kommentar skriven"},
		{model.TimelineReady, "Bo Ek", "Markerat klart för beslut"},
		{model.TimelineOnAgenda, "Bo Ek", "Satt på dagordningen för sammanträdet " + day(first) + ", § 1"},
		{model.TimelineDecision, "Bo Ek", "Beslut vid sammanträdet " + day(first) + ", § 1: återremitterat"},
		{model.TimelineSignOff, "Anna Lindqvist", "Protokollet från sammanträdet " + day(first) + " justerat (ordförande)"},
		{model.TimelineSignOff, "Cecilia Öberg", "Protokollet från sammanträdet " + day(first) + " justerat (justerare)"},
		{model.TimelineRevised, "Cecilia Öberg", "Version 4 sparades; ändrat: kostnad"},
		{model.TimelineReady, "Bo Ek", "Markerat klart för beslut"},
		{model.TimelineOnAgenda, "Bo Ek", "Satt på dagordningen för sammanträdet " + day(second) + ", § 2"},
		{model.TimelineDecision, "Bo Ek", "Beslut vid sammanträdet " + day(second) + ", § 2: godkänt"},
		{model.TimelineSignOff, "Anna Lindqvist", "Protokollet från sammanträdet " + day(second) + " justerat (ordförande)"},
		{model.TimelineSignOff, "Cecilia Öberg", "Protokollet från sammanträdet " + day(second) + " justerat (justerare)"},
		{model.TimelineFollowUpMove, "Dan Åström", "Uppföljning: från ej påbörjad till pågår, 20 % klart"},
		{model.TimelineFollowUpNote, "Dan Åström", "Uppföljning: en ny anteckning"},
		{model.TimelineFollowUpUpdate, "Anna Lindqvist", "Uppföljning uppdaterad: 40 % klart"},
		{model.TimelineFollowUpNote, "Anna Lindqvist", "Uppföljning: en ny anteckning"},
	}
	var got []string
	for _, e := range events {
		got = append(got, string(e.Kind)+" · "+e.Actor+" · "+e.Text(model.Swedish))
	}
	var wanted []string
	for _, e := range want {
		wanted = append(wanted, string(e.kind)+" · "+e.actor+" · "+e.text)
	}
	if !slices.Equal(got, wanted) {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wanted, "\n"))
	}
	for i, e := range events {
		if e.At.IsZero() || (i > 0 && e.At.Before(events[i-1].At)) {
			t.Errorf("event %d (%s) at %s is not in order", i, e.Kind, e.At)
		}
	}
	for _, e := range events {
		en := e.Text(model.English)
		if en == "" || strings.Contains(en, "timeline.") || en == e.Text(model.Swedish) {
			t.Errorf("%s has no English text: %q", e.Kind, en)
		}
	}
}
