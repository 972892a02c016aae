package model_test

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// goldenCanonical and goldenFingerprint pin the encoding of validContent:
// fingerprints are printed in signed minutes, so a change in the encoding
// must be a deliberate new scheme, never an accident. The fingerprint was
// checked outside Go: printf '%s' "$goldenCanonical" | sha256sum.
const (
	goldenCanonical   = `{"v":1,"ref":"2.3","kind":"intervention","title":"Föräldrastöd i förskolan","summary":"Ett evidensbaserat föräldraskapsstöd för alla föräldrar.","description":"Programmet erbjuds på samtliga förskolor.\nGrupper om tio föräldrar.","rationale":"Tidiga insatser stärker skyddsfaktorer.","evidence":[{"kind":"research","citation":"Folkhälsomyndigheten 2021","url":"https://example.org/fhm"},{"kind":"experience","citation":"Erfarenheter från Örebro"}],"risk_factors":["Bristande föräldraskap","Konflikter i familjen"],"protective_factors":["Goda relationer"],"problem_areas":["violence","crime"],"prevention_level":"universal","target_group":"Föräldrar till barn 1–5 år","responsible":"Förskoleförvaltningen","partners":["Socialtjänsten","Region Örebro län"],"start":"2027-03-01","end":"2028-06-30","cost_ore":125000050,"funding":"Statsbidrag"}`
	goldenFingerprint = "869a0e12200ab05304119af81aca21343f734e3de55e1f04c75027fd852a0855"
)

func TestCanonicalGolden(t *testing.T) {
	c := validContent()
	if got := string(model.Canonical(c)); got != goldenCanonical {
		t.Errorf("Canonical changed:\n got %s\nwant %s", got, goldenCanonical)
	}
	if got := model.Fingerprint(c); got != goldenFingerprint {
		t.Errorf("Fingerprint = %s, want %s", got, goldenFingerprint)
	}
	// The two constants belong together: anyone can check a printed
	// fingerprint by hashing the canonical text.
	if sum := sha256.Sum256([]byte(goldenCanonical)); hex.EncodeToString(sum[:]) != goldenFingerprint {
		t.Error("goldenFingerprint is not the SHA-256 of goldenCanonical")
	}
	// Stable across calls.
	for range 3 {
		if got := model.Fingerprint(validContent()); got != goldenFingerprint {
			t.Fatalf("Fingerprint not stable: %s", got)
		}
	}
}

func TestCanonicalEmptyContentHasEveryField(t *testing.T) {
	got := string(model.Canonical(model.Content{}))
	want := `{"v":1,"ref":"","kind":"","title":"","summary":"","description":"","rationale":"","evidence":[],"risk_factors":[],"protective_factors":[],"problem_areas":[],"prevention_level":"","target_group":"","responsible":"","partners":[],"start":"","end":"","cost_ore":null,"funding":""}`
	if got != want {
		t.Errorf("Canonical(empty) =\n %s\nwant\n %s", got, want)
	}
}

