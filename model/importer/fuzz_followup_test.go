package importer_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// checkFollowUpRows holds for any read: every follow-up row has a ref, a
// date, a known status or none, a progress from 0 to 100, and a place.
func checkFollowUpRows(t *testing.T, name string, res importer.Result) {
	t.Helper()
	for _, r := range res.FollowUps {
		if strings.TrimSpace(r.Ref) == "" || r.Date.IsZero() || r.Row < 1 || r.File != name {
			t.Fatalf("row %+v", r)
		}
		if r.Status != "" {
			if _, ok := model.ParseFollowUpStatus(string(r.Status)); !ok {
				t.Fatalf("row %d: status %q", r.Row, r.Status)
			}
		}
		if r.Progress < 0 || r.Progress > 100 || (!r.HasProgress && r.Progress != 0) {
			t.Fatalf("row %d: progress %d", r.Row, r.Progress)
		}
		if r.Comment != strings.TrimSpace(r.Comment) {
			t.Fatalf("row %d: comment %q", r.Row, r.Comment)
		}
	}
}

func FuzzReadFollowUpCSV(f *testing.F) {
	f.Add([]byte("Ref;Status;Andel klar (%);Kommentar;Datum\n1.1;Pågår;40 %;Två grupper;2027-03-01\n1.1;Genomförd;100;;1/6/2027\n"))
	f.Add([]byte("Ref,Titel,Status,Progress,Comment,Date\n2,\"Trygg skola\",in_progress,\"33,5\",\"a\n\"\"b\"\"\",20270301\n"))
	f.Add([]byte("Ref\tStatus\tAndel klar\tDatum\n1.1\tavbruten\t-0\t2027-02-29\n\t\t\t\n1.2\tKlar?\t1e3\t31/12/2027\n"))
	f.Add([]byte("Status;Andel klar;Progress;Datum\nPågår;40;40;2027-03-01\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := importer.Read("f.csv", bytes.NewReader(b))
		checkRead(t, "f.csv", res, err)
		checkFollowUpRows(t, "f.csv", res)
	})
}

func FuzzParseProgress(f *testing.F) {
	for _, s := range []string{"40", "40 %", "40%", "33,5 %", "0", "100", "100,4", "100,5", "-0", "-0,4", "1e2", "NaN", "Inf", "0x10", " 7\u00a0% ", "%", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := importer.ParseProgress(s)
		if err != nil {
			if msg := strings.ReplaceAll(err.Error(), fmt.Sprintf("%q", strings.TrimSpace(s)), ""); p != 0 || strings.Contains(msg, "%!") {
				t.Fatalf("%q: %d, %v", s, p, err)
			}
			return
		}
		if p < 0 || p > 100 {
			t.Fatalf("%q read as %d", s, p)
		}
	})
}

// The readings of a progress as people write it.
func TestParseProgress(t *testing.T) {
	for s, want := range map[string]int{"40": 40, "40 %": 40, "40%": 40, " 33,5 % ": 34, "0": 0, "100": 100, "100,4": 100, "7\u00a0%": 7, "-0,4": 0} {
		if got, err := importer.ParseProgress(s); err != nil || got != want {
			t.Errorf("%q: %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"100,5", "-1", "1e2", "NaN", "Inf", "0x10", "%", "fyrtio", "40 %%"} {
		if got, err := importer.ParseProgress(s); err == nil {
			t.Errorf("%q read as %d", s, got)
		}
	}
}
