package model_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// DecodeCanonical reads back what Canonical wrote: the content normalised,
// and encoding it again gives the same bytes.
func TestDecodeCanonicalRoundTrip(t *testing.T) {
	full := validContent()
	full.Title = "  Föräldrastöd\r\ni förskolan "
	full.RiskFactors = append(full.RiskFactors, " ")
	for name, c := range map[string]model.Content{
		"full":  full,
		"area":  validArea(),
		"empty": {},
		"cost 0": {Ref: "1.1", Kind: model.KindIntervention, Title: "Gratis",
			Cost: model.Money{Ore: 0, Set: true}},
	} {
		t.Run(name, func(t *testing.T) {
			enc := model.Canonical(c)
			got, err := model.DecodeCanonical(enc)
			assertNoErr(t, err)
			if want := c.Normalize(); !reflect.DeepEqual(got, want) {
				t.Fatalf("decoded\n got %#v\nwant %#v", got, want)
			}
			if again := model.Canonical(got); string(again) != string(enc) {
				t.Fatalf("re-encoded\n got %s\nwant %s", again, enc)
			}
			if model.Fingerprint(got) != model.Fingerprint(c) {
				t.Fatal("fingerprint changed in the round trip")
			}
		})
	}
	got, err := model.DecodeCanonical([]byte(goldenCanonical))
	assertNoErr(t, err)
	if model.Fingerprint(got) != goldenFingerprint {
		t.Error("the golden encoding does not decode to its fingerprint")
	}
}

func TestDecodeCanonicalRefuses(t *testing.T) {
	good := string(model.Canonical(validContent()))
	for name, b := range map[string]string{
		"not json":     "{",
		"other scheme": strings.Replace(good, `"v":1`, `"v":2`, 1),
		"no scheme":    `{"ref":"1"}`,
		"bad date":     strings.Replace(good, `"start":"2027-03-01"`, `"start":"1/3/2027"`, 1),
		"bad end":      strings.Replace(good, `"end":"2028-06-30"`, `"end":"snart"`, 1),
	} {
		if _, err := model.DecodeCanonical([]byte(b)); err == nil {
			t.Errorf("%s: decoded %s", name, b)
		}
	}
}