func TestFingerprintFormat(t *testing.T) {
	fp := model.Fingerprint(validContent())
	if len(fp) != 64 || strings.Trim(fp, "0123456789abcdef") != "" {
		t.Errorf("fingerprint %q is not 64 lower-case hex digits", fp)
	}
	if got, want := model.ShortFingerprint(fp), fp[0:4]+" "+fp[4:8]+" "+fp[8:12]+" "+fp[12:16]; got != want {
		t.Errorf("ShortFingerprint = %q, want %q", got, want)
	}
	for in, want := range map[string]string{"": "", "abc": "abc", "abcd": "abcd", "abcdef": "abcd ef"} {
		if got := model.ShortFingerprint(in); got != want {
			t.Errorf("ShortFingerprint(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFingerprintInsensitive: contents that mean the same have the same
// fingerprint.
func TestFingerprintInsensitive(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *model.Content)
	}{
		{"CRLF line breaks", func(c *model.Content) {
			c.Description = strings.ReplaceAll(c.Description, "\n", "\r\n")
		}},
		{"CR line breaks", func(c *model.Content) {
			c.Description = strings.ReplaceAll(c.Description, "\n", "\r")
		}},
		{"trailing and leading spaces", func(c *model.Content) {
			c.Title = "  " + c.Title + " \t"
			c.Summary += "   "
			c.Ref = " " + c.Ref + " "
			c.RiskFactors[0] += "  "
			c.Partners[1] = " " + c.Partners[1]
			c.Evidence[0].Citation += " "
			c.Evidence[0].URL = " " + c.Evidence[0].URL
			c.Funding += "\n"
		}},
		{"NFD å, ä, ö", func(c *model.Content) {
			// "Föräldrastöd" and "Örebro" decomposed: o + U+0308, a + U+0308, O + U+0308.
			c.Title = "Fo\u0308ra\u0308ldrasto\u0308d i fo\u0308rskolan"
			c.Partners[1] = "Region O\u0308rebro la\u0308n"
			c.TargetGroup = "Fo\u0308ra\u0308ldrar till barn 1–5 a\u030ar"
		}},
		{"order of problem areas", func(c *model.Content) {
			c.ProblemAreas = []model.ProblemArea{model.Crime, model.Violence}
		}},
		{"empty list items", func(c *model.Content) {
			c.RiskFactors = append([]string{"", "  "}, c.RiskFactors...)
			c.ProtectiveFactors = append(c.ProtectiveFactors, "\n")
			c.Partners = []string{"", c.Partners[0], " ", c.Partners[1], ""}
		}},
		{"empty evidence item", func(c *model.Content) {
			c.Evidence = append(c.Evidence, model.Evidence{Kind: model.EvidenceOther, Citation: " "})
		}},
		{"nil and empty lists", func(c *model.Content) {
			*c = validArea()
			c.RiskFactors, c.Partners, c.ProblemAreas, c.Evidence = []string{}, []string{}, []model.ProblemArea{}, []model.Evidence{}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := validContent()
			if tt.name == "nil and empty lists" {
				base = validArea()
			}
			c := validContent()
			tt.edit(&c)
			if model.Fingerprint(c) != model.Fingerprint(base) {
				t.Errorf("fingerprint differs:\n%s\n%s", model.Canonical(c), model.Canonical(base))
			}
			if !c.Equal(base) || !base.Equal(c) {
				t.Error("Equal = false")
			}
			if got := base.ChangedFields(c); len(got) != 0 {
				t.Errorf("ChangedFields = %v, want none", got)
			}
		})
	}
}

func TestNFCAndNFDSwedishLetters(t *testing.T) {
	for _, p := range [][2]string{{"å", "a\u030a"}, {"ä", "a\u0308"}, {"ö", "o\u0308"}, {"Å", "A\u030a"}} {
		a, b := validArea(), validArea()
		a.Title, b.Title = "Tr"+p[0]+"d", "Tr"+p[1]+"d"
		if a.Title == b.Title {
			t.Fatal("test strings must differ in bytes")
		}
		if model.Fingerprint(a) != model.Fingerprint(b) {
			t.Errorf("%q: NFC and NFD fingerprints differ", p[0])
		}
	}
}

// fieldChanges changes exactly one field of validContent each.
var fieldChanges = map[string]func(c *model.Content){
	"ref":                func(c *model.Content) { c.Ref = "2.4" },
	"kind":               func(c *model.Content) { c.Kind = model.KindArea },
	"registry_number":    func(c *model.Content) { c.RegistryNumber = "KS 2026/124" },
	"title":              func(c *model.Content) { c.Title += " och skolan" },
	"summary":            func(c *model.Content) { c.Summary = "Annan sammanfattning." },
	"description":        func(c *model.Content) { c.Description += "\nEn rad till." },
	"rationale":          func(c *model.Content) { c.Rationale = "" },
	"evidence":           func(c *model.Content) { c.Evidence[1].Kind = model.EvidenceReport },
	"risk_factors":       func(c *model.Content) { c.RiskFactors = append(c.RiskFactors, "Skolfrånvaro") },
	"protective_factors": func(c *model.Content) { c.ProtectiveFactors = nil },
	"problem_areas":      func(c *model.Content) { c.ProblemAreas = append(c.ProblemAreas, model.Exclusion) },
	"prevention_level":   func(c *model.Content) { c.PreventionLevel = model.Selective },
	"target_group":       func(c *model.Content) { c.TargetGroup = "Alla föräldrar" },
	"responsible":        func(c *model.Content) { c.Responsible = "Socialförvaltningen" },
	"partners":           func(c *model.Content) { c.Partners = c.Partners[:1] },
	"start":              func(c *model.Content) { c.Start = model.NewDate(2027, time.March, 2) },
	"end":                func(c *model.Content) { c.End = model.Date{} },
	"cost":               func(c *model.Content) { c.Cost.Ore++ },
	"funding":            func(c *model.Content) { c.Funding = "Kommunens budget" },
}

func TestFingerprintSensitiveToEveryField(t *testing.T) {
	base := validContent()
	fp := model.Fingerprint(base)
	for _, f := range model.FieldNames {
		t.Run(f, func(t *testing.T) {
			change, ok := fieldChanges[f]
			if !ok {
				t.Fatalf("no change defined for field %q: add one to fieldChanges", f)
			}
			c := validContent()
			change(&c)
			if model.Fingerprint(c) == fp {
				t.Errorf("changing %s does not change the fingerprint", f)
			}
			if c.Equal(base) {
				t.Errorf("changing %s: Equal = true", f)
			}
			if got := base.ChangedFields(c); !slices.Equal(got, []string{f}) {
				t.Errorf("ChangedFields = %v, want [%s]", got, f)
			}
			if got := c.ChangedFields(base); !slices.Equal(got, []string{f}) {
				t.Errorf("reverse ChangedFields = %v, want [%s]", got, f)
			}
		})
	}
	if len(fieldChanges) != len(model.FieldNames) {
		t.Errorf("fieldChanges has %d entries, FieldNames %d", len(fieldChanges), len(model.FieldNames))
	}
}

// Finer changes that must each still count.
func TestFingerprintSensitiveToDetails(t *testing.T) {
	tests := []struct {
		name  string
		field string
		edit  func(c *model.Content)
	}{
		{"evidence URL", "evidence", func(c *model.Content) { c.Evidence[0].URL = "" }},
		{"evidence order", "evidence", func(c *model.Content) { c.Evidence[0], c.Evidence[1] = c.Evidence[1], c.Evidence[0] }},
		{"list order", "risk_factors", func(c *model.Content) { c.RiskFactors[0], c.RiskFactors[1] = c.RiskFactors[1], c.RiskFactors[0] }},
		{"list item split", "partners", func(c *model.Content) { c.Partners = []string{"Socialtjänsten; Region Örebro län"} }},
		{"inner space", "title", func(c *model.Content) { c.Title = "Föräldrastöd  i förskolan" }},
		{"case", "title", func(c *model.Content) { c.Title = "föräldrastöd i förskolan" }},
		{"inner line break", "description", func(c *model.Content) { c.Description = strings.ReplaceAll(c.Description, "\n", " ") }},
		{"cost not set vs 0 kr", "cost", func(c *model.Content) { c.Cost = model.Money{} }},
		{"cost 0 kr vs not set", "cost", func(c *model.Content) { c.Cost = model.Kronor(0) }},
		{"one öre", "cost", func(c *model.Content) { c.Cost.Ore-- }},
		{"no prevention level", "prevention_level", func(c *model.Content) { c.PreventionLevel = "" }},
		{"no problem areas", "problem_areas", func(c *model.Content) { c.ProblemAreas = nil }},
	}
	base := validContent()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validContent()
			tt.edit(&c)
			if model.Fingerprint(c) == model.Fingerprint(base) {
				t.Error("fingerprint unchanged")
			}
			if got := base.ChangedFields(c); !slices.Equal(got, []string{tt.field}) {
				t.Errorf("ChangedFields = %v, want [%s]", got, tt.field)
			}
		})
	}
}

