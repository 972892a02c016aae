package document_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// signedVerify renders a document with render, signs it and verifies it
// against s.
func signedVerify(t *testing.T, s document.Ledger, render func(*bytes.Buffer) error) document.Report {
	t.Helper()
	var doc bytes.Buffer
	if err := render(&doc); err != nil {
		t.Fatal(err)
	}
	signed, err := document.Sign(doc.Bytes(), newIdentity(t), signing.SignOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := document.Verify(context.Background(), s, signed)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// Minutes whose embedded decisions disagree with the store, though every
// printed fingerprint matches (a decision's text is not part of the
// revision's), fail verify --store with a line naming the §; so does a
// basis with a changed decision. A basis written before a later decision
// still matches, with a note.
func TestVerifyStoreComparesTheAttachment(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	in, err := pdf.LoadMinutes(ctx, s, 1)
	if err != nil {
		t.Fatal(err)
	}
	rep := signedVerify(t, s, func(b *bytes.Buffer) error { _, err := pdf.Minutes(b, in, pdf.Options{}); return err })
	if !rep.OK() || !strings.Contains(strings.Join(rep.Lines(model.Swedish), "\n"), "Bilagan beslut.json stämmer med databasen.") {
		t.Fatalf("the minutes as they are:\n%s", strings.Join(rep.Lines(model.Swedish), "\n"))
	}

	section := 0
	for i, it := range in.Meeting.Items {
		if it.Decision != nil {
			d := *it.Decision
			d.Text += " Ändrat i efterhand."
			in.Meeting.Items[i].Decision, section = &d, it.Number
			break
		}
	}
	rep = signedVerify(t, s, func(b *bytes.Buffer) error { _, err := pdf.Minutes(b, in, pdf.Options{}); return err })
	sv, en := strings.Join(rep.Lines(model.Swedish), "\n"), strings.Join(rep.Lines(model.English), "\n")
	if rep.OK() || !rep.Signatures.OK() || len(rep.Store.Mismatches) != 1 || rep.Store.Mismatches[0].Key != "verify_attachment_section" ||
		!strings.Contains(sv, "STÄMMER INTE: bilagan beslut.json: § "+strconv.Itoa(section)+" stämmer inte med databasen") ||
		!strings.Contains(en, "DOES NOT MATCH: the attachment beslut.json: § "+strconv.Itoa(section)+" does not match the database") {
		t.Errorf("minutes with a changed decision text:\n%s\n%s", sv, en)
	}

	basis, err := pdf.LoadBasis(ctx, s, "2.1")
	if err != nil || len(basis.Decisions) == 0 {
		t.Fatalf("2.1 has no decision: %v", err)
	}
	changed := basis
	changed.Decisions = append([]model.Decision(nil), basis.Decisions...)
	changed.Decisions[0].Text = "Något annat."
	rep = signedVerify(t, s, func(b *bytes.Buffer) error { _, err := pdf.Basis(b, changed, pdf.Options{}); return err })
	if sv := strings.Join(rep.Lines(model.Swedish), "\n"); rep.OK() || !strings.Contains(sv, "STÄMMER INTE: bilagan beslut.json: beslutet vid sammanträde") {
		t.Errorf("a basis with a changed decision:\n%s", sv)
	}

	older := basis
	older.Decisions = nil
	rep = signedVerify(t, s, func(b *bytes.Buffer) error { _, err := pdf.Basis(b, older, pdf.Options{}); return err })
	if sv := strings.Join(rep.Lines(model.Swedish), "\n"); !rep.OK() || !strings.Contains(sv, "förslaget har ändrats eller fått beslut efter att beslutsunderlaget skrevs") {
		t.Errorf("a basis written before the decision:\n%s", sv)
	}
}

// A member renamed after the sign-off is named in beslut.json as the
// frozen minutes name them, and the protocol the store keeps carries the
// decisions of the frozen record, which verify --store finds matching.
func TestTheAttachmentComesFromTheFrozenMinutes(t *testing.T) {
	s, ctx := testdemo.Store(t), context.Background()
	rec, err := s.MinutesRecord(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var who int64
	for _, it := range rec.Minutes.Meeting.Items {
		if it.Decision != nil && len(it.Decision.Reservations) > 0 {
			who = it.Decision.Reservations[0].MemberID
		}
	}
	mb, err := s.Member(ctx, who)
	if err != nil {
		t.Fatalf("no reservation in the signed-off meeting: %v", err)
	}
	renamed := mb
	renamed.Name = "Någon Annan"
	if _, err := s.UpdateMember(ctx, renamed); err != nil {
		t.Fatal(err)
	}
	doc, _ := writeDoc(t, s, document.Request{Kind: pdf.KindMinutes, Meeting: 1})
	raw, _ := attachment(t, doc)
	if !bytes.Contains(raw, []byte(`"member": "`+mb.Name+`"`)) || bytes.Contains(raw, []byte("Någon Annan")) {
		t.Errorf("beslut.json does not name %q as frozen:\n%s", mb.Name, raw)
	}

	chair := signingtest.Identity(t, "Anna Andersson", "Älvstads kommun")
	adjuster := signingtest.Identity(t, "Erik Berg", "Älvstads kommun")
	st, m, sctx := testdemo.SignedOff(t, filepath.Join(t.TempDir(), "s.db"), chair, adjuster)
	defer st.Close()
	for _, id := range []*identity.Identity{adjuster, chair} {
		if _, err := protocol.Sign(sctx, st, m.ID, id, protocol.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	stored, err := st.Protocol(sctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	frozen, err := st.MinutesRecord(sctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	_, got := attachment(t, stored)
	if got.Meeting == nil || !got.Meeting.SignedOff || got.Meeting.MinutesFingerprint != frozen.Fingerprint ||
		len(got.Meeting.Items) != 1 || got.Meeting.Items[0].Decision == nil || got.Meeting.Items[0].Decision.Text != "Godkänt." {
		t.Errorf("the stored protocol's beslut.json: %+v", got.Meeting)
	}
	rep, err := document.Verify(sctx, st, stored)
	if err != nil || !rep.OK() || !strings.Contains(strings.Join(rep.Lines(model.Swedish), "\n"), "Bilagan beslut.json stämmer med databasen.") {
		t.Errorf("verify --store of the stored protocol: %v\n%s", err, strings.Join(rep.Lines(model.Swedish), "\n"))
	}
}
