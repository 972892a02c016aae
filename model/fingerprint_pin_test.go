package model_test

import (
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
