package meeting

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// identityFile writes a new identity for name into a .p12 file with
// passphrase and returns its path.
func identityFile(t *testing.T, name, passphrase string) string {
	t.Helper()
	id, err := identity.New(name, "Älvstads kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	data, err := id.Encode(passphrase)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name+".p12")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// decidedMeeting makes a meeting with a chair and an adjuster whose one
// item is decided, and shows it. The windows' clock stands after the
// meeting, when its decision is recorded and its minutes signed off.
func (f *meetingsFixture) decidedMeeting() model.Meeting {
	f.t.Helper()
	starts := time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)
	setClock(f.t, starts.Add(3*time.Hour))
	ctx := testCtx("Test")
	members, _ := f.store.Members(ctx)
	m, err := f.store.CreateMeeting(ctx, model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: starts, ChairID: members[0].ID, AdjusterID: members[1].ID, SecretaryID: members[2].ID})
	if err != nil {
		f.t.Fatal(err)
	}
	ready := freeReadyProposals(f.t, f.store, 1) // not waiting on the open meeting's agenda
	it, err := f.store.AddItem(ctx, m.ID, ready[0].ID)
	if err != nil {
		f.t.Fatal(err)
	}
	rev, err := f.store.Revision(ctx, it.ProposalID, it.Revision)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.store.RecordDecision(ctx, it.ID, model.Decision{Outcome: model.OutcomeApproved,
		Text: "Styrgruppen godkänner förslaget.", Revision: rev.Number, Fingerprint: rev.Fingerprint}); err != nil {
		f.t.Fatal(err)
	}
	f.w.reload(m.ID)
	return f.meeting(m.ID)
}

func TestSignOffWithIdentitiesLocksTheMeeting(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	f.w.onMeetingMode() // open on the projector while the minutes are signed off
	mode := f.w.modes[0]
	if mode.locked {
		t.Fatal("meeting mode is read-only before the sign-off")
	}
	roles := []model.Role{model.RoleChair, model.RoleAdjuster}
	picker := uikit.NewIdentityPicker(f.w.app, f.w.win)
	picker.Path().SetText(identityFile(t, "Anna Lindqvist", "rätt lösen"))
	picker.Passphrase().SetText("fel")
	if err := f.w.signOff(mt, 0, roles, picker); err == nil {
		t.Fatal("a wrong passphrase signed off")
	}
	if got := f.meeting(mt.ID); len(got.SignOffs) != 0 {
		t.Fatalf("sign-offs after a wrong passphrase: %+v", got.SignOffs)
	}
	picker.Passphrase().SetText("rätt lösen")
	if err := f.w.signOff(mt, 0, roles, picker); err != nil {
		t.Fatal(err)
	}
	got := f.meeting(mt.ID)
	if len(got.SignOffs) != 1 || got.SignOffs[0].Role != model.RoleChair || got.SignOffs[0].Signer == "" || got.SignedOff() {
		t.Fatalf("after the chair: %+v", got.SignOffs)
	}
	if id, err := picker.Load(); err != nil || got.SignOffs[0].CertSHA256 != id.Fingerprint() || len(id.Fingerprint()) != 64 {
		t.Errorf("the chair's sign-off records the certificate %q, want its full SHA-256 (%v)", got.SignOffs[0].CertSHA256, err)
	}
	// The chair cannot sign off twice.
	if err := f.w.signOff(got, 0, roles, picker); err == nil {
		t.Error("the chair signed off twice")
	}
	picker.Path().SetText(identityFile(t, "Mats Hedlund", "annat"))
	picker.Passphrase().SetText("annat")
	if err := f.w.signOff(got, 1, roles, picker); err != nil {
		t.Fatal(err)
	}
	if got = f.meeting(mt.ID); !got.SignedOff() {
		t.Fatal("the meeting is not signed off after both")
	}
	if !mode.locked || !mode.banner.Visible() {
		t.Error("the open meeting mode did not turn read-only")
	}
	if f.w.selected != mt.ID || f.w.locked.Hidden || !f.w.editBtn.Disabled() || !f.w.signBtn.Disabled() {
		t.Error("the window does not show the signed-off meeting as locked")
	}
	// The next picker offers each member their own file.
	again := uikit.NewIdentityPicker(f.w.app, f.w.win)
	if again.ForMember(f.w.store.Path(), mt.AdjusterID); again.Path().Text != picker.Path().Text {
		t.Error("the adjuster's identity file is not remembered as theirs")
	}
	if again.ForMember(f.w.store.Path(), mt.ChairID); again.Path().Text == picker.Path().Text {
		t.Error("the adjuster's identity file is remembered for the chair")
	}
}

