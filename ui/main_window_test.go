package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// demoStore returns a temporary store holding the demo programme.
func demoStore(t *testing.T) model.Store { return testdemo.Store(t) }

// labels returns the text of every label shown in the window.
func labels(w fyne.Window) []string { return labelsOf(w.Content()) }

// labelsOf returns the text of every label, button and rich text under
// root.
var labelsOf = testapp.Labels

// contains tells whether one of list holds sub.
var contains = testapp.Contains

func TestMainWindowListsTheDemoAreasInSwedish(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	areas, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, s)
	w.Window().Resize(fyne.NewSize(1280, 2400)) // tall enough to lay out every row

	var wantAreas []string
	for _, p := range areas {
		if p.Kind == model.KindArea {
			wantAreas = append(wantAreas, p.Ref)
		}
	}
	if got := w.tree.childUIDs(""); strings.Join(got, ",") != strings.Join(wantAreas, ",") {
		t.Fatalf("tree roots = %v, want the demo's areas %v", got, wantAreas)
	}
	if len(wantAreas) < 5 {
		t.Fatalf("the demo has %d areas, want at least 5", len(wantAreas))
	}
	shown := labels(w.Window())
	for _, p := range areas {
		if p.Kind == model.KindArea && !contains(shown, p.Ref+"  "+p.Title) {
			t.Errorf("area %s %q is not shown; labels: %q", p.Ref, p.Title, shown)
		}
		if p.Kind == model.KindIntervention {
			under := w.tree.childUIDs(p.AreaRef())
			if !strings.Contains(","+strings.Join(under, ",")+",", ","+p.Ref+",") || !w.tree.tree.IsBranchOpen(p.AreaRef()) {
				t.Errorf("intervention %s is not listed under its open area %s: %v", p.Ref, p.AreaRef(), under)
			}
		}
	}
	if !contains(shown, "1.1  ") {
		t.Errorf("the first intervention is not shown under its area; labels: %q", shown)
	}
	for _, want := range []string{"Förslag:", "områden", "Beslutat – godkänt", "För beslut"} {
		if !contains(shown, want) {
			t.Errorf("no label says %q", want)
		}
	}
	if !contains(shown, "Välj ett förslag") {
		t.Errorf("the detail pane does not invite a choice; labels: %q", shown)
	}
}

func TestSelectingAProposalShowsItsFields(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := NewMainWindow(a, s)
	p, err := s.ProposalByRef(context.Background(), "1.1")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Fingerprint) != 64 {
		t.Fatalf("the store gives no fingerprint: %q", p.Fingerprint)
	}
	w.Select("1.1")
	text := w.detail.text.String()
	for _, want := range []string{p.Title, "Sammanfattning", p.Summary, "Kostnad", p.Cost.Swedish(), "Evidens", model.ShortFingerprint(p.Fingerprint)} {
		if !strings.Contains(text, want) {
			t.Errorf("detail lacks %q:\n%s", want, text)
		}
	}
}

func TestTheWindowSpeaksEnglishWhenAsked(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.English); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	w := NewMainWindow(a, demoStore(t))
	w.Select("1")
	shown := labels(w.Window())
	if !contains(shown, "Proposals:") || !contains(shown, "areas") {
		t.Errorf("heading is not English: %q", shown)
	}
	if text := w.detail.text.String(); !strings.Contains(text, "Summary") || strings.Contains(text, "Sammanfattning") {
		t.Errorf("detail is not English:\n%s", text)
	}
}

func TestStatusTextNamesTheOutcomeInWords(t *testing.T) {
	uikit.SetLanguage(model.Swedish)
	cases := []struct {
		p    model.Proposal
		want string
	}{
		{model.Proposal{Status: model.StatusDraft}, "Utkast"},
		{model.Proposal{Status: model.StatusReady}, "För beslut"},
		{model.Proposal{Status: model.StatusDecided, Outcome: model.OutcomeApprovedConditions}, "Beslutat – godkänt med villkor"},
		{model.Proposal{Status: model.StatusDraft, ReturnedAt: 1, Outcome: model.OutcomeReturned}, "Utkast (återremitterat)"},
		{model.Proposal{Status: model.StatusWithdrawn}, "Återtaget"},
	}
	for _, c := range cases {
		if got := uikit.StatusText(c.p); got != c.want {
			t.Errorf("uikit.StatusText(%v) = %q, want %q", c.p.Status, got, c.want)
		}
	}
}

func TestSystemLanguageIsSwedishUnlessTheLocaleIsEnglish(t *testing.T) {
	for _, c := range []struct {
		locale string
		want   model.Language
	}{
		{"en_GB.UTF-8", model.English},
		{"en_US", model.English},
		{"sv_SE.UTF-8", model.Swedish},
		{"de_DE", model.Swedish},
		{"C", model.Swedish},
	} {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", c.locale)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.locale)
		if got := SystemLanguage(); got != c.want {
			t.Errorf("locale %s: SystemLanguage() = %s, want %s", c.locale, got, c.want)
		}
	}
}

