package meeting

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// quorumRule asks for eight of the nine deciding members of the demo's
// open meeting.
var quorumRule = model.GroupRules{Quorum: model.QuorumRule{Kind: model.QuorumAtLeast, N: 8}, CastingVote: true}

// quorumSays fails unless the panel's line says want in the colour of
// met or not.
func quorumSays(t *testing.T, f *meetingModeFixture, want string, met bool) {
	t.Helper()
	l := f.mm.panel.quorum.label
	imp := widget.DangerImportance
	if met {
		imp = widget.SuccessImportance
	}
	if l.Hidden || l.Text != want || l.Importance != imp {
		t.Errorf("§ %d: %q (hidden %v, importance %v), want %q, importance %v",
			f.item().Number, l.Text, l.Hidden, l.Importance, want, imp)
	}
}

// quorumButton taps the button of the open dialog whose text is text.
func quorumButton(t *testing.T, f *meetingModeFixture, text string) {
	t.Helper()
	for _, b := range objectsOf[*widgets.Button](f.mm.win.Canvas().Overlays().Top()) {
		if b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no %q in %q", text, labelsOf(f.mm.win.Canvas().Overlays().Top()))
}

// Each § says whether the group is quorate: a member arriving at § 13
// counts from § 13 on, and a recusal typed in the form counts at once.
func TestQuorumPerItemWithALateArrivalAndARecusal(t *testing.T) {
	f := voteFixture(t, quorumRule, voteAbsentAndLate(t)) // 7 of 9 before § 13, 8 from it
	quorumSays(t, f, "Inte beslutsför: 7 av 9 beslutande deltar, minst 8 behövs.", false)
	f.mm.goTo(2) // § 13
	quorumSays(t, f, "Beslutsför: 8 av 9 beslutande deltar (minst 8 behövs).", true)
	voteRecused(f, voteRecuse)
	quorumSays(t, f, "Inte beslutsför: 7 av 9 beslutande deltar, minst 8 behövs.", false)
	f.mm.panel.recusals.removeRow(f.mm.panel.recusals.rows[0])
	quorumSays(t, f, "Beslutsför: 8 av 9 beslutande deltar (minst 8 behövs).", true)
}

// Saving a decision when the group is not quorate asks first: Escape and
// Avbryt store nothing, Spara ändå stores it.
func TestQuorumAsksBeforeSavingWhenNotQuorate(t *testing.T) {
	f := voteFixture(t, quorumRule, voteAbsentAndLate(t))
	id := f.item().ID
	f.mm.panel.choose(model.OutcomeApproved)
	f.mm.panel.text.SetText("Ledningsgruppen godkänner insatsen.")
	f.mm.save()
	top := f.mm.win.Canvas().Overlays().Top()
	if top == nil || !contains(labelsOf(top), "Mötet är inte beslutsfört") || !contains(labelsOf(top), "7 av 9") {
		t.Fatalf("no question before saving: %v", top)
	}
	f.ctrlEnter() // saving again while it asks does not get past it
	f.press(fyne.KeyEscape)
	f.noDialog()
	if d := f.stored(id); d != nil {
		t.Fatalf("Escape stored %+v", d)
	}
	f.mm.save()
	quorumButton(t, f, "Avbryt")
	if d := f.stored(id); d != nil {
		t.Fatalf("Avbryt stored %+v", d)
	}
	f.mm.save()
	quorumButton(t, f, "Spara ändå")
	f.noDialog()
	if d := f.stored(id); d == nil || d.Outcome != model.OutcomeApproved {
		t.Fatalf("Spara ändå stored %+v", d)
	}
}

// A quorate group saves without a question.
func TestQuorumMetSavesAtOnce(t *testing.T) {
	f := voteFixture(t, model.DefaultGroupRules(), voteAbsentAndLate(t))
	quorumSays(t, f, "Beslutsför: 7 av 9 beslutande deltar (minst 5 behövs).", true)
	id := f.item().ID
	f.mm.panel.choose(model.OutcomeApproved)
	f.mm.panel.text.SetText("Ledningsgruppen godkänner insatsen.")
	f.mm.save()
	f.noDialog()
	if f.stored(id) == nil {
		t.Fatal("nothing stored")
	}
}
