package importer_test

import (
	"reflect"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

func TestParseList(t *testing.T) {
	for in, want := range map[string][]string{
		"":                                nil,
		" ; \n ;":                         nil,
		"a":                               {"a"},
		"a; b ;c":                         {"a", "b", "c"},
		"Låg skolnärvaro\r\nMobbning\n\n": {"Låg skolnärvaro", "Mobbning"},
		"a;\nb":                           {"a", "b"},
		"• Polisen\n- Regionen\n* Skolan": {"Polisen", "Regionen", "Skolan"},
		"-5 grader":                       {"-5 grader"},
		"\u00a0Socialtjänsten\u00a0; BUP": {"Socialtjänsten", "BUP"},
	} {
		if got := importer.ParseList(in); !reflect.DeepEqual(got, want) {
			t.Errorf("ParseList(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseEvidence(t *testing.T) {
	ev := func(k model.EvidenceKind, c, u string) model.Evidence {
		return model.Evidence{Kind: k, Citation: c, URL: u}
	}
	for in, want := range map[string][]model.Evidence{
		"Forskning: Heckman (2006)":                       {ev(model.EvidenceResearch, "Heckman (2006)", "")},
		"forskning:Heckman (2006)":                        {ev(model.EvidenceResearch, "Heckman (2006)", "")},
		"Statistik: SCB 2025\nRapport: Brå 2024":          {ev(model.EvidenceStatistics, "SCB 2025", ""), ev(model.EvidenceReport, "Brå 2024", "")},
		"Beprövad erfarenhet: BVC":                        {ev(model.EvidenceExperience, "BVC", "")},
		"Proven experience: school nurses":                {ev(model.EvidenceExperience, "school nurses", "")},
		"Research: A; Statistics: B":                      {ev(model.EvidenceResearch, "A", ""), ev(model.EvidenceStatistics, "B", "")},
		"Forskning: Heckman (2006); se även Cunha (2010)": {ev(model.EvidenceResearch, "Heckman (2006); se även Cunha (2010)", "")},
		"Rapport: Strategi https://www.regeringen.se":     {ev(model.EvidenceReport, "Strategi", "https://www.regeringen.se")},
		"Rapport: Strategi (https://x.se/a?b=1).":         {ev(model.EvidenceReport, "Strategi", "https://x.se/a?b=1")},
		"Rapport: Strategi – <http://x.se>":               {ev(model.EvidenceReport, "Strategi", "http://x.se")},
		"Dialog med BVC":                                  {ev(model.EvidenceOther, "Dialog med BVC", "")},
		"Obs: dialog":                                     {ev(model.EvidenceOther, "Obs: dialog", "")},
		"https://x.se":                                    {ev(model.EvidenceOther, "https://x.se", "")},
		"Övrigt: https://x.se https://x.se":               {ev(model.EvidenceOther, "https://x.se", "https://x.se")},
		"Övrigt: Rapport: X":                              {ev(model.EvidenceOther, "Rapport: X", "")},
		"\n\n":                                            nil,
	} {
		if got := model.ParseEvidence(in); !reflect.DeepEqual(got, want) {
			t.Errorf("ParseEvidence(%q) =\n %+v, want\n %+v", in, got, want)
		}
	}
}

func TestParseCost(t *testing.T) {
	ore := func(o int64) model.Money { return model.Money{Ore: o, Set: true} }
	for in, want := range map[string]model.Money{
		"":                    {},
		"   ":                 {},
		"0":                   ore(0),
		"1 250 000":           ore(125000000),
		"1 250 000,50 kr":     ore(125000050),
		"1250000.5":           ore(125000050),
		"1 250 000 kr":        ore(125000000),
		"1.250.000":           ore(125000000),
		"1.250":               ore(125000),
		"1250.5":              ore(125050),
		"1250,5":              ore(125050),
		"1\u00a0250\u00a0000": ore(125000000),
		"1\u2009250\u202f000": ore(125000000),
		"SEK 1,250,000.00":    ore(125000000),
		"1.250.000,50 SEK":    ore(125000050),
		"1 250 000:-":         ore(125000000),
		"500,-":               ore(50000),
		"250 000 kronor":      ore(25000000),
		"+100":                ore(10000),
		"-0":                  ore(0),
		"0,5":                 ore(50),
		",5":                  ore(50),
	} {
		got, err := importer.ParseCost(in)
		if err != nil || got != want {
			t.Errorf("ParseCost(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for in, key := range map[string]string{
		"-500":            "negativt",
		"−1 000 kr":       "negativt",
		"ca 2 miljoner":   "inget belopp",
		"1,250,00":        "inget belopp",
		"1.25.0":          "inget belopp",
		"12e5":            "inget belopp",
		"kr":              "inget belopp",
		"1 2":             "",
		"999999999999999": "inget belopp",
		".":               "inget belopp",
		"1,5,5":           "inget belopp",
		"250,000":         "inget belopp", // 250 000 or 250,000 kr? refused, not guessed
		"SEK 250,000":     "inget belopp",
		"1250,505":        "inget belopp",
	} {
		_, err := importer.ParseCost(in)
		if key == "" {
			continue // readable, whatever it means
		}
		if err == nil {
			t.Errorf("ParseCost(%q): no error", in)
		}
	}
}

func TestParseDate(t *testing.T) {
	d := model.NewDate
	for in, want := range map[string]model.Date{
		"":                     {},
		"2027-03-01":           d(2027, 3, 1),
		"2027-3-1":             d(2027, 3, 1),
		"1/3/2027":             d(2027, 3, 1),
		"01/03/2027":           d(2027, 3, 1),
		"1.3.2027":             d(2027, 3, 1),
		"31.12.2029":           d(2029, 12, 31),
		" 2027-03-01 ":         d(2027, 3, 1),
		"20270301":             d(2027, 3, 1),
		"2027-03-01T00:00:00Z": d(2027, 3, 1),
		"2027-03-01 10:30":     d(2027, 3, 1),
		"2028-02-29":           d(2028, 2, 29),
		"2027/03/01":           d(2027, 3, 1),
	} {
		got, err := importer.ParseDate(in)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, msg := range map[string]string{
		"2027-02-30": `"2027-02-30" is not a date that exists; check the day and the month`,
		"2027-02-29": `"2027-02-29" is not a date that exists; check the day and the month`,
		"32/1/2027":  `"32/1/2027" is not a date that exists; check the day and the month`,
		"1/13/2027":  `"1/13/2027" is not a date that exists; check the day and the month`,
		"1 mars":     `"1 mars" is not a date; write e.g. 2027-03-01 or 1/3/2027 (day/month/year)`,
		"1/3/27":     `"1/3/27" is not a date; write e.g. 2027-03-01 or 1/3/2027 (day/month/year)`,
		"2027-03":    `"2027-03" is not a date; write e.g. 2027-03-01 or 1/3/2027 (day/month/year)`,
		"46082":      `"46082" is not a date; write e.g. 2027-03-01 or 1/3/2027 (day/month/year)`,
		"2027-03/01": `"2027-03/01" is not a date; write e.g. 2027-03-01 or 1/3/2027 (day/month/year)`,
	} {
		if _, err := importer.ParseDate(in); err == nil || err.Error() != msg {
			t.Errorf("ParseDate(%q): %v, want %q", in, err, msg)
		}
	}
}

// TestHeaders: every header and alias of Columns, in any case, with
// spaces and line breaks, names its field; the export's decision columns
// are known and ignored.
func TestHeaders(t *testing.T) {
	for _, c := range importer.Columns {
		for _, h := range append([]string{c.Header}, c.Aliases...) {
			if got := importer.HeaderField(h); got != c.Field {
				t.Errorf("%q → %q, want %q", h, got, c.Field)
			}
		}
	}
	for in, want := range map[string]string{
		"REF": "ref", " nr ": "ref", "Rubrik": "title", "kostnad (kr)": "cost", "KOSTNAD\n(KR)": "cost",
		"Målgrupp": "target_group", "MÅLGRUPP": "target_group", "Ma\u030algrupp": "target_group",
		"Preventionsstjärnan": "problem_areas", "Problem\u00a0areas": "problem_areas", "Titel*": "title",
		"Slut:": "end", "End": "end", "Beslutsdatum": "-", "§": "-", "Status": "-",
		"Kommentar": "", "": "", "Kostnad (tkr)": "",
	} {
		if got := importer.HeaderField(in); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}