func TestSwitchingLanguageChangesTheLabels(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	w := NewMainWindow(a, demoStore(t))
	w.Select("1.1")
	if !contains(labels(w.Window()), "Förslag:") {
		t.Fatal("the window does not start in Swedish")
	}
	w.switchLanguage(model.English)
	shown := labels(w.Window())
	if !contains(shown, "Proposals:") || contains(shown, "Förslag:") {
		t.Errorf("after switching to English the labels are %q", shown)
	}
	if w.detail.shown.Ref != "1.1" || !strings.Contains(w.detail.text.String(), "Summary") {
		t.Errorf("the proposal shown was lost or is not in English: %q", w.detail.shown.Ref)
	}
}

func TestTheWindowRemembersItsSize(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := newFakeStore() // the window's size is no store's business
	w := NewMainWindow(a, s)
	if got := w.savedSize(); got != fyne.NewSize(1200, 700) {
		t.Fatalf("first size %v, want one that fits a 1366 × 768 screen", got)
	}
	w.win.Resize(fyne.NewSize(1500, 900))
	w.onClose()
	if got := NewMainWindow(a, s).savedSize(); got != fyne.NewSize(1500, 900) {
		t.Errorf("the next window opens at %v, want 1500 × 900", got)
	}
}

// olderStore gives, while older is set, an older list of the proposals,
// as a reading that started before a change would.
type olderStore struct {
	model.Store
	older []model.Proposal
}

func (s *olderStore) Proposals(ctx context.Context, f model.ProposalFilter) ([]model.Proposal, error) {
	if s.older != nil {
		return s.older, nil
	}
	return s.Store.Proposals(ctx, f)
}

// The window is built before the proposals are read: its tree and overview
// say "Läser …" (with a progress bar once the reading is slow) while they
// are read off the UI goroutine, and show them when the reading is done;
// a reading that a newer one has overtaken shows nothing.
func TestMainWindowReadsTheProposalsInTheBackground(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := &olderStore{Store: demoStore(t)}
	all := demoProposals(t, s)
	var jobs, timers []func()
	oldBackground, oldAfter := inBackground, afterSlowLoad
	inBackground = func(f func()) { jobs = append(jobs, f) }
	afterSlowLoad = func(f func()) func() bool {
		timers = append(timers, f)
		return func() bool { return true }
	}
	t.Cleanup(func() { inBackground, afterSlowLoad = oldBackground, oldAfter })

	w := NewMainWindow(a, s)
	if len(jobs) != 1 || len(timers) != 1 {
		t.Fatalf("%d jobs and %d timers started, want the reading and its timer", len(jobs), len(timers))
	}
	if got := w.tree.childUIDs(""); len(got) != 0 {
		t.Errorf("the tree shows %v before the proposals are read", got)
	}
	if w.tree.heading.Text != "Läser …" || w.tree.progress.Visible() {
		t.Errorf("while reading the heading says %q, progress bar shown %v", w.tree.heading.Text, w.tree.progress.Visible())
	}
	if !w.overview.loading.Visible() || w.overview.cards.Visible() {
		t.Error("the overview does not say it is reading")
	}
	widthReading := w.overview.content.MinSize().Width
	timers[0]() // the reading takes long
	if !w.tree.progress.Visible() {
		t.Error("no progress bar while a slow reading runs")
	}
	jobs[0]()
	if got := w.tree.childUIDs(""); len(got) == 0 {
		t.Fatal("the tree is empty after the reading")
	}
	if !strings.HasPrefix(w.tree.heading.Text, "Förslag:") || w.tree.progress.Visible() {
		t.Errorf("after reading the heading says %q, progress bar shown %v", w.tree.heading.Text, w.tree.progress.Visible())
	}
	if w.overview.loading.Visible() || !w.overview.cards.Visible() || len(w.overview.counts.areas) == 0 {
		t.Error("the overview does not show the proposals read")
	}
	if got := w.overview.content.MinSize().Width; got != widthReading {
		t.Errorf("the overview needs %v wide after reading, %v while reading: the split beside it moves", got, widthReading)
	}

	// A reading overtaken by Reload (after an import, say) shows nothing,
	// though it ends last.
	jobs = nil
	w.load()
	w.Reload()
	s.older = all[:1]
	jobs[0]()
	if n := len(w.tree.all); n != len(all) {
		t.Errorf("the overtaken reading's %d proposals replaced the newer %d", n, len(all))
	}
}

// A store whose proposals cannot be read: the window still opens, the
// overview says the proposals could not be read, and "Läser …" ends.
func TestMainWindowSaysWhenTheProposalsCannotBeRead(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, failingStore())
	if !w.overview.failed.Visible() || w.overview.loading.Visible() {
		t.Error("the overview does not say that the proposals could not be read")
	}
	if w.tree.heading.Text != "" || w.tree.progress.Visible() {
		t.Errorf("the heading says %q after a failed reading", w.tree.heading.Text)
	}
}
