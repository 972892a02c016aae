package pdf_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/pdf"
)

var sampleManifest = pdf.Manifest{Kind: pdf.KindMinutes, DocID: "0123456789abcdef", MeetingID: 12, Entries: []pdf.Entry{
	{Section: 12, Ref: "2.3", Revision: 4, Fingerprint: strings.Repeat("ab", 32)},
	{Section: 13, Ref: "3", Revision: 1, Fingerprint: strings.Repeat("0f", 32)},
}}

func TestManifestRoundTrip(t *testing.T) {
	for _, m := range []pdf.Manifest{
		sampleManifest,
		{Kind: pdf.KindBasis, DocID: "x", Entries: []pdf.Entry{{Ref: "1.1", Revision: 2, Fingerprint: "ff"}}},
		{Kind: pdf.KindExtract, DocID: "y", MeetingID: 3},
	} {
		got, ok, err := pdf.ParseManifest(m.String())
		if !ok || err != nil || !reflect.DeepEqual(got, m) {
			t.Errorf("ParseManifest(%q) = %+v, %v, %v", m.String(), got, ok, err)
		}
	}
}

func TestParseManifestOfOtherKeywords(t *testing.T) {
	for _, kw := range []string{"", "invoice August", "styrgrupp/2 kind=minutes doc=x"} {
		if _, ok, err := pdf.ParseManifest(kw); ok || err != nil {
			t.Errorf("ParseManifest(%q): ok %v, %v", kw, ok, err)
		}
	}
	for _, kw := range []string{
		"styrgrupp/1 kind=minutes",                      // no doc
		"styrgrupp/1 kind=minutes doc=x meeting=twelve", // bad meeting
		"styrgrupp/1 kind=minutes doc=x §1=2.3",         // no revision
		"styrgrupp/1 kind=minutes doc=x §x=2.3@1:ff",    // bad §
		"styrgrupp/1 kind=minutes doc=x §1=2.3@one:ff",  // bad revision
		"styrgrupp/1 kind=minutes doc=x loose",          // not key=value
	} {
		if _, ok, err := pdf.ParseManifest(kw); !ok || err == nil {
			t.Errorf("ParseManifest(%q): ok %v, %v; want an error", kw, ok, err)
		}
	}
}

// FuzzParseManifest checks that ParseManifest does not panic, and that
// what it accepts encodes back to keywords it reads the same way.
func FuzzParseManifest(f *testing.F) {
	f.Add(sampleManifest.String())
	f.Add("styrgrupp/1 kind=basis doc=ee38 meeting=0 §0=1.1@1:e92d")
	f.Add("styrgrupp/1 kind=minutes doc=x §1=a=b@+1:f@:g")
	f.Add("styrgrupp/1 kind= doc=")
	f.Fuzz(func(t *testing.T, kw string) {
		m, ok, err := pdf.ParseManifest(kw)
		if !ok || err != nil {
			return
		}
		again, ok, err := pdf.ParseManifest(m.String())
		if !ok || err != nil || !reflect.DeepEqual(again, m) {
			t.Errorf("%q parsed to %+v, whose encoding %q reads back as %+v (%v, %v)", kw, m, m.String(), again, ok, err)
		}
	})
}
