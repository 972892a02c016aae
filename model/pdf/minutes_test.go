package pdf_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// minutesDecorations are the running header's and footer's lines of the
// demo's minutes.
func minutesDecorations(l model.Language) []string {
	if l == model.English {
		return []string{"Kommunchefens ledningsgrupp", "Minutes", "Ledningsgruppens sammanträde",
			"Meeting of .*", "Document ID .*", "Styrgrupp · made .*", "Page \\d+ of \\d+",
			"Adjuster's initials", "DRAFT – not signed off"}
	}
	return []string{"Kommunchefens ledningsgrupp", "Protokoll", "Ledningsgruppens sammanträde",
		"Sammanträdesdatum .*", "Dokument-id .*", "Styrgrupp · skapat .*", "Sida \\d+ av \\d+",
		"Justerandes signatur", "UTKAST – ej justerat"}
}

func TestMinutesOfTheSignedOffMeeting(t *testing.T) {
	_, signed, _ := store(t)
	b, man, in := minutes(t, signed, options(model.Swedish))
	path := save(t, "minutes-signed.pdf", b)
	qpdfCheck(t, path)
	pages := pdfText(t, path)
	all := flat(strings.Join(pages, "\n"))
	body := bodyText(t, pages, minutesDecorations(model.Swedish)...)
	m := in.Meeting

	want := []string{
		"Protokoll", "Kommunchefens ledningsgrupp", m.Place, "14 oktober 2026 kl. 13.00–15.30",
		"Beslutande", "Övriga närvarande", "Frånvarande", "Utses att justera", "Justeringens plats och tid",
		"Paragrafer", "Underskrifter", "Sekreterare", "Ordförande", "Justerare",
		"Justerat 21 oktober 2026 kl. 09.30", "Justerat 21 oktober 2026 kl. 10.10",
		name(in, m.ChairID), name(in, m.SecretaryID), name(in, m.AdjusterID),
		"Per Åkesson", "Karin Sjöberg", "Elin Nordström", // names with å, ö
		"Ärendebeskrivning", "Beslutsunderlag", "Beslut", "Villkor", "Återremiss", "Reservationer",
		"Protokollsanteckningar", "Jäv", "Expedieras till",
	}
	first, last := m.SectionRange()
	want = append(want, "§§ "+itoa(first)+"–"+itoa(last))
	for _, it := range m.Items {
		d := it.Decision
		if d == nil {
			t.Fatalf("§ %d of the signed-off meeting has no decision", it.Number)
		}
		want = append(want, section(it.Number), flat(d.Text), "Beslut – "+strings.ToLower(d.Outcome.Label(model.Swedish)),
			"Diarienummer "+registryNumber(t, in, it))
		if d.Conditions != "" {
			want = append(want, flat(d.Conditions))
		}
		for _, r := range d.Reservations {
			want = append(want, flat(r.Text))
		}
		want = append(want, fingerprintGroups(d.Fingerprint)...)
		want = append(want, d.Recipients...)
	}
	for _, w := range want {
		if !strings.Contains(body, w) && !strings.Contains(all, w) {
			t.Errorf("the minutes lack %q", w)
		}
	}
	n := len(pages) - 1 // pdftotext ends the last page with a form feed
	for i := 1; i <= n; i++ {
		if p := flat(pages[i-1]); !strings.Contains(p, "Sida "+itoa(i)+" av "+itoa(n)) ||
			!strings.Contains(p, "Dokument-id "+man.DocID) || !strings.Contains(p, "Justerandes signatur") {
			t.Errorf("page %d lacks its page number, document id or initials box:\n%s", i, p)
		}
	}
	if strings.Contains(all, "UTKAST") {
		t.Error("signed-off minutes are marked as a draft")
	}
	if strings.ContainsRune(all, '\uFFFD') {
		t.Error("the demo's minutes hold a replacement character")
	}

	info := pdfInfo(t, path)
	for k, w := range map[string]string{
		"Title":   "Protokoll – Ledningsgruppens sammanträde, 14 oktober 2026",
		"Author":  name(in, m.SecretaryID),
		"Subject": "Protokoll §§ " + itoa(first) + "–" + itoa(last) + ", Kommunchefens ledningsgrupp",
		"Creator": "Styrgrupp",
	} {
		if info[k] != w {
			t.Errorf("pdfinfo %s = %q, want %q", k, info[k], w)
		}
	}
	got, ok, err := pdf.ParseManifest(info["Keywords"])
	if !ok || err != nil {
		t.Fatalf("keywords %q: ok %v, %v", info["Keywords"], ok, err)
	}
	if got.String() != man.String() || got.Kind != pdf.KindMinutes || got.MeetingID != m.ID {
		t.Errorf("manifest in the file %v, returned %v", got, man)
	}
	checkEntries(t, got, in)
}

