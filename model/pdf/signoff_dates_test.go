package pdf_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// The minutes give the place and day planned for the sign-off and, once
// both have signed off, the day it was completed, read from the record
// the sign-off froze; minutes not signed off give the plan only.
func TestMinutesGiveThePlannedAndTheCompletedSignOff(t *testing.T) {
	_, signed, open := store(t)
	for _, tc := range []struct {
		l                                    model.Language
		planned, doneLabel, done, draftPlans string
	}{
		{model.Swedish, "Justeringens plats och tid Stadshuset, 21 oktober 2026", "Protokollet justerat",
			"Protokollet justerat 21 oktober 2026", "Justeringens plats och tid Stadshuset, 16 december 2026"},
		{model.English, "Place and time of sign-off Stadshuset, 21 October 2026", "Minutes signed off",
			"Minutes signed off 21 October 2026", "Place and time of sign-off Stadshuset, 16 December 2026"},
	} {
		t.Run(string(tc.l), func(t *testing.T) {
			b, _, in := minutes(t, signed, options(tc.l))
			if in.Record == nil {
				t.Fatal("the signed-off minutes are not made from their record")
			}
			all := flat(strings.Join(pdfText(t, save(t, "minutes-dates-"+string(tc.l)+".pdf", b)), "\n"))
			for _, w := range []string{tc.planned, tc.done} {
				if !strings.Contains(all, w) {
					t.Errorf("the signed-off minutes lack %q:\n%s", w, all)
				}
			}
			b, _, _ = minutes(t, open, options(tc.l))
			all = flat(strings.Join(pdfText(t, save(t, "minutes-dates-open-"+string(tc.l)+".pdf", b)), "\n"))
			if !strings.Contains(all, tc.draftPlans) {
				t.Errorf("the draft minutes lack %q:\n%s", tc.draftPlans, all)
			}
			if strings.Contains(all, tc.doneLabel) {
				t.Errorf("the draft minutes say they were signed off:\n%s", all)
			}
		})
	}
}

// An extract of signed-off minutes ends with the secretary's
// certification dated the day it is made; one of minutes not signed off
// is not certified and says so.
func TestExtractIsCertifiedOnlyOnceSignedOff(t *testing.T) {
	s, signed, open := store(t)
	for _, tc := range []struct {
		l                     model.Language
		certified, notCertify string
	}{
		{model.Swedish, "Utdragsbestyrkande: Leila Rahimi, 25 november 2026",
			"Protokollet är inte justerat, så utdraget är inte bestyrkt."},
		{model.English, "Certified extract: Leila Rahimi, 25 November 2026",
			"The minutes are not signed off, so the extract is not certified."},
	} {
		t.Run(string(tc.l), func(t *testing.T) {
			extract := func(meeting int64, name string) string {
				in, err := pdf.LoadMinutes(context.Background(), s, meeting)
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if _, err := pdf.Extract(&buf, in, in.Meeting.Items[0].Number, options(tc.l)); err != nil {
					t.Fatal(err)
				}
				pages := pdfText(t, save(t, name+"-"+string(tc.l)+".pdf", buf.Bytes()))
				return flat(bodyText(t, pages, append(minutesDecorations(tc.l),
					"Protokollsutdrag", "Extract from the minutes")...))
			}
			body := extract(signed, "extract-certified")
			if !strings.HasSuffix(body, tc.certified) {
				t.Errorf("the extract does not end with %q:\n%s", tc.certified, body)
			}
			if strings.Contains(body, tc.notCertify) {
				t.Errorf("the certified extract says it is not: %q", tc.notCertify)
			}
			body = extract(open, "extract-uncertified")
			if !strings.Contains(body, tc.notCertify) {
				t.Errorf("the extract lacks %q:\n%s", tc.notCertify, body)
			}
			if cert := strings.SplitN(tc.certified, ":", 2)[0] + ":"; strings.Contains(body, cert) {
				t.Errorf("the extract of minutes not signed off has %q", cert)
			}
		})
	}
}

// Minutes signed off before the sign-off day was printed, in the store
// files earlier versions wrote (model/sqlite/testdata/schema), still
// load from their record, which still has its fingerprint, and print the
// day the second sign-off completed, read from the sign-offs it froze.
func TestMinutesSignedOffBeforeGiveTheirSignOffDay(t *testing.T) {
	for _, v := range []string{"v5", "v10"} {
		t.Run(v, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "sqlite", "testdata", "schema", v+".db"))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "old.db")
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := sqlite.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			in, err := pdf.LoadMinutes(context.Background(), s, 1)
			if err != nil {
				t.Fatal(err)
			}
			if in.Record == nil || in.Record.Minutes.MinutesFingerprint() != in.Record.Fingerprint {
				t.Fatalf("meeting 1 is not loaded from a record that holds: %+v", in.Record)
			}
			var buf bytes.Buffer
			if _, err := pdf.Minutes(&buf, in, options(model.Swedish)); err != nil {
				t.Fatal(err)
			}
			all := flat(strings.Join(pdfText(t, save(t, "minutes-"+v+".pdf", buf.Bytes())), "\n"))
			if want := "Protokollet justerat 21 oktober 2026"; !strings.Contains(all, want) {
				t.Errorf("the minutes lack %q:\n%s", want, all)
			}
		})
	}
}
