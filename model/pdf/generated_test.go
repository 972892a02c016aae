package pdf_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// emoji is text with characters outside the Basic Multilingual Plane,
// which gofpdf cannot write as they are.
const emoji = " Bra jobbat 👍🏽 🎉!"

func TestEmojiDoNotFailTheDocuments(t *testing.T) {
	in := generated(7, emoji)
	var buf bytes.Buffer
	if _, err := pdf.Minutes(&buf, in, options(model.Swedish)); err != nil {
		t.Fatal(err)
	}
	path := save(t, "minutes-emoji.pdf", buf.Bytes())
	qpdfCheck(t, path)
	all := flat(strings.Join(pdfText(t, path), "\n"))
	if !strings.Contains(all, "Bra jobbat \uFFFD \uFFFD!") {
		t.Error("the emoji are not shown as replacement characters")
	}

	buf.Reset()
	if _, err := pdf.Extract(&buf, in, 5, options(model.Swedish)); err != nil {
		t.Fatal(err)
	}
	qpdfCheck(t, save(t, "extract-emoji.pdf", buf.Bytes()))

	rev := in.Revisions[in.Meeting.Items[0].ID]
	rev.Content.Description = "Beskrivning" + emoji
	rev.Content.Evidence = []model.Evidence{{Kind: model.EvidenceResearch, Citation: "Studie 📚", URL: "https://example.org/🙂"}}
	b := pdf.BasisInput{
		Proposal: model.Proposal{ID: 1, Content: rev.Content, Status: model.StatusReady, Revision: rev.Number},
		Revision: rev,
		Comments: []model.Comment{
			{ID: 1, ProposalID: 1, AuthorID: 2, Body: "Toppen" + emoji, CreatedAt: time.Date(2027, 2, 1, 9, 0, 0, 0, time.UTC)},
			{ID: 2, ProposalID: 1, ParentID: 1, AuthorID: 3, Body: "Håller med 💯", CreatedAt: time.Date(2027, 2, 1, 10, 0, 0, 0, time.UTC), Resolved: true},
		},
		Members: in.Members,
	}
	opts := options(model.Swedish)
	opts.Comments = true
	buf.Reset()
	if _, err := pdf.Basis(&buf, b, opts); err != nil {
		t.Fatal(err)
	}
	path = save(t, "basis-emoji.pdf", buf.Bytes())
	qpdfCheck(t, path)
	all = flat(strings.Join(pdfText(t, path), "\n"))
	for _, w := range []string{"Toppen Bra jobbat \uFFFD \uFFFD!", "Håller med \uFFFD", "Studie \uFFFD"} {
		if !strings.Contains(all, w) {
			t.Errorf("the decision basis lacks %q", w)
		}
	}
}

func TestGeneratedMinutes(t *testing.T) {
	in := generated(12, "")
	var buf bytes.Buffer
	man, err := pdf.Minutes(&buf, in, options(model.Swedish))
	if err != nil {
		t.Fatal(err)
	}
	path := save(t, "minutes-generated.pdf", buf.Bytes())
	qpdfCheck(t, path)
	all := flat(strings.Join(pdfText(t, path), "\n"))
	for _, w := range []string{
		"Beslutet rättar beslutet vid sammanträdet 3 januari 2027, § 42.",
		"med CN=Johan Berggren, O=Älvstads kommun", "Frånvarande", "Sammanträdet",
		"Protokollsanteckningar", "Jäv", "§§ 1–12", "3 mars 2027 kl. 14.00–17.00",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("the minutes lack %q", w)
		}
	}
	if len(man.Entries) != 12 {
		t.Errorf("%d entries, want 12", len(man.Entries))
	}
}

func TestMinutesWithoutARevisionFail(t *testing.T) {
	in := generated(3, "")
	delete(in.Revisions, in.Meeting.Items[1].ID)
	if _, err := pdf.Minutes(&bytes.Buffer{}, in, options(model.Swedish)); err == nil {
		t.Error("minutes without the revision of § 2 were written")
	}
}

// TestDocumentsAtOnce makes documents in parallel: each must have its own
// copy of the font bytes, which gofpdf's subsetting changes (run with
// -race).
func TestDocumentsAtOnce(t *testing.T) {
	in := generated(4, "")
	var wg sync.WaitGroup
	out := make([][]byte, 6)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			if _, err := pdf.Minutes(&buf, in, options(model.Swedish)); err != nil {
				t.Error(err)
			}
			out[i] = buf.Bytes()
		}()
	}
	wg.Wait()
	for i := range out {
		if !bytes.Equal(out[i], out[0]) {
			t.Errorf("document %d differs from document 0", i)
		}
	}
}
