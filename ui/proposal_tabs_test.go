package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// tabText returns the text of every label and rich text in o.
func tabText(o fyne.CanvasObject) string { return strings.Join(labelsOf(o), "\n") }

func TestDecisionsTabShowsTheDecisionOn11(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := syncWindow(a, s)
	w.Select("1.1")
	v := w.detail
	v.tabs.Select(v.decisionsTab)
	if v.tabs.Selected().Text != "Beslut" {
		t.Fatalf("selected tab = %q, want Beslut", v.tabs.Selected().Text)
	}

	ctx := context.Background()
	p, err := s.ProposalByRef(ctx, "1.1")
	if err != nil {
		t.Fatal(err)
	}
	decisions, err := s.Decisions(ctx, p.ID)
	if err != nil || len(decisions) == 0 {
		t.Fatalf("the demo's 1.1 has no decision: %v", err)
	}
	d := decisions[len(decisions)-1]
	if d.Outcome != model.OutcomeApprovedConditions {
		t.Fatalf("the demo's decision on 1.1 is %s, want approved with conditions", d.Outcome)
	}
	var number int
	meetings, err := s.Meetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range meetings {
		for _, it := range m.Items {
			if it.Decision != nil && it.Decision.ID == d.ID {
				number = it.Number
			}
		}
	}
	if number == 0 {
		t.Fatal("no item carries the decision")
	}

	text := v.decisions.text.String()
	firstCondition := strings.SplitN(d.Conditions, "\n", 2)[0]
	for _, want := range []string{
		"§ " + strconv.Itoa(number), "Godkänt med villkor", "Villkor", firstCondition, d.Text,
		"Version " + strconv.Itoa(d.Revision), model.ShortFingerprint(d.Fingerprint),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the Beslut tab lacks %q:\n%s", want, text)
		}
	}
	if shown := labels(w.Window()); !contains(shown, firstCondition) {
		t.Errorf("the selected Beslut tab does not show the conditions in the window")
	}
}

func TestEvidenceTabListsEvidenceAndProblemAreas(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := syncWindow(a, s)
	w.Select("1.1")
	p, err := s.ProposalByRef(context.Background(), "1.1")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Evidence) == 0 || len(p.ProblemAreas) == 0 {
		t.Fatalf("the demo's 1.1 has %d evidence items and %d problem areas", len(p.Evidence), len(p.ProblemAreas))
	}
	text := w.detail.evidence.text.String()
	want := []string{"Evidens och underlag", "Preventionsstjärnan", "Riskfaktorer", "Skyddsfaktorer"}
	for _, e := range p.Evidence {
		want = append(want, e.Kind.Label(model.Swedish), e.Citation)
		if e.URL != "" {
			want = append(want, shortenLink(e.URL))
		}
	}
	for _, pa := range p.ProblemAreas {
		want = append(want, pa.Label(model.Swedish))
	}
	want = append(want, p.RiskFactors...)
	want = append(want, p.ProtectiveFactors...)
	for _, s := range want {
		if !strings.Contains(text, s) {
			t.Errorf("the Evidens tab lacks %q:\n%s", s, text)
		}
	}
	// A proposal whose evidence has web addresses shows them as links.
	all, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var linked model.Proposal
	withURL := 0
	for _, q := range all {
		for _, e := range q.Evidence {
			if strings.HasPrefix(e.URL, "http") {
				withURL++
			}
		}
		if withURL > 0 {
			linked = q
			break
		}
	}
	if withURL == 0 {
		t.Fatal("no demo proposal has evidence with a web address")
	}
	w.Select(linked.Ref)
	links := 0
	for _, seg := range w.detail.evidence.text.Segments {
		if l, ok := seg.(*widget.HyperlinkSegment); ok {
			if l.URL == nil || !strings.Contains(l.URL.String(), strings.TrimSuffix(l.Text, "…")) {
				t.Errorf("link %q opens %v", l.Text, l.URL)
			}
			links++
		}
	}
	if links != withURL {
		t.Errorf("%s: %d links on the Evidens tab, want %d", linked.Ref, links, withURL)
	}
	w.Select("1.1")
	// The overview no longer lists them, but says where they are.
	if overview := w.detail.text.String(); strings.Contains(overview, p.Evidence[0].Citation) || !strings.Contains(overview, "se fliken Evidens") {
		t.Errorf("the overview should point to the Evidens tab, not list the evidence:\n%s", overview)
	}
}

