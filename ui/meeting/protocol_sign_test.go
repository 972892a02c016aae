package meeting

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// TestChairAndAdjusterSignOffAndSignOneProtocol walks the signers' path
// in the window: the chair signs off (a wrong passphrase first, then
// Enter), the adjuster signs off and signs the protocol in the same
// step, the chair adds their signature with Signera protokollet, and the
// export is the stored file, which pdfsig finds signed twice and whole.
func TestChairAndAdjusterSignOffAndSignOneProtocol(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	chairFile := identityFile(t, "Anna Lindqvist", "ordf")
	adjusterFile := identityFile(t, "Mats Hedlund", "just")

	// The chair signs off.
	d := f.w.onSignOff()
	if !strings.HasPrefix(d.role.Selected, model.RoleChair.Label(model.Swedish)) || !d.signToo.Checked {
		t.Fatalf("the dialog opens on %q, sign too %v", d.role.Selected, d.signToo.Checked)
	}
	d.picker.Path().SetText(chairFile)
	d.picker.Passphrase().SetText("fel")
	d.submit()
	if !d.message.Visible() || !strings.Contains(d.message.Text, "Lösenfrasen är fel") {
		t.Fatalf("a wrong passphrase says %q", d.message.Text)
	}
	d.picker.Passphrase().SetText("ordf")
	if d.message.Visible() {
		t.Error("the wrong-passphrase message stays after the passphrase is edited")
	}
	d.picker.Passphrase().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter submits
	got := f.meeting(mt.ID)
	if len(got.SignOffs) != 1 || got.SignOffs[0].Role != model.RoleChair {
		t.Fatalf("after the chair's Enter: %+v", got.SignOffs)
	}
	if s := f.w.facts.Text; !strings.Contains(s, "Ordförande har justerat") || !strings.Contains(s, "väntar på justerare") {
		t.Errorf("status after the chair: %q", s)
	}
	if f.w.protocolBtn.Visible() {
		t.Error("Signera protokollet is offered before the minutes are signed off")
	}

	// The adjuster signs off and signs; the chair's file is not offered.
	d = f.w.onSignOff()
	if !strings.HasPrefix(d.role.Selected, model.RoleAdjuster.Label(model.Swedish)) {
		t.Fatalf("the dialog opens on %q for the adjuster", d.role.Selected)
	}
	if d.picker.Path().Text != "" {
		t.Errorf("the adjuster is offered %q", d.picker.Path().Text)
	}
	d.picker.Path().SetText(adjusterFile)
	d.picker.Passphrase().SetText("just")
	d.submit()
	got = f.meeting(mt.ID)
	if !got.SignedOff() {
		t.Fatal("not signed off after the adjuster")
	}
	first, err := f.store.Protocol(context.Background(), mt.ID)
	if err != nil || first == nil {
		t.Fatalf("no protocol after the adjuster signed: %v", err)
	}
	if s := f.w.facts.Text; !strings.Contains(s, "Justerat · protokollet väntar på ordförandens signatur") {
		t.Errorf("status after the adjuster: %q", s)
	}
	if !f.w.protocolBtn.Visible() || f.w.protocolBtn.Disabled() {
		t.Fatal("the chair is not offered Signera protokollet")
	}

	// The chair signs the same file.
	p := f.w.onSignProtocol()
	if !strings.HasPrefix(p.who.Selected, model.RoleChair.Label(model.Swedish)) || p.picker.Path().Text != chairFile {
		t.Fatalf("Signera protokollet offers %q with %q, want the chair's own file", p.who.Selected, p.picker.Path().Text)
	}
	p.picker.Passphrase().SetText("ordf")
	p.submit()
	stored, err := f.store.Protocol(context.Background(), mt.ID)
	if err != nil || !bytes.HasPrefix(stored, first) || len(stored) <= len(first) {
		t.Fatalf("the chair's signature does not extend the stored protocol: %v", err)
	}
	if s := f.w.facts.Text; !strings.Contains(s, "Justerat och signerat av Anna Lindqvist och Mats Hedlund") {
		t.Errorf("status when done: %q", s)
	}
	if f.w.protocolBtn.Visible() {
		t.Error("Signera protokollet is still offered when both have signed")
	}

	// The export is the stored file, byte for byte.
	e := f.w.onExport()
	if !e.stored || !e.sign.Disabled() {
		t.Errorf("the export does not treat the protocol as stored: %v, sign disabled %v", e.stored, e.sign.Disabled())
	}
	path := filepath.Join(t.TempDir(), "protokoll.pdf")
	e.write(path, 0, nil)
	out, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(out, stored) {
		t.Fatalf("the export is not the stored protocol (%d bytes, want %d): %v", len(out), len(stored), err)
	}
	if _, err := exec.LookPath("pdfsig"); err != nil {
		t.Skip("pdfsig (poppler-utils) is not installed")
	}
	sig, _ := exec.Command("pdfsig", path).CombinedOutput()
	if n := strings.Count(string(sig), "Signature is Valid."); n != 2 || !strings.Contains(string(sig), "Total document signed") {
		t.Errorf("pdfsig finds %d valid signatures:\n%s", n, sig)
	}
}