// TestFieldNamesCoverContent: every field of Content is in FieldNames, so a
// field added to Content cannot escape the fingerprint unnoticed.
func TestFieldNamesCoverContent(t *testing.T) {
	var names []string
	rt := reflect.TypeFor[model.Content]()
	for i := range rt.NumField() {
		tag, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		names = append(names, tag)
	}
	if !slices.Equal(names, model.FieldNames) {
		t.Errorf("Content's JSON fields %v\ndiffer from FieldNames %v", names, model.FieldNames)
	}
	canon := string(model.Canonical(model.Content{RegistryNumber: "KS 2026/124"}))
	for _, f := range model.FieldNames {
		key := f
		if f == "cost" {
			key = "cost_ore"
		}
		if !strings.Contains(canon, `"`+key+`":`) {
			t.Errorf("canonical encoding lacks %q", key)
		}
	}
}

func TestNormalize(t *testing.T) {
	c := validContent()
	c.Title = " Titel\r\nmed rad "
	c.ProblemAreas = []model.ProblemArea{model.Exclusion, model.IllHealth, model.Crime}
	c.RiskFactors = []string{"", " a ", "\n"}
	c.Evidence = []model.Evidence{{Kind: model.EvidenceOther}, {Kind: model.EvidenceReport, URL: " https://x "}}
	n := c.Normalize()
	if n.Title != "Titel\nmed rad" {
		t.Errorf("Title = %q", n.Title)
	}
	if want := []model.ProblemArea{model.IllHealth, model.Crime, model.Exclusion}; !slices.Equal(n.ProblemAreas, want) {
		t.Errorf("ProblemAreas = %v, want %v", n.ProblemAreas, want)
	}
	if !slices.Equal(n.RiskFactors, []string{"a"}) {
		t.Errorf("RiskFactors = %q", n.RiskFactors)
	}
	if len(n.Evidence) != 1 || n.Evidence[0].URL != "https://x" {
		t.Errorf("Evidence = %+v", n.Evidence)
	}
	// The original is untouched.
	if c.Title != " Titel\r\nmed rad " || c.ProblemAreas[0] != model.Exclusion || len(c.Evidence) != 2 {
		t.Error("Normalize changed its receiver")
	}
	// Normalising twice changes nothing more.
	if !reflect.DeepEqual(n.Normalize(), n) {
		t.Error("Normalize is not idempotent")
	}
}
