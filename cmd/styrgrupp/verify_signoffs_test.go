package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// signedOffWithIdentities decides every item of the demo's open meeting
// and signs it off as the window does, with the chair's and the
// adjuster's identities, whose certificates' SHA-256 the sign-offs
// record. It returns the store, the meeting's number and the two .p12
// files.
func signedOffWithIdentities(t *testing.T, dir string) (store, meeting, chair, adjuster string) {
	t.Helper()
	store = demoFile(t)
	// At the demo's story time the open meeting is over: its decisions and
	// sign-offs are in time.
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	s, err := sqlite.Open(store)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms, err := s.Meetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := ms[len(ms)-1]
	if m.SignedOff() || m.ChairID == 0 || m.AdjusterID == 0 {
		t.Fatalf("the demo's last meeting: %+v", m)
	}
	for _, it := range m.Items {
		p, err := s.Proposal(ctx, it.ProposalID)
		if err != nil {
			t.Fatal(err)
		}
		rev, err := s.Revision(ctx, p.ID, p.Revision)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.RecordDecision(ctx, it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Förslaget godkänns.",
			Revision: rev.Number, Fingerprint: rev.Fingerprint}); err != nil {
			t.Fatal(err)
		}
	}
	files := map[model.Role]string{}
	for _, so := range []struct {
		role   model.Role
		member int64
	}{{model.RoleChair, m.ChairID}, {model.RoleAdjuster, m.AdjusterID}} {
		mb, err := s.Member(ctx, so.member)
		if err != nil {
			t.Fatal(err)
		}
		files[so.role] = sigIdentity(t, dir, mb.Name)
		id, err := identity.Load(files[so.role], testPassphrase)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.SignOff(ctx, model.SignOff{MeetingID: m.ID, MemberID: so.member, Role: so.role,
			Signer: id.Name(), CertSHA256: id.Fingerprint()}); err != nil {
			t.Fatal(err)
		}
	}
	return store, strconv.FormatInt(m.ID, 10), files[model.RoleChair], files[model.RoleAdjuster]
}

// TestVerifyStoreWantsEverySignOffsCertificate makes the minutes of a
// meeting signed off with identities, signed by the chair and then the
// adjuster: verify --store passes. The same file cut back to the chair's
// revision, and a hand-made file with the genuine manifest signed by
// fresh identities bearing the same names, both fail and say whose
// signature is missing.
func TestVerifyStoreWantsEverySignOffsCertificate(t *testing.T) {
	dir := t.TempDir()
	store, meeting, chair, adjuster := signedOffWithIdentities(t, dir)
	mustRun(t, exitOK, "check", "--store", store)
	minutes := filepath.Join(dir, "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", store, "--meeting", meeting, "--sign", chair, "-o", minutes)
	chairOnly, err := os.ReadFile(minutes)
	if err != nil {
		t.Fatal(err)
	}
	mustRun(t, exitOK, "sign", "--id", adjuster, minutes)
	out := mustRun(t, exitOK, "verify", "--store", store, minutes)
	for _, want := range []string{"Protokollets fingeravtryck stämmer med databasen", "justeringen av ordförande", "justeringen av justerare",
		"med certifikatet som registrerades vid justeringen", "ok: alla signaturer håller"} {
		if !strings.Contains(out, want) {
			t.Errorf("verify --store of the genuine minutes lacks %q:\n%s", want, out)
		}
	}

	// The genuine file cut back to the chair's revision: whole and
	// validly signed, but not by the adjuster.
	cut := filepath.Join(dir, "avklippt.pdf")
	if err := os.WriteFile(cut, chairOnly, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI("verify", "--store", store, cut)
	if code != exitFailed || !strings.Contains(out, "STÄMMER INTE: justeringen av justerare") ||
		!strings.Contains(out, "ingen giltig signatur med certifikatet") || strings.Contains(out, "STÄMMER INTE: justeringen av ordförande") {
		t.Errorf("verify --store of the file cut back to the chair's signature exited %d:\n%s", code, out)
	}

	// A forgery: the genuine manifest in a hand-made PDF, signed by
	// identities made afresh in the chair's and the adjuster's names.
	r, err := signing.Verify(chairOnly)
	if err != nil {
		t.Fatal(err)
	}
	forgers := filepath.Join(dir, "förfalskat")
	if err := os.Mkdir(forgers, 0o700); err != nil {
		t.Fatal(err)
	}
	forged := sigPDF(t, forgers, r.Keywords)
	for _, name := range []string{r.Signatures[0].Name, nameIn(t, adjuster)} {
		mustRun(t, exitOK, "sign", "--id", sigIdentity(t, forgers, name), forged)
	}
	code, out, _ = runCLI("verify", "--store", store, forged)
	if code != exitFailed || !strings.Contains(out, "Protokollets fingeravtryck stämmer med databasen") ||
		!strings.Contains(out, "STÄMMER INTE: justeringen av ordförande") || !strings.Contains(out, "STÄMMER INTE: justeringen av justerare") ||
		!strings.Contains(out, "filen är signerad av") {
		t.Errorf("verify --store of a forgery signed in the signers' names exited %d:\n%s", code, out)
	}

	// The same forgery relabelled, so that the check of who signed would
	// not apply: as an extract (of many §), as a basis, as an unknown kind.
	for _, kind := range []string{"extract", "basis", "zzz"} {
		relabelled := filepath.Join(forgers, kind)
		if err := os.Mkdir(relabelled, 0o700); err != nil {
			t.Fatal(err)
		}
		doc := sigPDF(t, relabelled, strings.Replace(r.Keywords, "kind=minutes", "kind="+kind, 1))
		mustRun(t, exitOK, "sign", "--id", sigIdentity(t, relabelled, r.Signatures[0].Name), doc)
		if code, out, _ := runCLI("verify", "--store", store, doc); code != exitFailed || !strings.Contains(out, "STÄMMER INTE: manifestet") {
			t.Errorf("verify --store of the forgery relabelled kind=%s exited %d:\n%s", kind, code, out)
		}
	}
}

// nameIn returns the name in the identity file at path.
func nameIn(t *testing.T, path string) string {
	t.Helper()
	id, err := identity.Load(path, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	return id.Name()
}
