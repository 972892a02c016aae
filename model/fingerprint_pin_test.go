package model_test

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// pinnedContents are contents of every shape whose fingerprints are
// stored in databases and signed PDFs; pinnedFingerprints holds them as
// they were before the field table drove the encoding.
func pinnedContents() map[string]model.Content {
	untidy := validContent()
	untidy.Title = "  Föra\u0308ldrastöd\r\ni förskolan\u200b "
	untidy.RiskFactors = append(untidy.RiskFactors, " ", "")
	untidy.ProblemAreas = []model.ProblemArea{model.Crime, model.IllHealth, "unknown"}
	untidy.Evidence = append(untidy.Evidence, model.Evidence{Kind: model.EvidenceOther, Citation: " "})
	return map[string]model.Content{
		"full":   validContent(),
		"area":   validArea(),
		"empty":  {},
		"cost 0": {Ref: "1.1", Kind: model.KindIntervention, Title: "Gratis", Cost: model.Money{Set: true}},
		"untidy": untidy,
	}
}

var pinnedFingerprints = map[string]string{
	"empty":             "3bfa0ab24d4acde4ccee7a61c494657990d9824c427a13c4d31624f89ec9f277",
	"cost 0":            "955570af5d316d2e7e60ce4064fce4877f2162732880068dd250ab707ad4aa58",
	"full":              "869a0e12200ab05304119af81aca21343f734e3de55e1f04c75027fd852a0855",
	"area":              "2dc7e6315ef73887351a886cada796860f247df0ad750de313f522efcb1e6654",
	"untidy":            "11ee0142c559c4fc603c298fb44db41fe119ca484d787ec4e42dabe4d76b08f2",
	"untidy normalized": "c8cf5ffc9cc0abc3bddc82ac6bd6f3d63f232fcccfacf251a8160c6e94b34589",
}

func TestFingerprintsPinned(t *testing.T) {
	cs := pinnedContents()
	cs["untidy normalized"] = cs["untidy"].Normalize()
	for name, c := range cs {
		if got, want := model.Fingerprint(c), pinnedFingerprints[name]; got != want {
			t.Errorf("%s: Fingerprint = %q, want %q", name, got, want)
		}
	}
}

// The registry number came after the encoding's scheme was fixed: without
// one (or with only space) a revision keeps the fingerprint it had; with
// one the encoding holds it, and it reads back.
func TestRegistryNumberKeepsOldFingerprints(t *testing.T) {
	for name, c := range pinnedContents() {
		c.RegistryNumber = " \t"
		if got, want := model.Fingerprint(c), pinnedFingerprints[name]; got != want {
			t.Errorf("%s with a blank registry number: Fingerprint = %q, want %q", name, got, want)
		}
	}
	c := validContent()
	if strings.Contains(string(model.Canonical(c)), "registry_number") {
		t.Errorf("canonical encoding names the registry number without one: %s", model.Canonical(c))
	}
	c.RegistryNumber = "KS 2026/124"
	if got, want := model.Fingerprint(c), "4dac215ca24a3349fc45ad6e155c6ed30de905a1971f5d806cf837ff6f695c9d"; got != want {
		t.Errorf("with a registry number: Fingerprint = %q, want %q", got, want)
	}
	back, err := model.DecodeCanonical(model.Canonical(c))
	if err != nil || back.RegistryNumber != c.RegistryNumber || !back.Equal(c) {
		t.Errorf("DecodeCanonical = %+v, %v", back, err)
	}
}
