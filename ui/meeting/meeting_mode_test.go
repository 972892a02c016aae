package meeting

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// Meetings of the demo: one signed off, one open with undecided items.
const (
	signedOffMeetingDate = "2026-10-14"
	openMeetingDate      = "2026-12-09"
)

// meetingModeFixture is meeting mode on the demo store, reading and
// saving at once.
type meetingModeFixture struct {
	t     *testing.T
	a     fyne.App
	store model.Store
	ctx   context.Context
	mm    *meetingMode
}

func newMeetingModeFixture(t *testing.T, date string) *meetingModeFixture {
	t.Helper()
	f := meetingModeStore(t)
	f.open(date)
	return f
}

// meetingModeStore is the fixture before meeting mode is opened.
func meetingModeStore(t *testing.T) *meetingModeFixture {
	t.Helper()
	a := testapp.New(t)
	if err := uikit.SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	return &meetingModeFixture{t: t, a: a, store: demoStore(t), ctx: testCtx("Leila Rahimi")}
}

func (f *meetingModeFixture) open(date string) {
	f.t.Helper()
	f.mm = openMeetingMode(f.a, f.store, func() context.Context { return f.ctx }, f.meeting(date).ID, func(g func()) { g() }, true)
	if len(f.mm.meeting.Items) == 0 {
		f.t.Fatalf("meeting mode shows no items of the meeting on %s", date)
	}
}

// meeting returns the demo's meeting on date, as stored now.
func (f *meetingModeFixture) meeting(date string) model.Meeting {
	f.t.Helper()
	ms, err := f.store.Meetings(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	for _, m := range ms {
		if m.StartsAt.Format("2006-01-02") == date {
			return m
		}
	}
	f.t.Fatalf("the demo has no meeting on %s", date)
	return model.Meeting{}
}

// stored returns the decision stored on the item with id, nil for none.
func (f *meetingModeFixture) stored(itemID int64) *model.Decision {
	f.t.Helper()
	m, err := f.store.Meeting(f.ctx, f.mm.meetingID)
	if err != nil {
		f.t.Fatal(err)
	}
	for _, it := range m.Items {
		if it.ID == itemID {
			return it.Decision
		}
	}
	f.t.Fatalf("no item %d", itemID)
	return nil
}

func (f *meetingModeFixture) item() model.Item { return f.mm.meeting.Items[f.mm.current] }

func (f *meetingModeFixture) press(key fyne.KeyName) {
	f.mm.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: key})
}

// ctrlEnter presses Ctrl+Enter where Fyne would send it: to the entry with
// the focus, or to the window.
func (f *meetingModeFixture) ctrlEnter() {
	s := &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}
	if e, ok := f.mm.win.Canvas().Focused().(fyne.Shortcutable); ok {
		e.TypedShortcut(s)
		return
	}
	f.mm.win.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

func (f *meetingModeFixture) noDialog() {
	f.t.Helper()
	if top := f.mm.win.Canvas().Overlays().Top(); top != nil {
		f.t.Fatalf("a dialog is open: %v", labelsOf(top))
	}
}

func shownError(t *testing.T, p *decisionPanel, field, want string) {
	t.Helper()
	l := p.errs[field]
	if l.Hidden || !strings.Contains(l.Text, want) {
		t.Errorf("beside %s: %q (hidden %v), want %q", field, l.Text, l.Hidden, want)
	}
}