func TestSignOffRefusesAnotherMembersIdentity(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	roles := []model.Role{model.RoleChair, model.RoleAdjuster}
	picker := uikit.NewIdentityPicker(f.w.app, f.w.win)
	// The adjuster's identity, offered for the chair's sign-off.
	picker.Path().SetText(identityFile(t, "Mats Hedlund", "lösen"))
	picker.Passphrase().SetText("lösen")
	err := f.w.signOff(mt, 0, roles, picker)
	if err == nil {
		t.Fatal("the chair's sign-off took the adjuster's identity")
	}
	msg := model.ErrorMessage(err, model.Swedish)
	if !strings.Contains(msg, "tillhör Mats Hedlund") || !strings.Contains(msg, "ordförande är Anna Lindqvist") {
		t.Errorf("message %q", msg)
	}
	if got := f.meeting(mt.ID); len(got.SignOffs) != 0 {
		t.Fatalf("sign-offs after a refused identity: %+v", got.SignOffs)
	}
}

func TestExportedMinutesAreSignedAndReadBack(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	id, err := identity.New("Leila Rahimi", "Älvstads kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "protokoll.pdf")
	if err := writeMeetingPDF(testCtx("Test"), f.w, path, mt.ID, 0, id, pdf.Options{Body: "Ledningsgruppen"}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	report, err := signing.Verify(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(report.Signatures) != 1 || !report.Signatures[0].Valid || !report.WhollySigned || report.Signatures[0].Name != "Leila Rahimi" {
		t.Fatalf("signatures: %+v", report)
	}
	man, ok, err := pdf.ParseManifest(report.Keywords)
	if !ok || err != nil || man.Kind != pdf.KindMinutes || man.MeetingID != mt.ID || len(man.Entries) != 1 {
		t.Fatalf("manifest %+v (%v, %v)", man, ok, err)
	}
	if man.Entries[0].Fingerprint != mt.Items[0].Decision.Fingerprint {
		t.Error("the manifest's fingerprint is not the decision's")
	}
	// An extract of a § the meeting does not have fails and writes nothing.
	bad := filepath.Join(t.TempDir(), "utdrag.pdf")
	if err := writeMeetingPDF(testCtx("Test"), f.w, bad, mt.ID, 999, nil, pdf.Options{}); err == nil {
		t.Error("an extract of a missing § was written")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("a failed export left a file")
	}
}

// TestTheExportDialogWritesASignedExtract drives the dialog as a user
// does: extract, sign with an identity file, choose the file, save.
func TestTheExportDialogWritesASignedExtract(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	e := f.w.onExport()
	e.kind.SetSelected(e.kind.Options[1])
	if e.section.Disabled() {
		t.Fatal("the § choice is disabled for an extract")
	}
	e.sign.SetChecked(true)
	e.picker.Path().SetText(identityFile(t, "Leila Rahimi", "lösen"))
	e.picker.Passphrase().SetText("fel")
	e.chooseFile()
	if f.shell.pdfDone != nil || e.message.Hidden {
		t.Fatal("a wrong passphrase went on to the file dialog")
	}
	e.picker.Passphrase().SetText("lösen")
	e.chooseFile()
	if f.shell.pdfDone == nil {
		t.Fatalf("no file dialog; message %q", e.message.Text)
	}
	if want := fmt.Sprintf("utdrag-%s-%d", mt.StartsAt.Local().Format("2006"), mt.Items[0].Number); f.shell.pdfName != want {
		t.Errorf("the file dialog offers %q, want %q", f.shell.pdfName, want)
	}
	path := filepath.Join(t.TempDir(), "utdrag.pdf")
	f.shell.pdfDone(path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	report, err := signing.Verify(data)
	if err != nil || len(report.Signatures) != 1 || !report.Signatures[0].Valid || report.Signatures[0].Name != "Leila Rahimi" {
		t.Fatalf("signatures %+v, %v", report, err)
	}
	man, _, _ := pdf.ParseManifest(report.Keywords)
	if man.Kind != pdf.KindExtract || len(man.Entries) != 1 || man.Entries[0].Section != mt.Items[0].Number {
		t.Errorf("manifest %+v", man)
	}
}
