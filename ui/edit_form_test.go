package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// editWindow is the main window on the demo store, in Swedish, with its
// background work run at once.
func editWindow(t *testing.T) (*MainWindow, model.Store) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := NewMainWindow(a, s)
	w.background = func(f func()) { f() }
	w.win.Resize(fyne.NewSize(1200, 760))
	return w, s
}

func proposalByRef(t *testing.T, s model.Store, ref string) model.Proposal {
	t.Helper()
	p, err := s.ProposalByRef(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// proposalWith returns the first proposal of the kind and status given.
func proposalWith(t *testing.T, s model.Store, kind model.Kind, status model.Status) model.Proposal {
	t.Helper()
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Kind == kind && p.Status == status {
			return p
		}
	}
	t.Fatalf("the demo has no %s %s", status, kind)
	return model.Proposal{}
}

func revisions(t *testing.T, s model.Store, id int64) []model.Revision {
	t.Helper()
	rs, err := s.Revisions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// texts returns the text of every label and button under o.
func texts(o fyne.CanvasObject) []string { return labelsOf(o) }

// topOverlay returns what the topmost dialog shows, or nil.
func topOverlay(w *MainWindow) fyne.CanvasObject { return w.win.Canvas().Overlays().Top() }

// tapButton taps the button with the given text in the topmost dialog.
func tapButton(t *testing.T, w *MainWindow, text string) {
	t.Helper()
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
		if b, ok := o.(*widgets.Button); ok && b.Text == text && found == nil {
			found = &b.Button
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, child := range test.WidgetRenderer(wd).Objects() {
				walk(child)
			}
		}
	}
	if top := topOverlay(w); top != nil {
		walk(top)
	}
	if found == nil {
		t.Fatalf("no button %q in the top dialog; it shows %q", text, texts(topOverlay(w)))
	}
	test.Tap(found)
}

func TestEditFormShowsTheProposal(t *testing.T) {
	w, s := editWindow(t)
	p := proposalWith(t, s, model.KindIntervention, model.StatusDraft)
	f := w.openEditForm(p)
	if f == nil {
		t.Fatal("the form did not open")
	}
	if f.ref.Text != p.Ref || f.title.Text != p.Title || f.kind.Selected != "Insats" {
		t.Errorf("ref %q title %q kind %q, want %q %q Insats", f.ref.Text, f.title.Text, f.kind.Selected, p.Ref, p.Title)
	}
	c, err := f.content()
	if err != nil {
		t.Fatal(err)
	}
	if !c.Normalize().Equal(p.Content.Normalize()) {
		t.Errorf("the form reads back\n%+v\nnot\n%+v", c, p.Content)
	}
	if f.changed() {
		t.Error("an untouched form counts as changed")
	}
	if !contains(texts(topOverlay(w)), "Preventionsstjärnan") || !contains(texts(topOverlay(w)), "Spara") {
		t.Errorf("the dialog shows %q", texts(topOverlay(w)))
	}
}

func TestEditingTheCostMakesOneRevision(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	before := revisions(t, s, p.ID)
	f := w.openEditForm(p)
	if f == nil {
		t.Fatalf("1.2 (%s) cannot be edited", p.Status)
	}
	test.Type(f.cost, "x") // typed, then replaced: the field is the user's
	f.cost.SetText("1 250 000,50")
	test.Tap(f.saveBtn)
	if !f.closed {
		t.Fatalf("the form stayed open: %q", texts(f.scroll))
	}
	after := revisions(t, s, p.ID)
	if len(after) != len(before)+1 {
		t.Fatalf("%d revisions after saving, want %d", len(after), len(before)+1)
	}
	last := after[len(after)-1].Content
	if last.Cost != (model.Money{Ore: 125000050, Set: true}) {
		t.Errorf("cost %+v, want 1 250 000,50 kr", last.Cost)
	}
	want := p.Content
	want.Cost = last.Cost
	if !last.Equal(want) {
		t.Errorf("the new revision changed more than the cost:\n%+v\nwant\n%+v", last, want)
	}
	if w.detail.shown.Ref != "1.2" || w.detail.shown.Revision != p.Revision+1 {
		t.Errorf("the window shows %s revision %d", w.detail.shown.Ref, w.detail.shown.Revision)
	}
}

func TestSavingUnchangedWritesNothing(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	before := revisions(t, s, p.ID)
	f := w.openEditForm(p)
	test.Tap(f.saveBtn)
	if !f.closed {
		t.Fatal("the form stayed open")
	}
	if n := len(revisions(t, s, p.ID)); n != len(before) {
		t.Errorf("%d revisions, want %d", n, len(before))
	}
}

func TestEmptyTitleKeepsTheFormOpen(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	before := revisions(t, s, p.ID)
	f := w.openEditForm(p)
	f.title.SetText("  ")
	test.Tap(f.saveBtn)
	if f.closed || topOverlay(w) == nil {
		t.Fatal("the form closed")
	}
	msg := f.errs["title"]
	if msg.Hidden || !strings.Contains(strings.ToLower(msg.Text), "titel") {
		t.Errorf("under the title: %q (hidden %v)", msg.Text, msg.Hidden)
	}
	for name, l := range f.errs {
		if name != "title" && !l.Hidden {
			t.Errorf("a message under %s: %q", name, l.Text)
		}
	}
	if n := len(revisions(t, s, p.ID)); n != len(before) {
		t.Errorf("%d revisions, want %d", n, len(before))
	}
	// Correcting it and saving again clears the message and saves.
	f.title.SetText("Ny titel")
	test.Tap(f.saveBtn)
	if !f.closed {
		t.Fatalf("the form stayed open: %q", f.errs["title"].Text)
	}
	if got := proposalByRef(t, s, "1.2").Title; got != "Ny titel" {
		t.Errorf("title %q", got)
	}
}

func TestEndBeforeStartShowsUnderTheEnd(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	before := revisions(t, s, p.ID)
	f := w.openEditForm(p)
	f.start.SetText("2027-06-01")
	f.end.SetText("2027-01-01")
	test.Tap(f.saveBtn)
	if f.closed {
		t.Fatal("the form closed")
	}
	if l := f.errs["end"]; l.Hidden || !strings.Contains(l.Text, "2027-01-01") {
		t.Errorf("under the end: %q (hidden %v)", l.Text, l.Hidden)
	}
	if !f.errs["start"].Hidden {
		t.Errorf("under the start: %q", f.errs["start"].Text)
	}
	if n := len(revisions(t, s, p.ID)); n != len(before) {
		t.Errorf("%d revisions, want %d", n, len(before))
	}
}

func TestUnreadableDateAndCostShowUnderTheirFields(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	f := w.openEditForm(p)
	f.start.SetText("1 jan")
	f.cost.SetText("mycket")
	f.title.SetText("")
	test.Tap(f.saveBtn)
	for _, field := range []string{"start", "cost", "title"} {
		if l := f.errs[field]; l.Hidden || l.Text == "" {
			t.Errorf("no message under %s", field)
		}
	}
	if !strings.Contains(f.errs["cost"].Text, "mycket") {
		t.Errorf("under the cost: %q", f.errs["cost"].Text)
	}
}

// The form reads dates and amounts as an import does: 1/3/2027 is the
// first of March, and "1 250 000 kr" an amount.
func TestFormAcceptsDatesAndCostsAsAnImportDoes(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	f := w.openEditForm(p)
	f.start.SetText("1/3/2027")
	f.end.SetText("31.12.2027")
	f.cost.SetText("1 250 000 kr")
	test.Tap(f.saveBtn)
	if !f.closed {
		t.Fatalf("the form stayed open: %q", texts(f.scroll))
	}
	after := revisions(t, s, p.ID)
	last := after[len(after)-1].Content
	if last.Start != model.NewDate(2027, time.March, 1) || last.End != model.NewDate(2027, time.December, 31) {
		t.Errorf("saved %s – %s, want 2027-03-01 – 2027-12-31", last.Start, last.End)
	}
	if last.Cost != model.Kronor(1250000) {
		t.Errorf("saved cost %+v, want 1 250 000 kr", last.Cost)
	}
}

func TestFormRefusesADateThatDoesNotExist(t *testing.T) {
	w, s := editWindow(t)
	f := w.openEditForm(proposalByRef(t, s, "1.2"))
	f.end.SetText("30/2/2027")
	f.cost.SetText("-5")
	test.Tap(f.saveBtn)
	if f.closed {
		t.Fatal("the form saved an impossible date")
	}
	if l := f.errs["end"]; l.Hidden || !strings.Contains(l.Text, "30/2/2027") {
		t.Errorf("under the end: %q", l.Text)
	}
	if l := f.errs["cost"]; l.Hidden || l.Text == "" {
		t.Error("no message under the cost")
	}
}

func TestCostAndEvidenceTexts(t *testing.T) {
	if got := costText(model.Money{Ore: 125000050, Set: true}); got != "1 250 000,50" {
		t.Errorf("costText = %q", got)
	}
	if m, err := model.ParseMoney(costText(model.Money{Ore: 125000050, Set: true})); err != nil || m.Ore != 125000050 {
		t.Errorf("costText reads back as %+v, %v", m, err)
	}
	want := []model.Evidence{
		{Kind: model.EvidenceResearch, Citation: "Heckman (2006)", URL: "https://example.se/h"},
		{Kind: model.EvidenceOther, Citation: "en rapport utan slag"},
	}
	if back := model.ParseEvidence(formatEvidence(want)); len(back) != len(want) || back[0] != want[0] || back[1] != want[1] {
		t.Errorf("round trip: %+v", back)
	}
}

// savedByAnnan saves p, changed by edit, as the member "Annan" would from
// another window, and returns the content saved.
func savedByAnnan(t *testing.T, s model.Store, p model.Proposal, edit func(*model.Content)) model.Content {
	t.Helper()
	c := p.Content
	edit(&c)
	if _, err := s.UpdateProposal(testCtx("Annan"), p.ID, c, p.Revision); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConflictingSaveWritesNothing(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	f := w.openEditForm(p)
	other := savedByAnnan(t, s, p, func(c *model.Content) { c.Summary = "Ändrad av någon annan" })
	before := revisions(t, s, p.ID)
	f.funding.SetText("Egen finansiering")
	test.Tap(f.saveBtn)
	if f.closed {
		t.Fatal("the form closed")
	}
	if f.conflict == nil || !contains(texts(topOverlay(w)), "Läs in deras ändringar") {
		t.Fatalf("no conflict dialog; the top dialog shows %q", texts(topOverlay(w)))
	}
	if !contains(texts(topOverlay(w)), "medan du redigerade") || !contains(texts(topOverlay(w)), "ändrades av Annan") {
		t.Errorf("the conflict dialog says %q", texts(topOverlay(w)))
	}
	if n := len(revisions(t, s, p.ID)); n != len(before) {
		t.Errorf("%d revisions, want %d", n, len(before))
	}
	if got := proposalByRef(t, s, "1.2").Funding; got == "Egen finansiering" {
		t.Error("the conflicting edit was written")
	}
	// Läs in deras ändringar brings the other's version into the form and
	// keeps what was typed; saving then writes both.
	tapButton(t, w, "Läs in deras ändringar")
	if f.summary.Text != other.Summary || f.funding.Text != "Egen finansiering" || f.orig.Revision != p.Revision+1 || !f.changed() {
		t.Errorf("after bringing in theirs: summary %q, funding %q, base revision %d, changed %v",
			f.summary.Text, f.funding.Text, f.orig.Revision, f.changed())
	}
	if f.general.Hidden || !strings.Contains(f.general.Text, "Annan har sparat en ny version") {
		t.Errorf("the form says %q (hidden %v)", f.general.Text, f.general.Hidden)
	}
	test.Tap(f.saveBtn)
	if !f.closed {
		t.Fatal("the form stayed open")
	}
	if got := proposalByRef(t, s, "1.2"); got.Funding != "Egen finansiering" || got.Summary != other.Summary {
		t.Errorf("saved funding %q summary %q", got.Funding, got.Summary)
	}
}

func TestConflictOnTheSameFieldKeepsMineAndShowsTheirs(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	f := w.openEditForm(p)
	savedByAnnan(t, s, p, func(c *model.Content) { c.Title = "Deras titel" })
	f.title.SetText("Min titel")
	test.Tap(f.saveBtn)
	tapButton(t, w, "Läs in deras ändringar")
	if f.title.Text != "Min titel" {
		t.Errorf("title %q, want mine", f.title.Text)
	}
	if l := f.errs["title"]; l.Hidden || !strings.Contains(l.Text, "Också ändrat av Annan") || !strings.Contains(l.Text, "Deras titel") {
		t.Errorf("beside the title: %q (hidden %v)", l.Text, l.Hidden)
	}
	if l := f.errs["summary"]; !l.Hidden {
		t.Errorf("beside the summary, changed by neither: %q", l.Text)
	}
	test.Tap(f.saveBtn)
	if got := proposalByRef(t, s, "1.2"); got.Title != "Min titel" || got.Revision != p.Revision+2 {
		t.Errorf("saved title %q at revision %d, want mine at %d", got.Title, got.Revision, p.Revision+2)
	}
}

func TestCancelWithChangesAsks(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	before := revisions(t, s, p.ID)

	// Unchanged: Avbryt closes at once.
	f := w.openEditForm(p)
	test.Tap(f.closeBtn)
	if !f.closed || f.guard != nil {
		t.Fatal("an unchanged form did not close at once")
	}

	// Changed: Avbryt asks; Fortsätt redigera keeps the form and the text.
	f = w.openEditForm(p)
	f.responsible.SetText("Kultur- och fritidsförvaltningen")
	test.Tap(f.closeBtn)
	if f.closed || !contains(texts(topOverlay(w)), "Spara ändringarna?") {
		t.Fatalf("no question; the top dialog shows %q", texts(topOverlay(w)))
	}
	tapButton(t, w, "Fortsätt redigera")
	if f.closed || f.responsible.Text != "Kultur- och fritidsförvaltningen" {
		t.Fatal("Fortsätt redigera left the form")
	}
	// Släng closes and writes nothing.
	test.Tap(f.closeBtn)
	tapButton(t, w, "Släng")
	if !f.closed {
		t.Fatal("Släng did not close the form")
	}
	if n := len(revisions(t, s, p.ID)); n != len(before) {
		t.Errorf("%d revisions after Släng, want %d", n, len(before))
	}
	// Spara in the question saves.
	f = w.openEditForm(p)
	f.responsible.SetText("Kultur- och fritidsförvaltningen")
	test.Tap(f.closeBtn)
	tapButton(t, w, "Spara")
	if !f.closed {
		t.Fatal("Spara in the question did not close the form")
	}
	if got := proposalByRef(t, s, "1.2").Responsible; got != "Kultur- och fritidsförvaltningen" {
		t.Errorf("responsible %q", got)
	}
}

func TestNewProposalCreatesAnInterventionUnderAnArea(t *testing.T) {
	w, s := editWindow(t)
	area := proposalWith(t, s, model.KindArea, model.StatusDraft)
	f := w.openNewForm(model.KindIntervention, area.Ref)
	if !strings.HasPrefix(f.ref.Text, area.Ref+".") || f.kind.Selected != "Insats" {
		t.Fatalf("ref %q kind %q", f.ref.Text, f.kind.Selected)
	}
	if _, err := s.ProposalByRef(context.Background(), f.ref.Text); err == nil {
		t.Fatalf("the suggested ref %s is taken", f.ref.Text)
	}
	ref := f.ref.Text
	f.title.SetText("Läxhjälp på biblioteket")
	f.problemAreas.SetSelected([]string{model.Exclusion.Label(model.Swedish)})
	f.preventionLevel.SetSelected(model.Universal.Label(model.Swedish))
	f.evidence.SetText("Rapport: Skolverket 2023")
	f.partners.SetText("Biblioteket\nStudieförbunden\n")
	f.start.SetText("2027-01-01")
	f.end.SetText("2027-12-31")
	f.cost.SetText("250 000")
	test.Tap(f.saveBtn)
	if !f.closed {
		t.Fatalf("the form stayed open: %q", texts(f.scroll))
	}
	p := proposalByRef(t, s, ref)
	if p.Kind != model.KindIntervention || p.AreaRef() != area.Ref || p.Status != model.StatusDraft || p.Revision != 1 {
		t.Errorf("created %+v", p)
	}
	if p.Title != "Läxhjälp på biblioteket" || len(p.Partners) != 2 || p.Cost != model.Kronor(250000) ||
		len(p.ProblemAreas) != 1 || p.ProblemAreas[0] != model.Exclusion || p.PreventionLevel != model.Universal ||
		len(p.Evidence) != 1 || p.Evidence[0].Kind != model.EvidenceReport || p.End != model.NewDate(2027, 12, 31) {
		t.Errorf("created %+v", p.Content)
	}
	if w.detail.shown.Ref != ref {
		t.Errorf("the window shows %q, want %q", w.detail.shown.Ref, ref)
	}
}

func TestNewProposalWithATakenRefShowsUnderTheRef(t *testing.T) {
	w, s := editWindow(t)
	f := w.openNewForm(model.KindArea, "")
	f.ref.SetText("1")
	f.title.SetText("Dubblett")
	test.Tap(f.saveBtn)
	if f.closed || f.errs["ref"].Hidden {
		t.Fatalf("closed %v, under the ref %q", f.closed, f.errs["ref"].Text)
	}
	if got := proposalByRef(t, s, "1").Title; got == "Dubblett" {
		t.Error("the area was overwritten")
	}
}

func TestMarkReady(t *testing.T) {
	w, s := editWindow(t)
	p := proposalWith(t, s, model.KindIntervention, model.StatusDraft)
	w.Select(p.Ref)
	w.markReady()
	if got := proposalByRef(t, s, p.Ref); got.Status != model.StatusReady {
		t.Errorf("status %s, want ready", got.Status)
	}
	if w.detail.shown.Status != model.StatusReady {
		t.Errorf("the window shows status %s", w.detail.shown.Status)
	}
}

func TestMarkReadyAsksWhenTheEvidenceIsMissing(t *testing.T) {
	w, s := editWindow(t)
	p, err := s.CreateProposal(context.Background(), model.Content{Ref: "1.9", Kind: model.KindIntervention, Title: "Bara en titel"})
	if err != nil {
		t.Fatal(err)
	}
	w.Reload()
	w.Select(p.Ref)
	w.markReady()
	msg := texts(topOverlay(w))
	if w.readyAsk == nil || !contains(msg, "1.9 saknar sammanfattning, evidens och underlag") || !contains(msg, "Markera ändå") {
		t.Fatalf("no question; the top dialog shows %q", msg)
	}
	if got := proposalByRef(t, s, "1.9").Status; got != model.StatusDraft {
		t.Fatalf("marked %s before the answer", got)
	}
	tapButton(t, w, "Avbryt")
	if got := proposalByRef(t, s, "1.9").Status; got != model.StatusDraft {
		t.Fatalf("marked %s after Avbryt", got)
	}
	w.markReady()
	tapButton(t, w, "Markera ändå")
	if got := proposalByRef(t, s, "1.9").Status; got != model.StatusReady {
		t.Errorf("status %s after Markera ändå, want ready", got)
	}
}

func TestMarkReadyOnADecidedProposalIsRefused(t *testing.T) {
	w, s := editWindow(t)
	p := proposalWith(t, s, model.KindIntervention, model.StatusDecided)
	w.Select(p.Ref)
	w.markReady()
	if !contains(texts(topOverlay(w)), "kan inte gå från") {
		t.Errorf("the dialog says %q", texts(topOverlay(w)))
	}
	got := proposalByRef(t, s, p.Ref)
	if got.Status != p.Status || got.Revision != p.Revision {
		t.Errorf("status %s revision %d, want %s %d", got.Status, got.Revision, p.Status, p.Revision)
	}
}

func TestWithdraw(t *testing.T) {
	w, s := editWindow(t)
	p := proposalWith(t, s, model.KindIntervention, model.StatusDraft)
	w.Select(p.Ref)

	// Avbryt in the question changes nothing.
	w.withdraw()
	tapButton(t, w, "Avbryt")
	if got := proposalByRef(t, s, p.Ref).Status; got != model.StatusDraft {
		t.Fatalf("status %s after Avbryt", got)
	}
	w.withdraw()
	if !contains(texts(topOverlay(w)), "Vill du återta "+p.Ref) {
		t.Fatalf("the question says %q", texts(topOverlay(w)))
	}
	tapButton(t, w, "Återta")
	if got := proposalByRef(t, s, p.Ref).Status; got != model.StatusWithdrawn {
		t.Errorf("status %s, want withdrawn", got)
	}
	if w.detail.shown.Status != model.StatusWithdrawn {
		t.Errorf("the window shows status %s", w.detail.shown.Status)
	}
	// A withdrawn proposal can neither be withdrawn again nor edited.
	w.withdraw()
	if !contains(texts(topOverlay(w)), "kan inte gå från") {
		t.Errorf("withdrawing again: %q", texts(topOverlay(w)))
	}
	if f := w.openEditForm(w.detail.shown); f != nil {
		t.Error("the form opened on a withdrawn proposal")
	}
}

func TestWithdrawADecidedProposalIsRefused(t *testing.T) {
	w, s := editWindow(t)
	p := proposalWith(t, s, model.KindIntervention, model.StatusDecided)
	w.Select(p.Ref)
	w.withdraw()
	if contains(texts(topOverlay(w)), "Vill du återta") || !contains(texts(topOverlay(w)), "kan inte gå från") {
		t.Errorf("the dialog says %q", texts(topOverlay(w)))
	}
	if got := proposalByRef(t, s, p.Ref).Status; got != model.StatusDecided {
		t.Errorf("status %s", got)
	}
}

func TestMarkReadyWithNothingShown(t *testing.T) {
	w, _ := editWindow(t)
	w.markReady()
	w.withdraw()
	if !contains(texts(topOverlay(w)), "Välj först ett förslag") {
		t.Errorf("the dialog says %q", texts(topOverlay(w)))
	}
}

// Every demo proposal reads back from the form as it was: opening and
// saving without a change would change nothing.
func TestEveryProposalRoundTripsThroughTheForm(t *testing.T) {
	w, s := editWindow(t)
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		f := newEditForm(w, p)
		c, err := f.content()
		if err != nil {
			t.Errorf("%s: %v", p.Ref, err)
			continue
		}
		if !c.Normalize().Equal(p.Content.Normalize()) {
			t.Errorf("%s reads back as\n%+v\nnot\n%+v", p.Ref, c, p.Content)
		}
	}
}

// windowOpen tells whether the main window is still open in the driver.
func windowOpen(w *MainWindow) bool {
	for _, o := range w.app.Driver().AllWindows() {
		if o == w.win {
			return true
		}
	}
	return false
}

// Closing the main window while the form holds unsaved changes asks as
// Avbryt does: Fortsätt redigera keeps the window and the text, Släng
// closes without saving, Spara saves and then closes.
func TestClosingTheWindowWithUnsavedChangesAsks(t *testing.T) {
	t.Run("keep editing", func(t *testing.T) {
		w, s := editWindow(t)
		p := proposalByRef(t, s, "1.2")
		f := w.openEditForm(p)
		f.responsible.SetText("Kultur- och fritidsförvaltningen")
		w.onClose()
		if !windowOpen(w) || !contains(texts(topOverlay(w)), "Spara ändringarna?") {
			t.Fatalf("open %v; the top dialog shows %q", windowOpen(w), texts(topOverlay(w)))
		}
		// Closing again while asked shows no second question.
		w.onClose()
		tapButton(t, w, "Fortsätt redigera")
		if !windowOpen(w) || f.closed || f.responsible.Text != "Kultur- och fritidsförvaltningen" {
			t.Fatal("Fortsätt redigera left the form or closed the window")
		}
		if top := topOverlay(w); top != f.overlay {
			t.Errorf("the top dialog shows %q, want the form", texts(top))
		}
	})
	t.Run("discard", func(t *testing.T) {
		w, s := editWindow(t)
		p := proposalByRef(t, s, "1.2")
		f := w.openEditForm(p)
		f.responsible.SetText("Kultur- och fritidsförvaltningen")
		w.onClose()
		tapButton(t, w, "Släng")
		if windowOpen(w) {
			t.Error("Släng did not close the window")
		}
		if got := proposalByRef(t, s, "1.2"); got.Revision != p.Revision {
			t.Errorf("revision %d after Släng, want %d", got.Revision, p.Revision)
		}
	})
	t.Run("save", func(t *testing.T) {
		w, s := editWindow(t)
		p := proposalByRef(t, s, "1.2")
		f := w.openEditForm(p)
		f.responsible.SetText("Kultur- och fritidsförvaltningen")
		w.onClose()
		tapButton(t, w, "Spara")
		if windowOpen(w) {
			t.Error("Spara did not close the window")
		}
		if got := proposalByRef(t, s, "1.2").Responsible; got != "Kultur- och fritidsförvaltningen" {
			t.Errorf("responsible %q", got)
		}
	})
	t.Run("save refused keeps the window", func(t *testing.T) {
		w, _ := editWindow(t)
		f := w.openNewForm(model.KindArea, "")
		f.title.SetText("") // a new area needs a title
		f.summary.SetText("Utan rubrik")
		w.onClose()
		tapButton(t, w, "Spara")
		if !windowOpen(w) || f.closed || f.errs["title"].Hidden {
			t.Errorf("open %v, form closed %v, under the title %q", windowOpen(w), f.closed, f.errs["title"].Text)
		}
	})
	t.Run("unchanged closes at once", func(t *testing.T) {
		w, s := editWindow(t)
		w.openEditForm(proposalByRef(t, s, "1.2"))
		w.onClose()
		if windowOpen(w) {
			t.Error("the window stayed open with an unchanged form")
		}
	})
}

// The action buttons are enabled only for the moves the state rules allow
// on the shown proposal, and not at all with nothing shown.
func TestActionButtonsFollowTheRules(t *testing.T) {
	w, s := editWindow(t)
	check := func(what string, edit, ready, withdraw bool) {
		t.Helper()
		for _, b := range []struct {
			btn  *widgets.Button
			want bool
		}{{w.editBtn, edit}, {w.readyBtn, ready}, {w.withdrawBtn, withdraw}} {
			if b.btn.Disabled() == b.want {
				t.Errorf("%s: %q enabled %v, want %v", what, b.btn.Text, !b.btn.Disabled(), b.want)
			}
		}
	}
	check("nothing shown", false, false, false)

	draft := proposalWith(t, s, model.KindIntervention, model.StatusDraft)
	w.Select(draft.Ref)
	check("draft", true, true, true)
	test.Tap(w.readyBtn)
	check("ready", true, false, true)

	decided := proposalWith(t, s, model.KindIntervention, model.StatusDecided)
	w.Select(decided.Ref)
	check("decided", false, false, false)

	w.Select(draft.Ref)
	test.Tap(w.withdrawBtn)
	tapButton(t, w, "Återta")
	check("withdrawn", false, false, false)

	w.showOverview()
	check("overview", false, false, false)
}

// Finansiering takes several lines, wrapped as the other long fields, and
// the long fields show a few lines each, none so tall that it does not fit
// in the form's view in a window on a 1366 × 768 screen.
func TestLongFieldsShowSeveralLines(t *testing.T) {
	w, s := editWindow(t)
	w.win.Resize(fyne.NewSize(1200, 700)) // the window's first size, for a 1366 × 768 laptop
	p := proposalByRef(t, s, "1.2")
	f := w.openEditForm(p)
	if !f.funding.MultiLine || f.funding.Wrapping != fyne.TextWrapWord {
		t.Errorf("Finansiering: multi-line %v, wrapping %v", f.funding.MultiLine, f.funding.Wrapping)
	}
	long := "Finansieras av socialnämnden 2027–2028 inom ram; därefter söks medel ur det statliga " +
		"stimulansbidraget för brottsförebyggande arbete.\nRegionen står för BVC-sjuksköterskornas tid."
	f.funding.SetText(long)
	if c, err := f.content(); err != nil || c.Funding != long {
		t.Errorf("Finansiering reads back as %q (%v)", c.Funding, err)
	}
	line := fyne.MeasureText("Åg", theme.TextSize(), fyne.TextStyle{}).Height
	view := f.scroll.Size().Height
	for name, want := range map[string]float32{
		"summary": 4, "description": 7, "rationale": 5, "evidence": 5,
		"risk_factors": 4, "protective_factors": 4, "partners": 4, "funding": 3,
	} {
		e := f.entries[name]
		h := e.MinSize().Height
		if lines := (h - 2*theme.InnerPadding()) / line; lines < want-0.01 {
			t.Errorf("%s shows %.1f lines, want at least %v", name, lines, want)
		}
		if h > view*0.6 {
			t.Errorf("%s is %v high, too much of the form's view (%v)", name, h, view)
		}
	}
	if d := f.dialog.MinSize(); d.Height > w.win.Canvas().Size().Height || d.Width > w.win.Canvas().Size().Width {
		t.Errorf("the form needs %v; the window is %v", d, w.win.Canvas().Size())
	}
}

func TestNewProposalsRefFollowsItsKind(t *testing.T) {
	w, _ := editWindow(t)
	f := w.openNewForm(model.KindArea, "")
	area := f.ref.Text
	if area == "" || strings.Contains(area, ".") {
		t.Fatalf("a new area's ref %q", area)
	}
	f.kind.SetSelected(model.KindIntervention.Label(model.Swedish))
	if f.ref.Text != "" || !strings.Contains(f.ref.PlaceHolder, "2.3") {
		t.Errorf("as an intervention: ref %q, placeholder %q", f.ref.Text, f.ref.PlaceHolder)
	}
	f.ref.SetText("1.9")
	f.kind.SetSelected(model.KindArea.Label(model.Swedish))
	if f.ref.Text != area {
		t.Errorf("back to an area: ref %q, want %q", f.ref.Text, area)
	}
}