func TestHistoryTabShowsTheDifferenceBetweenRevisions(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	ctx := testCtx("Test Testsson")
	// A proposal still in its first revision.
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var p model.Proposal
	for _, q := range ps {
		if q.Revision == 1 && q.Cost.Set && !q.Locked && q.Status != model.StatusDecided && q.Status != model.StatusWithdrawn {
			p = q
			break
		}
	}
	if p.ID == 0 {
		t.Fatal("the demo has no proposal in its first revision with a cost")
	}
	c := p.Content
	oldTitle, oldCost := c.Title, c.Cost
	c.Title = "Ny titel på förslaget"
	c.Cost = model.Money{Ore: oldCost.Ore + 12_345_600, Set: true}
	if _, err := s.UpdateProposal(ctx, p.ID, c, p.Revision); err != nil {
		t.Fatal(err)
	}

	w := syncWindow(a, s)
	w.Select(p.Ref)
	v := w.detail
	v.tabs.Select(v.historyTab)
	h := v.history
	if len(h.revisions) != 2 {
		t.Fatalf("the Historik tab lists %d revisions, want 2", len(h.revisions))
	}
	revs := h.revisionsText.String()
	if i, j := strings.Index(revs, "Version 2"), strings.Index(revs, "Version 1"); i < 0 || j < 0 || i > j {
		t.Errorf("revisions not listed newest first:\n%s", revs)
	}
	if !strings.Contains(revs, "Test Testsson") {
		t.Errorf("the revision's author is not named:\n%s", revs)
	}
	if audit := h.timelineText.String(); !strings.Contains(audit, "Version 2 sparades") || !strings.Contains(audit, "Förslaget skapades") {
		t.Errorf("the timeline is not listed:\n%s", audit)
	}

	h.from.SetSelectedIndex(0)
	h.to.SetSelectedIndex(1)
	if got := strings.Join(h.changed, ","); got != "title,cost" {
		t.Fatalf("the diff names %q, want exactly title and cost", got)
	}
	diff := tabText(h.diff)
	for _, want := range []string{"Titel", "Kostnad", oldTitle, "Ny titel på förslaget",
		oldCost.Swedish(), c.Cost.Swedish(), "Version 1", "Version 2"} {
		if !strings.Contains(diff, want) {
			t.Errorf("the diff lacks %q:\n%s", want, diff)
		}
	}
	for _, not := range []string{"Sammanfattning", "Beskrivning", "Ansvarig"} {
		if strings.Contains(diff, not) {
			t.Errorf("the diff names %q, which did not change:\n%s", not, diff)
		}
	}

	// The same revision twice shows no difference.
	h.to.SetSelectedIndex(0)
	if len(h.changed) != 0 || !strings.Contains(tabText(h.diff), "två olika versioner") {
		t.Errorf("choosing the same revision twice should ask for two; changed %v", h.changed)
	}
}

func TestCommentsTabTakesItsContent(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := syncWindow(a, s)
	c := newCommentsTab(s, w.writeCtx, w.member, w.showError)
	w.detail.setCommentsTab(c)
	w.Select("1.1")
	w.detail.tabs.Select(w.detail.commentsTab)
	if w.detail.commentsTab.Content != c.content || w.detail.comments != c || len(c.comments) == 0 {
		t.Errorf("the Kommentarer tab does not show the comments screen it was given, filled by the view (%d comments)", len(c.comments))
	}
	var titles []string
	for _, it := range w.detail.tabs.Items {
		titles = append(titles, it.Text)
	}
	if got := strings.Join(titles, ","); got != "Översikt,Evidens,Kommentarer,Beslut,Uppföljning,Historik" {
		t.Errorf("tabs = %s", got)
	}
}
