package meeting

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/model"
)

// projectorFakeDisplays are the displays a test gives meeting mode: the
// monitors listed, and the ones windows were placed on, by name.
type projectorFakeDisplays struct {
	mons   []projectorMonitor
	placed []string
}

func (d *projectorFakeDisplays) monitors(fyne.Window) []projectorMonitor { return d.mons }

func (d *projectorFakeDisplays) place(_ fyne.Window, m projectorMonitor, then func()) {
	d.placed = append(d.placed, m.Name)
	then()
}

// projectorTwoMonitors are a laptop's screen and a projector beside it.
func projectorTwoMonitors() *projectorFakeDisplays {
	return &projectorFakeDisplays{mons: []projectorMonitor{
		{Name: "eDP-1", Width: 1920, Height: 1080},
		{Name: "HDMI-1", X: 1920, Width: 1280, Height: 720},
	}}
}

// projectorOpen opens the projector window with F5 from meeting mode on
// displays.
func projectorOpen(t *testing.T, f *meetingModeFixture, displays projectorDisplays) *projector {
	t.Helper()
	f.mm.proj.displays = displays
	f.mm.proj.closeLater = func(close func()) { close() }
	before := len(f.a.Driver().AllWindows())
	f.press(fyne.KeyF5)
	p := f.mm.proj.shown
	if p == nil {
		t.Fatal("F5 opened no projector window")
	}
	if n := len(f.a.Driver().AllWindows()); n != before+1 || !slices.Contains(f.a.Driver().AllWindows(), f.mm.win) {
		t.Fatalf("%d windows open, want meeting mode and the projector beside the %d before", n, before)
	}
	return p
}

// projectorText is everything the projector window shows, in one string.
func projectorText(p *projector) string {
	return strings.Join(labelsOf(p.win.Content()), "\n")
}

// projectorShowsItem fails t unless the projector shows the agenda item
// at index i of meeting mode: its §, ref, title and basis.
func projectorShowsItem(t *testing.T, f *meetingModeFixture, p *projector, i int) {
	t.Helper()
	it := f.mm.meeting.Items[i]
	rev := f.mm.revisions[it.ID]
	if p.title.Text != rev.Content.Title || !strings.Contains(p.section.Text, "§ "+strconv.Itoa(it.Number)) ||
		!strings.Contains(p.section.Text, rev.Content.Ref) {
		t.Errorf("the projector shows %q %q, want § %d %s %s", p.section.Text, p.title.Text, it.Number, rev.Content.Ref, rev.Content.Title)
	}
	if n := rev.Content.RegistryNumber; n != "" && !strings.Contains(p.section.Text, n) {
		t.Errorf("the projector shows %q without the registry number %s", p.section.Text, n)
	}
	if !strings.Contains(p.basis.Text, model.ShortFingerprint(rev.Fingerprint)) || !strings.Contains(p.basis.Text, strconv.Itoa(rev.Number)) {
		t.Errorf("the projector's basis %q, want revision %d and %s", p.basis.Text, rev.Number, model.ShortFingerprint(rev.Fingerprint))
	}
}

func TestProjectorFollowsPageDownAndPageUpInLargeType(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := projectorOpen(t, f, &projectorFakeDisplays{})
	projectorShowsItem(t, f, p, 0)
	if !strings.Contains(p.heading.Text, "9 december 2026") {
		t.Errorf("the projector's heading %q does not name the meeting", p.heading.Text)
	}
	if got := p.summary.Theme().Size(theme.SizeNameText); got < 28 {
		t.Errorf("the projector writes body text %v px high, want at least 28", got)
	}
	if got := p.title.Theme().Size(theme.SizeNameHeadingText); got <= p.summary.Theme().Size(theme.SizeNameText) {
		t.Errorf("the projector's title is %v px, not larger than its text", got)
	}
	if text := projectorText(p); strings.Contains(text, "Spara beslut") || strings.Contains(text, "Dagordning") {
		t.Errorf("the projector shows the secretary's controls:\n%s", text)
	}

	f.press(fyne.KeyPageDown)
	projectorShowsItem(t, f, p, 1)
	f.press(fyne.KeyPageDown)
	projectorShowsItem(t, f, p, 2)
	f.press(fyne.KeyPageUp)
	projectorShowsItem(t, f, p, 1)
	// The projector's own keys move meeting mode, which it follows.
	p.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if f.mm.current != 0 {
		t.Errorf("PageUp in the projector window left meeting mode on item %d", f.mm.current)
	}
	projectorShowsItem(t, f, p, 0)
	f.mm.list.Select(3)
	projectorShowsItem(t, f, p, 3)
}

