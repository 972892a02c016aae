package model_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The readers the form and the import share; the import's own tests cover
// every way of writing a value it accepts.

func TestParseMoneyAsTheFormGetsIt(t *testing.T) {
	for in, want := range map[string]int64{
		"1 250 000": 125000000, "1\u00a0250\u00a0000,50": 125000050, "1250000.5": 125000050,
		" 300 kr": 30000, "0": 0, "1 250 000 kr": 125000000,
	} {
		m, err := model.ParseMoney(in)
		if err != nil || m.Ore != want || !m.Set {
			t.Errorf("ParseMoney(%q) = %+v, %v; want %d öre", in, m, err, want)
		}
	}
	if m, err := model.ParseMoney("  "); err != nil || m.Set {
		t.Errorf("empty: %+v, %v", m, err)
	}
	for _, in := range []string{"NaN", "Inf", "1,2,3", "12 ab", "0x10", "1e5", "250,000"} {
		if _, err := model.ParseMoney(in); !isFieldError(err, "cost", "cost_invalid") {
			t.Errorf("ParseMoney(%q): %v, want cost_invalid", in, err)
		}
	}
	if _, err := model.ParseMoney("-5 kr"); !isFieldError(err, "cost", "cost_negative") {
		t.Errorf("negative: %v", err)
	}
}

func TestParseDateAsAnImportReadsIt(t *testing.T) {
	want := model.NewDate(2027, time.March, 1)
	for _, in := range []string{"2027-03-01", "2027-3-1", "1/3/2027", "01/03/2027", "1.3.2027", "20270301", "2027-03-01T10:00:00Z", " 1/3/2027 "} {
		if d, err := model.ParseDate(in); err != nil || d != want {
			t.Errorf("ParseDate(%q) = %v, %v", in, d, err)
		}
	}
	if d, err := model.ParseDate(""); err != nil || !d.IsZero() {
		t.Errorf("empty: %v, %v", d, err)
	}
	if _, err := model.ParseDate("1 jan"); !isFieldError(err, "", "date_invalid") {
		t.Errorf("1 jan: %v", err)
	}
	if _, err := model.ParseDate("30/2/2027"); !isFieldError(err, "", "date_impossible") {
		t.Errorf("30/2/2027: %v", err)
	}
}

func TestEvidenceLineReadsBack(t *testing.T) {
	got := model.ParseEvidence("Forskning: Heckman (2006) https://example.se/h\n\nen rapport utan slag\n- Statistik: SCB 2024\nokänt: x")
	want := []model.Evidence{
		{Kind: model.EvidenceResearch, Citation: "Heckman (2006)", URL: "https://example.se/h"},
		{Kind: model.EvidenceOther, Citation: "en rapport utan slag"},
		{Kind: model.EvidenceStatistics, Citation: "SCB 2024"},
		{Kind: model.EvidenceOther, Citation: "okänt: x"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: %+v, want %+v", i, got[i], want[i])
		}
		for _, l := range []model.Language{model.Swedish, model.English} {
			if back := model.ParseEvidence(want[i].Line(l)); len(back) != 1 || back[0] != want[i] {
				t.Errorf("%s line %q reads back as %+v", l, want[i].Line(l), back)
			}
		}
	}
}

func isFieldError(err error, field, key string) bool {
	e, ok := err.(*model.Error)
	return ok && e.Field == field && e.Key == key && e.Code == model.EInvalid
}
