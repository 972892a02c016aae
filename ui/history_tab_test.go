package ui

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// storeAuditActions returns every audit action the SQLite store writes,
// read from the stores' sources (model/sqlstore, model/sqlite): t.Audit("…"), s.move(…, "…", …) and action = "…".
func storeAuditActions(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../model/sql*/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no store sources: %v", err)
	}
	re := regexp.MustCompile(`(?:t\.[aA]udit\(|s\.move\(ctx, id, |action :?= )"([a-z_]+\.[a-z_]+)"`)
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				out = append(out, m[1])
			}
		}
	}
	if !seen["item.move"] || !seen["proposal.ready"] || !seen["comment.resolve"] {
		t.Fatalf("reading the store's actions failed: found %v", out)
	}
	return out
}

// Every action the store writes about a proposal has its words in the
// timeline, in both languages, so Historik never shows a raw code such as
// "item.move"; meeting, member and trust rows are never about one
// proposal.
func TestEveryProposalAuditActionHasWords(t *testing.T) {
	for _, a := range storeAuditActions(t) {
		if strings.HasPrefix(a, "meeting.") || strings.HasPrefix(a, "member.") || strings.HasPrefix(a, "trust.") || strings.HasPrefix(a, "group_rules.") {
			continue
		}
		if !model.TimelineAction(a) {
			t.Errorf("%q has no words in the timeline", a)
		}
		for _, l := range []model.Language{model.Swedish, model.English} {
			d := model.ProposalDetail{Audit: []model.AuditEntry{{Seq: 1, Action: a, Detail: `{"proposal_id": 1}`}}}
			for _, e := range d.Timeline() {
				if got := e.Text(l); strings.Contains(got, a) || strings.Contains(got, "timeline.") {
					t.Errorf("%s: %q shows %q", l, a, got)
				}
			}
		}
	}
}

// Moving an item on the agenda shows in its proposal's Historik in words,
// in both languages.
func TestHistoryNamesAMoveOnTheAgenda(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s := demoStore(t)
	ms, err := s.Meetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var item model.Item
	for _, m := range ms {
		full, err := s.Meeting(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !full.SignedOff() && len(full.Items) >= 2 {
			item = full.Items[1]
			break
		}
	}
	if item.ID == 0 {
		t.Fatal("the demo has no open meeting with two items")
	}
	if err := s.MoveItem(ctx, item.ID, -1); err != nil {
		t.Fatal(err)
	}
	p, err := s.Proposal(ctx, item.ProposalID)
	if err != nil {
		t.Fatal(err)
	}
	w := syncWindow(a, s)
	w.Select(p.Ref)
	audit := w.detail.history.timelineText.String()
	if strings.Contains(audit, "item.move") || !strings.Contains(audit, "Flyttat på dagordningen") {
		t.Errorf("Historik of %s:\n%s", p.Ref, audit)
	}
	w.switchLanguage(model.English)
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	audit = w.detail.history.timelineText.String()
	if strings.Contains(audit, "item.move") || !strings.Contains(audit, "Moved on the agenda") {
		t.Errorf("Historik of %s in English:\n%s", p.Ref, audit)
	}
}

// Historik lists the events oldest first by their time, also when the
// store wrote them in another order (in the demo, 1.1's comment added at
// 06:15 was written after one resolved at 10:30 the same day).
func TestHistoryListsTheTimelineOldestFirst(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := syncWindow(a, s)
	checked := 0
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		d := historyOf(s.ProposalDetail(context.Background(), p.ID))
		for i := 1; i < len(d.timeline); i++ {
			if d.timeline[i].At.Before(d.timeline[i-1].At) {
				t.Errorf("%s: %s at %s is listed after %s at %s", p.Ref,
					d.timeline[i].Kind, d.timeline[i].At, d.timeline[i-1].Kind, d.timeline[i-1].At)
			}
		}
		checked += len(d.timeline)
	}
	if checked == 0 {
		t.Fatal("the demo has no events")
	}

	// As the tab shows it: 1.1's events from the demo, oldest first, each
	// with when, who and what.
	w.Select("1.1")
	shown := w.detail.history.timelineText.String()
	entries := historyOf(s.ProposalDetail(context.Background(), proposalByRef(t, s, "1.1").ID)).timeline
	if len(entries) < 3 {
		t.Fatalf("1.1 has %d events", len(entries))
	}
	last := -1
	for _, e := range entries {
		line := uikit.FormatTime(e.At) + " · " + actorName(e.Actor) + e.Text(model.Swedish)
		i := strings.Index(shown[last+1:], line)
		if i < 0 {
			t.Fatalf("%q is not shown after the events before it:\n%s", line, shown)
		}
		last += 1 + i
	}
}

// The diff shows each field by its kind: lists as bullets, evidence with
// its link in brackets, dates and amounts the Swedish way, names of values
// in the window's language.
func TestHistoryDiffWritesEveryField(t *testing.T) {
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	c := model.Content{
		Ref: "2.3", Kind: model.KindIntervention, Title: "Titel", Responsible: "Förvaltningen",
		Evidence:        []model.Evidence{{Kind: model.EvidenceResearch, Citation: "FHM", URL: "https://fhm.se"}},
		RiskFactors:     []string{"a", "b"},
		ProblemAreas:    []model.ProblemArea{model.Violence, model.Crime},
		PreventionLevel: model.Universal,
		Start:           model.NewDate(2027, time.March, 1),
		Cost:            model.Kronor(1250000),
	}
	for field, want := range map[string]string{
		"ref": "2.3", "kind": model.KindIntervention.Label(model.Swedish), "title": "Titel",
		"responsible": "Förvaltningen", "summary": "",
		"evidence":         "• " + model.EvidenceResearch.Label(model.Swedish) + ": FHM (https://fhm.se)",
		"risk_factors":     "• a\n• b",
		"partners":         "",
		"problem_areas":    model.Violence.Label(model.Swedish) + ", " + model.Crime.Label(model.Swedish),
		"prevention_level": model.Universal.Label(model.Swedish),
		"start":            uikit.FormatDate(c.Start), "end": "",
		"cost": "1\u00a0250\u00a0000\u00a0kr",
	} {
		if got := fieldValue(c, field); got != want {
			t.Errorf("%s: %q, want %q", field, got, want)
		}
	}
}