func TestProjectorNeverShowsAnUnsavedDecision(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := projectorOpen(t, f, &projectorFakeDisplays{})
	form := f.mm.panel
	const typed = "Finansieringen bekräftas av kommunstyrelsen."
	test.TypeOnCanvas(f.mm.win.Canvas(), "2")
	test.Type(form.conditions, typed)
	form.text.SetText("Styrgruppen godkänner med ett villkor som skrivs nu.")
	for _, hidden := range []string{typed, "som skrivs nu", "Godkänt med villkor"} {
		if text := projectorText(p); strings.Contains(text, hidden) {
			t.Errorf("the projector shows %q before it is saved:\n%s", hidden, text)
		}
	}
	if p.decision.Visible() {
		t.Error("the projector shows a decision on an undecided item")
	}
	// Moving away and back keeps the draft in meeting mode only.
	f.unfocusAndPress(fyne.KeyPageDown)
	f.press(fyne.KeyPageUp)
	if strings.Contains(projectorText(p), typed) {
		t.Error("the projector shows the draft left on the item")
	}

	f.ctrlEnter()
	f.noDialog()
	if f.stored(f.mm.meeting.Items[0].ID) == nil {
		t.Fatal("the decision was not saved")
	}
	if f.mm.current != 1 {
		t.Fatalf("meeting mode shows item %d after saving, want the next undecided", f.mm.current)
	}
	// The room sees the decision just taken until the secretary moves on.
	projectorShowsItem(t, f, p, 0)
	text := projectorText(p)
	for _, want := range []string{"Beslut: Godkänt med villkor", typed, "som skrivs nu"} {
		if !strings.Contains(text, want) || !p.decision.Visible() {
			t.Errorf("after saving, the projector does not show %q:\n%s", want, text)
		}
	}
	f.press(fyne.KeyPageDown)
	projectorShowsItem(t, f, p, 2)
	if p.decision.Visible() || strings.Contains(projectorText(p), typed) {
		t.Error("the next item shows the decision of the one before")
	}
}

// unfocusAndPress gives the keyboard back to the window, as Esc does, and
// presses key there.
func (f *meetingModeFixture) unfocusAndPress(key fyne.KeyName) {
	f.mm.unfocus()
	f.press(key)
}

func TestProjectorClosesAndOpensAgainLeavingMeetingModeAsItWas(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := projectorOpen(t, f, &projectorFakeDisplays{})
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	f.press(fyne.KeyPageDown)
	if f.mm.proj.btn.Text != "Stäng projektor (F5)" {
		t.Errorf("with the projector open, its button says %q", f.mm.proj.btn.Text)
	}

	windows := len(f.a.Driver().AllWindows())
	p.close() // the window's own close button
	if f.mm.proj.shown != nil || len(f.a.Driver().AllWindows()) != windows-1 {
		t.Fatalf("after closing the projector: still known %v, %d windows", f.mm.proj.shown != nil, len(f.a.Driver().AllWindows()))
	}
	if f.mm.current != 1 || len(f.mm.drafts) != 1 || f.mm.panel.saveBtn.Disabled() {
		t.Errorf("meeting mode changed: item %d, %d drafts", f.mm.current, len(f.mm.drafts))
	}
	if f.mm.proj.btn.Text != "Projektor (F5)" {
		t.Errorf("with the projector closed, its button says %q", f.mm.proj.btn.Text)
	}

	p = projectorOpen(t, f, &projectorFakeDisplays{})
	projectorShowsItem(t, f, p, 1)
	f.press(fyne.KeyF5)
	if f.mm.proj.shown != nil || len(f.a.Driver().AllWindows()) != windows-1 {
		t.Fatal("F5 does not close the projector window")
	}

	projectorOpen(t, f, &projectorFakeDisplays{})
	f.press(fyne.KeyPageUp)
	f.mm.drafts = map[int64]model.Decision{} // nothing to ask about
	f.mm.panel.show(f.item().Decision, false)
	f.mm.onClose()
	if f.mm.proj.shown != nil || len(f.a.Driver().AllWindows()) != windows-2 {
		t.Errorf("closing meeting mode leaves %d windows", len(f.a.Driver().AllWindows()))
	}
}

func TestProjectorShowsADecisionReadFromTheStore(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := projectorOpen(t, f, &projectorFakeDisplays{})
	it := f.item()
	// Recorded elsewhere (another secretary's meeting mode), then read
	// again as the meetings window has meeting mode do.
	if _, err := f.store.RecordDecision(f.ctx, it.ID, model.Decision{Outcome: model.OutcomeDeferred,
		Text: "Ärendet bordläggs till nästa sammanträde.", Revision: it.Revision,
		Fingerprint: f.mm.revisions[it.ID].Fingerprint}); err != nil {
		t.Fatal(err)
	}
	if p.decision.Visible() {
		t.Fatal("the projector shows a decision before meeting mode read it")
	}
	f.mm.reread()
	projectorShowsItem(t, f, p, 0)
	if text := projectorText(p); !p.decision.Visible() || !strings.Contains(text, "Beslut: Bordlagt") ||
		!strings.Contains(text, "Ärendet bordläggs till nästa sammanträde.") {
		t.Errorf("after reading the meeting again the projector shows:\n%s", text)
	}
}

// A decision taken by a vote shows the vote's result on the projector,
// once saved.
func TestProjectorShowsTheResultOfAVote(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := projectorOpen(t, f, &projectorFakeDisplays{})
	it := f.item()
	vote := &model.Vote{Yes: "det föreslagna beslutet", No: "yrkandet om avslag", CastingVote: true}
	for _, id := range f.mm.meeting.Participants(it.Number, nil) {
		vote.Ballots = append(vote.Ballots, model.Ballot{MemberID: id, Choice: model.VoteYes})
	}
	if len(vote.Ballots) == 0 {
		t.Fatal("the demo's open meeting has nobody taking part in its first §")
	}
	if _, err := f.store.RecordDecision(f.ctx, it.ID, model.Decision{Outcome: model.OutcomeApproved,
		Text: "Förslaget godkänns.", Revision: it.Revision, Fingerprint: f.mm.revisions[it.ID].Fingerprint, Vote: vote}); err != nil {
		t.Fatal(err)
	}
	f.mm.reread()
	want := vote.Count(f.mm.meeting.ChairID).Text(model.Swedish, *vote)
	if text := projectorText(p); !strings.Contains(text, want) {
		t.Errorf("the projector does not show the vote's result %q:\n%s", want, text)
	}
}
