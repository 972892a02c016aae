package pdf_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// Every page of the draft minutes carries the watermark, in the
// document's language; the signed minutes carry none.
func TestDraftWatermark(t *testing.T) {
	signed, open := func() (int64, int64) { _, s, o := store(t); return s, o }()
	for _, c := range []struct {
		l    model.Language
		mark string
	}{{model.Swedish, "Utkast – ej justerat"}, {model.English, "Draft – not signed off"}} {
		b, _, _ := minutes(t, open, options(c.l))
		pages := pdfText(t, save(t, "draft-"+string(c.l)+".pdf", b))
		for i, p := range pages[:len(pages)-1] {
			if !strings.Contains(flat(p), c.mark) {
				t.Errorf("%s: page %d lacks the watermark %q", c.l, i+1, c.mark)
			}
		}
		b, _, _ = minutes(t, signed, options(c.l))
		if all := strings.Join(pdfText(t, save(t, "signed-"+string(c.l)+".pdf", b)), "\n"); strings.Contains(flat(all), c.mark) {
			t.Errorf("%s: the signed minutes carry the watermark", c.l)
		}
	}
}

// The minutes tell of the justering round: when the draft was sent and
// how many notes were left, all answered, or how many are still open in
// a draft; minutes of a meeting whose draft was never sent say nothing.
func TestMinutesTellOfTheJusteringRound(t *testing.T) {
	_, _, open := store(t)
	_, _, in := minutes(t, open, options(model.Swedish))
	if in.Justering != nil {
		t.Fatalf("the demo's open meeting was never sent, yet %+v", in.Justering)
	}
	sent := time.Date(2026, 10, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		l    model.Language
		j    *model.JusteringSummary
		want string
	}{
		{model.Swedish, nil, ""},
		{model.Swedish, &model.JusteringSummary{SentAt: sent, Notes: 2}, "Protokollet har skickats för justering den 15 oktober 2026; 2 justeringsanteckningar, alla besvarade."},
		{model.Swedish, &model.JusteringSummary{SentAt: sent, Notes: 1}, "den 15 oktober 2026; 1 justeringsanteckning, alla besvarade."},
		{model.Swedish, &model.JusteringSummary{SentAt: sent}, "den 15 oktober 2026; inga justeringsanteckningar."},
		{model.Swedish, &model.JusteringSummary{SentAt: sent, Notes: 3, Open: 1}, "3 justeringsanteckningar, 1 obesvarade."},
		{model.English, &model.JusteringSummary{SentAt: sent, Notes: 2}, "The minutes were sent for review before sign-off on 15 October 2026; 2 notes, all answered."},
	} {
		in.Justering = c.j
		var buf bytes.Buffer
		if _, err := pdf.Minutes(&buf, in, options(c.l)); err != nil {
			t.Fatal(err)
		}
		all := flat(strings.Join(pdfText(t, save(t, "justering.pdf", buf.Bytes())), "\n"))
		switch {
		case c.want == "" && strings.Contains(all, "justeringsanteckning"):
			t.Errorf("minutes never sent tell of a round")
		case c.want != "" && !strings.Contains(all, c.want):
			t.Errorf("%+v: the minutes lack %q", c.j, c.want)
		}
	}
}

// The draft sent for justering and the minutes signed after it carry the
// same document id, whenever each file is made; minutes never sent take
// theirs from when they are made.
func TestMinutesSentForJusteringKeepTheirDocumentID(t *testing.T) {
	_, _, open := store(t)
	_, _, in := minutes(t, open, options(model.Swedish))
	id := func(j *model.JusteringSummary, made time.Time) string {
		t.Helper()
		in.Justering = j
		o := options(model.Swedish)
		o.Now = made
		var buf bytes.Buffer
		man, err := pdf.Minutes(&buf, in, o)
		if err != nil {
			t.Fatal(err)
		}
		return man.DocID
	}
	sent := time.Date(2026, 10, 15, 9, 0, 0, 0, time.UTC)
	draft := id(&model.JusteringSummary{SentAt: sent, Notes: 1, Open: 1}, sent.Add(time.Hour))
	final := id(&model.JusteringSummary{SentAt: sent, Notes: 1}, sent.Add(72*time.Hour))
	if draft != final {
		t.Errorf("the draft's document id %s, the signed minutes' %s", draft, final)
	}
	if a, b := id(nil, sent), id(nil, sent.Add(time.Hour)); a == b {
		t.Errorf("minutes never sent made an hour apart share the id %s", a)
	}
	if other := id(&model.JusteringSummary{SentAt: sent.Add(time.Minute)}, sent.Add(time.Hour)); other == draft {
		t.Error("a round sent at another moment gives the same id")
	}
}
