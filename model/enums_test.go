package model_test

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

type parseCase[T ~string] struct {
	in   string
	want T
	ok   bool
}

func runParse[T ~string](t *testing.T, name string, parse func(string) (T, bool), cases []parseCase[T]) {
	t.Helper()
	for _, tt := range cases {
		got, ok := parse(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("%s(%q) = %q, %v; want %q, %v", name, tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// nfd decomposes å, ä and ö as some Mac programs and PDF copies write them.
func nfd(s string) string {
	return strings.NewReplacer("å", "a\u030a", "ä", "a\u0308", "ö", "o\u0308", "Å", "A\u030a", "Ä", "A\u0308", "Ö", "O\u0308").Replace(s)
}

func TestParseProblemArea(t *testing.T) {
	runParse(t, "ParseProblemArea", model.ParseProblemArea, []parseCase[model.ProblemArea]{
		{"ill_health", model.IllHealth, true},
		{"Ohälsa", model.IllHealth, true},
		{"OHÄLSA", model.IllHealth, true},
		{"ohälsa", model.IllHealth, true},
		{nfd("ohälsa"), model.IllHealth, true},
		{"Ill-health", model.IllHealth, true},
		{"ILL HEALTH", model.IllHealth, true},
		{"andts", model.ANDTS, true},
		{"ANDTS", model.ANDTS, true},
		{"ANDT", model.ANDTS, true},
		{"Våld", model.Violence, true},
		{"VÅLD", model.Violence, true},
		{nfd("Våld"), model.Violence, true},
		{"vald", model.Violence, true},
		{"violence", model.Violence, true},
		{"VIOLENCE", model.Violence, true},
		{"Kriminalitet", model.Crime, true},
		{"brott", model.Crime, true},
		{"Crime", model.Crime, true},
		{"Utanförskap", model.Exclusion, true},
		{"UTANFÖRSKAP", model.Exclusion, true},
		{"exclusion", model.Exclusion, true},
		{"Social exclusion", model.Exclusion, true},
		{"  våld  ", model.Violence, true},
		{"", "", false},
		{"fattigdom", "", false},
		{"våld;brott", "", false},
	})
}

func TestParsePreventionLevel(t *testing.T) {
	runParse(t, "ParsePreventionLevel", model.ParsePreventionLevel, []parseCase[model.PreventionLevel]{
		{"universal", model.Universal, true},
		{"Universell", model.Universal, true},
		{"UNIVERSELL", model.Universal, true},
		{"Universal", model.Universal, true},
		{"generell", model.Universal, true},
		{"selektiv", model.Selective, true},
		{"Selective", model.Selective, true},
		{"SELEKTIV", model.Selective, true},
		{"Indikerad", model.Indicated, true},
		{"indicated", model.Indicated, true},
		{"INDICATED", model.Indicated, true},
		{"", "", false},
		{"primär", "", false},
	})
}

func TestParseEvidenceKind(t *testing.T) {
	runParse(t, "ParseEvidenceKind", model.ParseEvidenceKind, []parseCase[model.EvidenceKind]{
		{"research", model.EvidenceResearch, true},
		{"Forskning", model.EvidenceResearch, true},
		{"FORSKNING", model.EvidenceResearch, true},
		{"Research", model.EvidenceResearch, true},
		{"Statistik", model.EvidenceStatistics, true},
		{"statistics", model.EvidenceStatistics, true},
		{"Rapport", model.EvidenceReport, true},
		{"REPORT", model.EvidenceReport, true},
		{"Beprövad erfarenhet", model.EvidenceExperience, true},
		{"BEPRÖVAD ERFARENHET", model.EvidenceExperience, true},
		{nfd("beprövad erfarenhet"), model.EvidenceExperience, true},
		{"Proven experience", model.EvidenceExperience, true},
		{"experience", model.EvidenceExperience, true},
		{"Övrigt", model.EvidenceOther, true},
		{"other", model.EvidenceOther, true},
		{"", "", false},
		{"rykte", "", false},
	})
}

func TestParseKind(t *testing.T) {
	runParse(t, "ParseKind", model.ParseKind, []parseCase[model.Kind]{
		{"area", model.KindArea, true},
		{"Område", model.KindArea, true},
		{"OMRÅDE", model.KindArea, true},
		{"omrade", model.KindArea, true},
		{"Strategiskt område", model.KindArea, true},
		{"Area", model.KindArea, true},
		{"Insats", model.KindIntervention, true},
		{"INSATS", model.KindIntervention, true},
		{"strategisk insats", model.KindIntervention, true},
		{"Intervention", model.KindIntervention, true},
		{"", "", false},
		{"projekt", "", false},
	})
}

func TestParseOutcome(t *testing.T) {
	runParse(t, "ParseOutcome", model.ParseOutcome, []parseCase[model.Outcome]{
		{"approved", model.OutcomeApproved, true},
		{"Godkänt", model.OutcomeApproved, true},
		{"GODKÄNT", model.OutcomeApproved, true},
		{"Approved", model.OutcomeApproved, true},
		{"approved_with_conditions", model.OutcomeApprovedConditions, true},
		{"Godkänt med villkor", model.OutcomeApprovedConditions, true},
		{"GODKÄNT MED VILLKOR", model.OutcomeApprovedConditions, true},
		{"Approved with conditions", model.OutcomeApprovedConditions, true},
		{"Avslag", model.OutcomeRejected, true},
		{"rejected", model.OutcomeRejected, true},
		{"Bordlagt", model.OutcomeDeferred, true},
		{"DEFERRED", model.OutcomeDeferred, true},
		{"Återremitterat", model.OutcomeReturned, true},
		{"ÅTERREMITTERAT", model.OutcomeReturned, true},
		{"returned", model.OutcomeReturned, true},
		{"Returned for rework", model.OutcomeReturned, true},
		{"Återtaget", model.OutcomeWithdrawn, true},
		{"withdrawn", model.OutcomeWithdrawn, true},
		{"", "", false},
		{"kanske", "", false},
	})
}

func TestParseOtherEnums(t *testing.T) {
	runParse(t, "ParseStatus", model.ParseStatus, []parseCase[model.Status]{
		{"draft", model.StatusDraft, true}, {"Utkast", model.StatusDraft, true},
		{"För beslut", model.StatusReady, true}, {"Ready for decision", model.StatusReady, true},
		{"BESLUTAT", model.StatusDecided, true}, {"återtaget", model.StatusWithdrawn, true},
		{"klar", "", false},
	})
	runParse(t, "ParseFollowUpStatus", model.ParseFollowUpStatus, []parseCase[model.FollowUpStatus]{
		{"not_started", model.FollowUpNotStarted, true}, {"Ej påbörjad", model.FollowUpNotStarted, true},
		{"PÅGÅR", model.FollowUpInProgress, true}, {"In progress", model.FollowUpInProgress, true},
		{"Genomförd", model.FollowUpCompleted, true}, {"avbruten", model.FollowUpStopped, true},
		{"", "", false},
	})
	runParse(t, "ParseRole", model.ParseRole, []parseCase[model.Role]{
		{"chair", model.RoleChair, true}, {"Ordförande", model.RoleChair, true},
		{"SEKRETERARE", model.RoleSecretary, true}, {"justerare", model.RoleAdjuster, true},
		{"Adjuster", model.RoleAdjuster, true}, {"talman", "", false},
	})
}

// TestParseEveryLabel: every value is read back from its code and from its
// name in either language, in any case.
func TestParseEveryLabel(t *testing.T) {
	variants := func(s string) []string {
		return []string{s, strings.ToUpper(s), strings.ToLower(s), " " + s + " ", nfd(s)}
	}
	langs := []model.Language{model.Swedish, model.English}
	check := func(name string, code string, labels []string, parse func(string) (string, bool)) {
		for _, in := range append(variants(code), labels...) {
			for _, v := range variants(in) {
				if got, ok := parse(v); !ok || got != code {
					t.Errorf("%s(%q) = %q, %v; want %q", name, v, got, ok, code)
				}
			}
		}
	}
	for _, v := range model.ProblemAreas {
		check("ParseProblemArea", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParseProblemArea(s); return string(r), ok })
	}
	for _, v := range model.PreventionLevels {
		check("ParsePreventionLevel", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParsePreventionLevel(s); return string(r), ok })
	}
	for _, v := range model.EvidenceKinds {
		check("ParseEvidenceKind", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParseEvidenceKind(s); return string(r), ok })
	}
	for _, v := range model.Kinds {
		check("ParseKind", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParseKind(s); return string(r), ok })
	}
	for _, v := range model.Outcomes {
		check("ParseOutcome", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParseOutcome(s); return string(r), ok })
	}
	for _, v := range model.Statuses {
		check("ParseStatus", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParseStatus(s); return string(r), ok })
	}
	for _, v := range model.FollowUpStatuses {
		check("ParseFollowUpStatus", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParseFollowUpStatus(s); return string(r), ok })
	}
	for _, v := range model.Roles {
		check("ParseRole", string(v), []string{v.Label(langs[0]), v.Label(langs[1])}, func(s string) (string, bool) { r, ok := model.ParseRole(s); return string(r), ok })
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{model.StatusDraft.Label(model.Swedish), "Utkast"},
		{model.StatusDraft.Label(model.English), "Draft"},
		{model.StatusReady.Label(model.Swedish), "För beslut"},
		{model.KindArea.Label(model.Swedish), "Område"},
		{model.KindIntervention.Label(model.English), "Intervention"},
		{model.OutcomeReturned.Label(model.Swedish), "Återremitterat"},
		{model.OutcomeApprovedConditions.Label(model.English), "Approved with conditions"},
		{model.IllHealth.Label(model.Swedish), "Ohälsa"},
		{model.Indicated.Label(model.Swedish), "Indikerad"},
		{model.EvidenceExperience.Label(model.Swedish), "Beprövad erfarenhet"},
		{model.RoleAdjuster.Label(model.Swedish), "Justerare"},
		{model.FollowUpNotStarted.Label(model.Swedish), "Ej påbörjad"},
		// An unknown language falls back to English.
		{model.StatusDraft.Label("de"), "Draft"},
		// An unknown value shows its key rather than nothing.
		{model.Status("bogus").Label(model.Swedish), "status.bogus"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestParseLanguage(t *testing.T) {
	tests := []struct {
		in   string
		want model.Language
		ok   bool
	}{
		{"sv", model.Swedish, true}, {"SV", model.Swedish, true}, {"sv_SE.UTF-8", model.Swedish, true}, {"sv-FI", model.Swedish, true},
		{"en", model.English, true}, {"en-GB", model.English, true}, {"en_US.UTF-8", model.English, true}, {"EN", model.English, true},
		{"", "", false}, {"s", "", false}, {"de_DE", "", false}, {"C", "", false}, {"fi", "", false},
	}
	for _, tt := range tests {
		got, ok := model.ParseLanguage(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseLanguage(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOutcomeFinalAndApproves(t *testing.T) {
	tests := []struct {
		o               model.Outcome
		final, approves bool
	}{
		{model.OutcomeApproved, true, true},
		{model.OutcomeApprovedConditions, true, true},
		{model.OutcomeRejected, true, false},
		{model.OutcomeDeferred, false, false},
		{model.OutcomeReturned, false, false},
		{model.OutcomeWithdrawn, true, false},
		{"", false, false},
		{"Godkänt", false, false},
	}
	for _, tt := range tests {
		if got := tt.o.Final(); got != tt.final {
			t.Errorf("%q.Final() = %v, want %v", tt.o, got, tt.final)
		}
		if got := tt.o.Approves(); got != tt.approves {
			t.Errorf("%q.Approves() = %v, want %v", tt.o, got, tt.approves)
		}
	}
	if len(model.Outcomes) != 6 {
		t.Errorf("len(Outcomes) = %d; add the new outcome to this table", len(model.Outcomes))
	}
}
