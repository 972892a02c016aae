package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

// rulesStored reads the group's rules from s.
func rulesStored(t *testing.T, s model.Store) model.GroupRules {
	t.Helper()
	g, err := s.GroupRules(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// Mötesregler shows the group's rules and saves a change; N is asked for
// only with "minst N", and one that is not a number is refused in words.
func TestSettingsRulesAreSaved(t *testing.T) {
	_, s, d := openSettings(t, nil)
	p := d.rules
	if p == nil {
		t.Fatal("no Mötesregler on a store that keeps the rules")
	}
	if p.chosen() != model.QuorumMoreThanHalf || !p.casting.Checked || !p.n.Disabled() {
		t.Fatalf("shows %q, casting %v, N enabled %v", p.chosen(), p.casting.Checked, !p.n.Disabled())
	}
	p.kind.SetSelected(rulesKindLabel(model.QuorumAtLeast))
	if p.n.Disabled() {
		t.Fatal("N is disabled with minst N chosen")
	}
	p.n.SetText("sex")
	test.Tap(p.save)
	if p.message.Hidden || p.message.Text != "Ange antalet beslutande som ett heltal, minst 1." {
		t.Errorf("message %q (hidden %v)", p.message.Text, p.message.Hidden)
	}
	if g := rulesStored(t, s); g != model.DefaultGroupRules() {
		t.Fatalf("a refused change was stored: %+v", g)
	}
	p.n.SetText("6")
	p.casting.SetChecked(false)
	test.Tap(p.save)
	want := model.GroupRules{Quorum: model.QuorumRule{Kind: model.QuorumAtLeast, N: 6}}
	if g := rulesStored(t, s); g != want {
		t.Errorf("stored %+v, want %+v", g, want)
	}
	if p.saved.Hidden || !p.message.Hidden {
		t.Error("Sparat is not said")
	}
	p.kind.SetSelected(rulesKindLabel(model.QuorumTwoThirds))
	test.Tap(p.save)
	if g := rulesStored(t, s); g.Quorum != (model.QuorumRule{Kind: model.QuorumTwoThirds}) {
		t.Errorf("stored %+v", g)
	}
}

// A member of a shared store sees the rules but cannot change them.
func TestSettingsRulesAreReadOnlyForAMember(t *testing.T) {
	_, _, d := openSettings(t, nil)
	d.readOnlyMembers()
	p := d.rules
	if !p.kind.Disabled() || !p.casting.Disabled() || !p.save.Disabled() || !p.n.Disabled() || p.note.Hidden {
		t.Error("a member may change the rules")
	}
	p.kind.SetSelected(rulesKindLabel(model.QuorumAtLeast))
	if !p.n.Disabled() {
		t.Error("N is offered to a member")
	}
}