func TestMeetingModeKeyTwoAsksForConditionsAndSavesThem(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	it := f.item()
	if it.Decision != nil || f.mm.current != 0 {
		t.Fatalf("meeting mode opens on item %d (decided %v), want the first undecided", f.mm.current, it.Decision != nil)
	}
	if want := "Punkt 1 av " + strconv.Itoa(len(f.mm.meeting.Items)); f.mm.position.Text != want {
		t.Errorf("position %q, want %q", f.mm.position.Text, want)
	}
	if !strings.HasPrefix(f.mm.win.Title(), "Mötesläge – ") || !strings.Contains(f.mm.win.Title(), "9 december 2026") {
		t.Errorf("window title %q", f.mm.win.Title())
	}
	if size := f.mm.win.Canvas().Size(); size.Width < 1200 || size.Height < 700 {
		t.Errorf("window is %v, want 1280 × 720", size)
	}
	normal := theme.DefaultTheme().Size(theme.SizeNameText)
	if got := f.mm.summary.Theme().Size(theme.SizeNameText); got < normal*1.3 {
		t.Errorf("the summary is written %v high, normal text is %v: too small for a projector", got, normal)
	}

	test.TypeOnCanvas(f.mm.win.Canvas(), "2")
	if p.outcome != model.OutcomeApprovedConditions {
		t.Fatalf("'2' chose %q", p.outcome)
	}
	if p.conditionsBox.Hidden || f.mm.win.Canvas().Focused() != p.conditions {
		t.Error("the conditions are not asked for: their field is hidden or has no focus")
	}
	if p.text.Text != model.DefaultDecisionText(model.OutcomeApprovedConditions, model.Swedish) {
		t.Errorf("decision text %q", p.text.Text)
	}
	if p.chosen.Text != "Beslut: Godkänt med villkor" {
		t.Errorf("the outcome is named %q", p.chosen.Text)
	}

	f.ctrlEnter() // without conditions
	shownError(t, p, "conditions", model.FieldError("", "conditions_required").Message(model.Swedish))
	if d := f.stored(it.ID); d != nil {
		t.Fatalf("stored %+v without conditions", d)
	}
	if f.mm.current != 0 {
		t.Fatal("meeting mode moved on although nothing was saved")
	}

	test.Type(p.conditions, "Finansieringen bekräftas senast 1 mars 2027.")
	f.ctrlEnter()
	f.noDialog()
	d := f.stored(it.ID)
	if d == nil || d.Outcome != model.OutcomeApprovedConditions || d.Conditions != "Finansieringen bekräftas senast 1 mars 2027." {
		t.Fatalf("stored %+v", d)
	}
	if f.mm.current != 1 || f.item().Decision != nil {
		t.Errorf("after saving, item %d is shown, want the next undecided (1)", f.mm.current)
	}
	if !strings.Contains(f.mm.status.Text, "sparat") {
		t.Errorf("status %q", f.mm.status.Text)
	}
	// The line is whole, on its own above the keys, not cut beside them.
	if !f.mm.status.Visible() || f.mm.status.Size().Width < f.mm.keys.Size().Width {
		t.Errorf("status shown %v, %v wide beside keys %v wide", f.mm.status.Visible(), f.mm.status.Size().Width, f.mm.keys.Size().Width)
	}
	if f.mm.win.Canvas().Focused() != nil {
		t.Error("an entry keeps the keyboard after saving, so 1–5 no longer work")
	}
	// The saved item shows its outcome in the agenda, in words.
	row := f.mm.listTemplate()
	f.mm.listUpdate(0, row)
	if got := labelsOf(row); !strings.Contains(strings.Join(got, " "), "Godkänt med villkor") {
		t.Errorf("the agenda shows the saved item as %q", got)
	}
	// Going back shows the decision, ready to be changed until sign-off.
	f.press(fyne.KeyPageUp)
	if p.outcome != model.OutcomeApprovedConditions || p.conditions.Text != d.Conditions || p.saveBtn.Disabled() {
		t.Errorf("the decided item shows %q %q (save disabled %v)", p.outcome, p.conditions.Text, p.saveBtn.Disabled())
	}
}

func TestMeetingModePageDownMovesToTheNextItem(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	first := f.item()
	f.press(fyne.KeyPageDown)
	if f.mm.current != 1 || f.item().ID == first.ID {
		t.Fatalf("PageDown shows item %d", f.mm.current)
	}
	rev := f.mm.revisions[f.item().ID]
	if f.mm.title.Text != rev.Content.Title || !strings.Contains(f.mm.section.Text, rev.Content.Ref) ||
		!strings.Contains(f.mm.section.Text, "§ "+strconv.Itoa(f.item().Number)) {
		t.Errorf("shows %q %q, want § %d %s %s", f.mm.section.Text, f.mm.title.Text, f.item().Number, rev.Content.Ref, rev.Content.Title)
	}
	if !strings.HasPrefix(f.mm.position.Text, "Punkt 2 av") {
		t.Errorf("position %q", f.mm.position.Text)
	}
	f.press(fyne.KeyLeft)
	if f.mm.current != 0 {
		t.Errorf("Left shows item %d, want 0", f.mm.current)
	}
	// While an entry has the keyboard the keys are the entry's.
	f.mm.focus(f.mm.panel.text)
	f.press(fyne.KeyPageDown)
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	if f.mm.current != 0 || f.mm.panel.outcome != "" {
		t.Errorf("with an entry focused, keys moved to item %d and chose %q", f.mm.current, f.mm.panel.outcome)
	}
	f.mm.panel.text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.mm.win.Canvas().Focused() != nil {
		t.Error("Esc does not give the keyboard back to the window")
	}
	f.press(fyne.KeyF11)
	if !f.mm.win.FullScreen() {
		t.Error("F11 does not make the window full screen")
	}
}