// checkEntries checks that the manifest lists every item of the meeting
// with its decision's revision and fingerprint, as the store has them.
func checkEntries(t *testing.T, man pdf.Manifest, in pdf.MinutesInput) {
	t.Helper()
	if len(man.Entries) != len(in.Meeting.Items) {
		t.Fatalf("%d entries for %d items", len(man.Entries), len(in.Meeting.Items))
	}
	for _, e := range man.Entries {
		it, ok := in.Meeting.Item(e.Section)
		if !ok {
			t.Errorf("entry for § %d, which the meeting lacks", e.Section)
			continue
		}
		rev := in.Revisions[it.ID]
		if d := it.Decision; d != nil && (e.Revision != d.Revision || e.Fingerprint != d.Fingerprint) {
			t.Errorf("§ %d: entry %+v, decision on revision %d %s", e.Section, e, d.Revision, d.Fingerprint)
		}
		if e.Ref != rev.Content.Ref || e.Fingerprint != model.Fingerprint(rev.Content) {
			t.Errorf("§ %d: entry %+v, revision %s with fingerprint %s", e.Section, e, rev.Content.Ref, model.Fingerprint(rev.Content))
		}
	}
}

func TestMinutesOfTheOpenMeetingAreADraft(t *testing.T) {
	_, _, open := store(t)
	b, man, in := minutes(t, open, options(model.Swedish))
	path := save(t, "minutes-open.pdf", b)
	qpdfCheck(t, path)
	pages := pdfText(t, path)
	for i, p := range pages[:len(pages)-1] {
		if !strings.Contains(p, "UTKAST – ej justerat") {
			t.Errorf("page %d lacks the draft marker", i+1)
		}
	}
	all := flat(strings.Join(pages, "\n"))
	for _, w := range []string{"Ej justerat", "Inget beslut är fattat i ärendet ännu."} {
		if !strings.Contains(all, w) {
			t.Errorf("the draft lacks %q", w)
		}
	}
	checkEntries(t, man, in)
}

func TestMinutesInEnglish(t *testing.T) {
	_, signed, _ := store(t)
	b, _, in := minutes(t, signed, options(model.English))
	path := save(t, "minutes-en.pdf", b)
	qpdfCheck(t, path)
	pages := pdfText(t, path)
	all := flat(strings.Join(pages, "\n"))
	for _, w := range []string{"Minutes", "Place and time", "14 October 2026, 13:00–15:30", "Members deciding",
		"Also present", "Appointed to adjust the minutes", "Place and time of sign-off", "Signatures",
		"Secretary", "Chair", "Adjuster", "Signed off 21 October 2026", "Summary of the matter",
		"Decision basis", "Decision", "Conditions", "Returned for rework", "Reservations", "Minutes notes",
		"Recusals", "To be sent to", "Page 1 of", "Document ID", "Adjuster's initials",
		"Decision – approved with conditions", name(in, in.Meeting.ChairID)} {
		if !strings.Contains(all, w) {
			t.Errorf("the English minutes lack %q", w)
		}
	}
	for _, w := range []string{"Sida ", "Beslutande", "Justerare", "Ärendebeskrivning"} {
		if strings.Contains(all, w) {
			t.Errorf("the English minutes hold the Swedish %q", w)
		}
	}
}

func TestMinutesAreReproducible(t *testing.T) {
	_, signed, _ := store(t)
	a, manA, _ := minutes(t, signed, options(model.Swedish))
	b, manB, _ := minutes(t, signed, options(model.Swedish))
	if !bytes.Equal(a, b) || manA.DocID != manB.DocID {
		t.Error("the same minutes made at the same moment differ")
	}
	later := options(model.Swedish)
	later.Now = made.Add(1)
	_, manC, _ := minutes(t, signed, later)
	if manC.DocID == manA.DocID {
		t.Error("minutes made at another moment have the same document id")
	}
}

func TestMinutesWithoutAPlannedSignOffGiveItsDay(t *testing.T) {
	s, signed, _ := store(t)
	in, err := pdf.LoadMinutes(context.Background(), s, signed)
	if err != nil {
		t.Fatal(err)
	}
	in.Meeting.SignOffPlace, in.Meeting.SignOffDate = "", model.Date{}
	var buf bytes.Buffer
	if _, err := pdf.Minutes(&buf, in, options(model.Swedish)); err != nil {
		t.Fatal(err)
	}
	all := flat(strings.Join(pdfText(t, save(t, "minutes-unplanned.pdf", buf.Bytes())), "\n"))
	// The demo's chair and adjuster signed off on 21 October 2026.
	if !strings.Contains(all, "Justeringens plats och tid 21 oktober 2026") {
		t.Errorf("no sign-off day in the minutes:\n%s", all)
	}
}
