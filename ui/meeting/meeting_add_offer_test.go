package meeting

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

// rowTexts lists what the add dialog's rows say: a heading, or a
// proposal's ref followed by its reasons.
func rowTexts(a *addItemDialog) []string {
	var out []string
	for _, c := range a.shown {
		if c.Header != "" {
			out = append(out, "# "+c.Header)
			continue
		}
		out = append(out, strings.TrimSpace(c.Proposal.Ref+" "+c.Why+" "+c.Waits))
	}
	return out
}

// indexOf returns the row of a.shown that shows the proposal with ref,
// or -1.
func indexOf(a *addItemDialog, ref string) int {
	return slices.IndexFunc(a.shown, func(c addChoice) bool { return c.Header == "" && c.Proposal.Ref == ref })
}

// The demo returned 2.1 for rework on 14 October (§ 5): until it has a
// new version, Lägg till ärende shows it greyed out, saying why. Once it
// has one, and once the open December meeting defers 1.4, both head the
// list, in a part of their own, oldest decision first, each with the
// decision in words; adding 2.1, a draft, marks it ready for decision.
func TestTheAddDialogOffersDeferredAndRevisedProposalsFirst(t *testing.T) {
	f := newMeetingsFixture(t)
	ctx := testCtx("Test")
	returned, err := f.store.ProposalByRef(ctx, "2.1")
	if err != nil || returned.Outcome != model.OutcomeReturned || returned.Status != model.StatusDraft {
		t.Fatalf("the demo's 2.1 is %s/%s (%v), not returned for rework", returned.Status, returned.Outcome, err)
	}
	freeReadyProposals(t, f.store, 1)
	m := f.emptyMeeting()
	f.w.onAddItem()
	a := f.w.adding
	i := indexOf(a, "2.1")
	if i < 0 || a.shown[i].addable() || a.shown[i].Part != model.OfferBlocked ||
		!strings.HasPrefix(a.shown[i].Waits, "Återremitterat 14 oktober 2026, § ") ||
		!strings.HasSuffix(a.shown[i].Waits, "väntar på en ny version innan det kan läggas till") {
		t.Fatalf("2.1, returned without a new version, is offered as %v", rowTexts(a))
	}
	a.dlg.Hide()

	c := returned.Content
	c.Summary += " Kompletterad med kostnadsfördelning."
	if returned, err = f.store.UpdateProposal(ctx, returned.ID, c, returned.Revision); err != nil {
		t.Fatal(err)
	}
	var december model.Meeting
	var deferred model.Item
	for _, mt := range f.w.meetings {
		if mt.SignedOff() {
			continue
		}
		for _, it := range mt.Items {
			if p := f.w.proposals[it.ProposalID]; p.Ref == "1.4" {
				december, deferred = mt, it
			}
		}
	}
	if deferred.ID == 0 {
		t.Fatal("1.4 is not on the demo's open agenda")
	}
	if _, err := f.store.RecordDecision(ctx, deferred.ID, model.Decision{Outcome: model.OutcomeDeferred,
		Text: model.DefaultDecisionText(model.OutcomeDeferred, model.Swedish)}); err != nil {
		t.Fatal(err)
	}
	f.w.reload(m.ID)
	f.w.onAddItem()
	a = f.w.adding
	a.dlg.Resize(fyne.NewSize(640, 900))
	got := rowTexts(a)
	want := []string{
		"# Bordlagda och återremitterade vid tidigare möten",
		"2.1 Återremitterat 14 oktober 2026, § 5 – ny version " + strconv.Itoa(returned.Revision) + ", blir för beslut när det läggs till",
		"1.4 Bordlagt " + meetingDate(december) + ", § " + strconv.Itoa(deferred.Number),
		"# Övriga för beslut",
	}
	if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
		t.Fatalf("the dialog lists\n%s\nwant it to begin\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	drawn := labelsOf(f.w.win.Canvas().Overlays().Top())
	for _, s := range []string{"Bordlagda och återremitterade vid tidigare möten", "Bordlagt " + meetingDate(december), "ny version " + strconv.Itoa(returned.Revision), "Övriga för beslut"} {
		if !contains(drawn, s) {
			t.Errorf("the dialog does not draw %q", s)
		}
	}

	tapBox(addRowAt(t, f.w, 0))
	tapBox(addRowAt(t, f.w, 1))
	test.Tap(a.addBtn)
	returned, _ = f.store.ProposalByRef(ctx, "2.1")
	deferredP, _ := f.store.ProposalByRef(ctx, "1.4")
	if got := f.agendaOf(m.ID); !slices.Equal(got, []int64{returned.ID, deferredP.ID}) {
		t.Errorf("agenda %v, want 2.1 (%d) then 1.4 (%d)", got, returned.ID, deferredP.ID)
	}
	if returned.Status != model.StatusReady {
		t.Errorf("2.1 added to the agenda is %s, not ready for decision", returned.Status)
	}
}

// A heading row of Lägg till ärende is its title alone, no taller than
// one line; a proposal's row shows why it is offered on a second line.
func TestTheAddDialogsHeadingRowsHaveNoSecondLine(t *testing.T) {
	f := newMeetingsFixture(t)
	freeReadyProposals(t, f.store, 1)
	f.emptyMeeting()
	f.w.onAddItem()
	a := f.w.adding
	heading := slices.IndexFunc(a.shown, func(c addChoice) bool { return c.Header != "" })
	reasoned := slices.IndexFunc(a.shown, func(c addChoice) bool { return c.Header == "" && c.Why+c.Waits != "" })
	if heading < 0 || reasoned < 0 {
		t.Fatalf("the dialog has no heading or no proposal with a reason: %v", rowTexts(a))
	}
	row := func(i int) *addRow {
		r := a.newRow().(*addRow)
		a.updateRow(i, r)
		return r
	}
	h, p := row(heading), row(reasoned)
	if h.whyBox.Visible() || h.title.Text != a.shown[heading].Header || !h.title.TextStyle.Bold {
		t.Errorf("heading row: title %q (bold %v), second line shown %v", h.title.Text, h.title.TextStyle.Bold, h.whyBox.Visible())
	}
	if !p.whyBox.Visible() || p.why.Text == "" {
		t.Errorf("proposal row: second line %q, shown %v", p.why.Text, p.whyBox.Visible())
	}
	if hh, ph := h.MinSize().Height, p.MinSize().Height; hh >= ph*3/4 {
		t.Errorf("a heading row is %.0f tall, a proposal's with its reason %.0f: the heading keeps an empty line", hh, ph)
	}
}