func TestMeetingModeRefusesAReturnWithoutAReason(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	it := f.item()
	test.TypeOnCanvas(f.mm.win.Canvas(), "5")
	if p.outcome != model.OutcomeReturned || p.returnBox.Hidden {
		t.Fatalf("'5' chose %q, reason shown %v", p.outcome, !p.returnBox.Hidden)
	}
	f.ctrlEnter()
	f.noDialog()
	shownError(t, p, "return", model.FieldError("", "return_reason_required").Message(model.Swedish))
	if p.general.Hidden {
		t.Error("no message says the decision was not saved")
	}
	if d := f.stored(it.ID); d != nil {
		t.Fatalf("stored %+v without a reason", d)
	}

	test.Type(p.returnWhat, "Kostnadsfördelningen")
	test.Type(p.returnWho, "Socialförvaltningen")
	test.Type(p.returnBy, "31 januari")
	f.ctrlEnter()
	shownError(t, p, "return_by", "31 januari")
	if d := f.stored(it.ID); d != nil {
		t.Fatalf("stored %+v with a date that does not parse", d)
	}
	p.returnBy.SetText("2027-01-31")
	f.ctrlEnter()
	f.noDialog()
	d := f.stored(it.ID)
	if d == nil || d.Outcome != model.OutcomeReturned ||
		d.Return != (model.ReturnReason{What: "Kostnadsfördelningen", Who: "Socialförvaltningen", By: model.NewDate(2027, 1, 31)}) {
		t.Fatalf("stored %+v", d)
	}
}

func TestMeetingModeStoresTheFingerprintOfTheRevisionOnScreen(t *testing.T) {
	f := meetingModeStore(t)
	mt := f.meeting(openMeetingDate)
	it := mt.Items[0]
	p, err := f.store.Proposal(f.ctx, it.ProposalID)
	if err != nil {
		t.Fatal(err)
	}
	c := p.Content
	c.Summary += " Kompletterad efter utskick."
	if p, err = f.store.UpdateProposal(f.ctx, p.ID, c, p.Revision); err != nil {
		t.Fatal(err)
	}
	agenda, err := f.store.Revision(f.ctx, it.ProposalID, it.Revision)
	if err != nil {
		t.Fatal(err)
	}
	f.open(openMeetingDate)
	w := f.mm.warning
	want := "Förslaget har ändrats efter att det sattes på dagordningen (version " + strconv.Itoa(it.Revision) + " → " + strconv.Itoa(p.Revision) + ")"
	if w.Hidden || w.Text != want {
		t.Errorf("warning %q (hidden %v), want %q", w.Text, w.Hidden, want)
	}
	if f.mm.summary.Text != agenda.Content.Summary {
		t.Errorf("shows the summary %q, want the agenda's revision's %q", f.mm.summary.Text, agenda.Content.Summary)
	}
	if !strings.Contains(f.mm.basis.Text, model.ShortFingerprint(agenda.Fingerprint)) ||
		!strings.Contains(f.mm.fingerprint.Text, agenda.Fingerprint) {
		t.Errorf("basis %q / %q, want the fingerprint %s", f.mm.basis.Text, f.mm.fingerprint.Text, agenda.Fingerprint)
	}

	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	f.ctrlEnter()
	f.noDialog()
	d := f.stored(it.ID)
	if d == nil || d.Revision != it.Revision || d.Fingerprint != agenda.Fingerprint {
		t.Fatalf("stored %+v, want revision %d with fingerprint %s", d, it.Revision, agenda.Fingerprint)
	}
	if f.mm.current != 1 || !f.mm.warning.Hidden {
		t.Errorf("after saving: item %d, warning shown %v", f.mm.current, !f.mm.warning.Hidden)
	}
}

func TestMeetingModeOpensASignedOffMeetingReadOnly(t *testing.T) {
	f := newMeetingModeFixture(t, signedOffMeetingDate)
	p := f.mm.panel
	if !f.mm.banner.Visible() || !strings.Contains(strings.Join(labelsOf(f.mm.banner), " "), "Protokollet är justerat och låst") {
		t.Error("no banner says the minutes are signed off")
	}
	for o, b := range p.buttons {
		if !b.Disabled() {
			t.Errorf("the button for %s is enabled", o)
		}
	}
	if !p.saveBtn.Disabled() {
		t.Error("Spara beslut is enabled")
	}
	it := f.item()
	if it.Decision == nil || p.outcome != it.Decision.Outcome || !p.form.Hidden || !strings.Contains(p.shown.String(), it.Decision.Text) {
		t.Errorf("the decision is not shown: outcome %q, text %q", p.outcome, p.shown.String())
	}
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	f.ctrlEnter()
	if p.outcome != it.Decision.Outcome {
		t.Errorf("'3' changed the outcome to %q", p.outcome)
	}
	if d := f.stored(it.ID); d == nil || d.Outcome != it.Decision.Outcome || d.ID != it.Decision.ID {
		t.Errorf("the stored decision changed: %+v", d)
	}
	// The store refuses it anyway.
	_, err := f.store.RecordDecision(f.ctx, it.ID, model.Decision{Outcome: model.OutcomeRejected, Text: "Nej.", Revision: it.Revision})
	if model.ErrorCode(err) != model.ELocked {
		t.Errorf("RecordDecision on a signed-off meeting: %v, want a locked error", err)
	}
	f.press(fyne.KeyPageDown)
	if f.mm.current != 1 || !p.saveBtn.Disabled() {
		t.Errorf("moving on in a signed-off meeting: item %d, save disabled %v", f.mm.current, p.saveBtn.Disabled())
	}
}
