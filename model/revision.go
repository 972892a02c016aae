package model

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Revision is one version of a proposal's content. Every edit makes a new
// one; decisions name the revision they were taken on.
type Revision struct {
	ProposalID  int64
	Number      int
	Content     Content
	Fingerprint string // hex SHA-256 of Canonical(Content)
	CreatedAt   time.Time
	CreatedBy   string
}

// Normalize returns the content with text in Unicode NFC, the characters
// a text field loses (invisible) dropped, surrounding space trimmed, line
// breaks as "\n", empty list entries dropped and problem areas in the
// star's order. Two contents that mean the same normalise to the same
// value. Stores and the import keep content only in this form.
func (c Content) Normalize() Content { return c.normalized(cleanText) }

// canonicalForm is the normalisation the fingerprint scheme fixes:
// Normalize but for dropping invisible characters, which came later. Text
// stored before then keeps its fingerprint; text stored since has none of
// them, so for it the two agree.
func canonicalForm(c Content) Content { return c.normalized(clean) }

func (c Content) normalized(clean func(string) string) Content {
	n := c
	n.Ref = clean(c.Ref)
	for _, f := range n.texts() {
		*f.text = clean(*f.text)
	}
	for _, f := range n.lists() {
		*f.items = cleanList(*f.items, clean)
	}
	n.Evidence = nil
	for _, e := range c.Evidence {
		e.Citation, e.URL = clean(e.Citation), clean(e.URL)
		if e.Citation != "" || e.URL != "" {
			n.Evidence = append(n.Evidence, e)
		}
	}
	n.ProblemAreas = nil
	for _, p := range ProblemAreas {
		if slices.Contains(c.ProblemAreas, p) {
			n.ProblemAreas = append(n.ProblemAreas, p)
		}
	}
	for _, p := range c.ProblemAreas {
		if !slices.Contains(ProblemAreas, p) && !slices.Contains(n.ProblemAreas, p) {
			n.ProblemAreas = append(n.ProblemAreas, p)
		}
	}
	return n
}

// textField and listField name a free-text field and a list of free text
// by their FieldNames names.
type (
	textField struct {
		name string
		text *string
	}
	listField struct {
		name  string
		items *[]string
	}
)

// texts returns the content's free-text fields; lists its lists of free
// text. Evidence is a list too, of citations and links.
func (c *Content) texts() []textField {
	return []textField{{"title", &c.Title}, {"summary", &c.Summary}, {"description", &c.Description},
		{"rationale", &c.Rationale}, {"target_group", &c.TargetGroup}, {"responsible", &c.Responsible},
		{"funding", &c.Funding}}
}

func (c *Content) lists() []listField {
	return []listField{{"risk_factors", &c.RiskFactors}, {"protective_factors", &c.ProtectiveFactors},
		{"partners", &c.Partners}}
}

// canonicalContent is the canonical encoding's shape: every field present,
// in a fixed order, lists never null, the cost in öre or null.
type canonicalContent struct {
	V                 int             `json:"v"`
	Ref               string          `json:"ref"`
	Kind              Kind            `json:"kind"`
	Title             string          `json:"title"`
	Summary           string          `json:"summary"`
	Description       string          `json:"description"`
	Rationale         string          `json:"rationale"`
	Evidence          []Evidence      `json:"evidence"`
	RiskFactors       []string        `json:"risk_factors"`
	ProtectiveFactors []string        `json:"protective_factors"`
	ProblemAreas      []ProblemArea   `json:"problem_areas"`
	PreventionLevel   PreventionLevel `json:"prevention_level"`
	TargetGroup       string          `json:"target_group"`
	Responsible       string          `json:"responsible"`
	Partners          []string        `json:"partners"`
	Start             string          `json:"start"`
	End               string          `json:"end"`
	Cost              *int64          `json:"cost_ore"`
	Funding           string          `json:"funding"`
}

// canonicalVersion is the encoding's scheme, written as "v".
const canonicalVersion = 1

// Canonical returns the canonical encoding of the content: its canonical
// form (canonicalForm; for normalised content, the content itself) as JSON with fields in a fixed order and every field present. The
// encoding is stable across versions of this program; change it only with
// a new fingerprint scheme.
func Canonical(c Content) []byte {
	n := canonicalForm(c)
	var cost *int64
	if n.Cost.Set {
		cost = &n.Cost.Ore
	}
	b, err := json.Marshal(canonicalContent{
		V: canonicalVersion, Ref: n.Ref, Kind: n.Kind, Title: n.Title, Summary: n.Summary,
		Description: n.Description, Rationale: n.Rationale,
		Evidence: orEmpty(n.Evidence), RiskFactors: orEmpty(n.RiskFactors),
		ProtectiveFactors: orEmpty(n.ProtectiveFactors), ProblemAreas: orEmpty(n.ProblemAreas),
		PreventionLevel: n.PreventionLevel, TargetGroup: n.TargetGroup, Responsible: n.Responsible,
		Partners: orEmpty(n.Partners), Start: n.Start.String(), End: n.End.String(),
		Cost: cost, Funding: n.Funding,
	})
	if err != nil {
		panic("model: canonical encoding: " + err.Error()) // only plain types: cannot fail
	}
	return b
}

// DecodeCanonical is the inverse of Canonical: it reads a canonical
// encoding back into content in its canonical form, with empty lists as
// nil, and the text as it was stored, so that DecodeCanonical(Canonical(c))
// equals c.Normalize() for content stored since invisible characters are
// dropped, and its fingerprint holds for content stored before. An encoding of
// another scheme, or one whose dates do not parse, is an error.
func DecodeCanonical(b []byte) (Content, error) {
	var cc canonicalContent
	if err := json.Unmarshal(b, &cc); err != nil {
		return Content{}, fmt.Errorf("model: canonical encoding: %w", err)
	}
	if cc.V != canonicalVersion {
		return Content{}, fmt.Errorf("model: canonical encoding: scheme %d, want %d", cc.V, canonicalVersion)
	}
	c := Content{
		Ref: cc.Ref, Kind: cc.Kind, Title: cc.Title, Summary: cc.Summary, Description: cc.Description,
		Rationale: cc.Rationale, Evidence: cc.Evidence, RiskFactors: cc.RiskFactors,
		ProtectiveFactors: cc.ProtectiveFactors, ProblemAreas: cc.ProblemAreas,
		PreventionLevel: cc.PreventionLevel, TargetGroup: cc.TargetGroup, Responsible: cc.Responsible,
		Partners: cc.Partners, Funding: cc.Funding,
	}
	if cc.Cost != nil {
		c.Cost = Money{Ore: *cc.Cost, Set: true}
	}
	var err error
	if c.Start, err = ParseISODate(cc.Start); err != nil {
		return Content{}, fmt.Errorf("model: canonical encoding: start: %w", err)
	}
	if c.End, err = ParseISODate(cc.End); err != nil {
		return Content{}, fmt.Errorf("model: canonical encoding: end: %w", err)
	}
	// canonicalForm turns the encoding's empty lists back into nil.
	return canonicalForm(c), nil
}

// Fingerprint returns the hex SHA-256 of the canonical encoding.
func Fingerprint(c Content) string {
	sum := sha256.Sum256(Canonical(c))
	return hex.EncodeToString(sum[:])
}

// ShortFingerprint returns the first 16 hex digits, in groups of four, for
// display where the whole does not fit.
func ShortFingerprint(fp string) string {
	if len(fp) > 16 {
		fp = fp[:16]
	}
	var parts []string
	for len(fp) > 4 {
		parts = append(parts, fp[:4])
		fp = fp[4:]
	}
	return strings.Join(append(parts, fp), " ")
}

// Equal tells whether two contents have the same canonical encoding.
func (c Content) Equal(d Content) bool { return string(Canonical(c)) == string(Canonical(d)) }

// ChangedFields names the fields (by their JSON names) in which d differs
// from c, after normalisation, in the order of the import table.
func (c Content) ChangedFields(d Content) []string {
	a, b := fieldsOf(c), fieldsOf(d)
	var out []string
	for _, f := range FieldNames {
		key := canonicalKey(f)
		if string(a[key]) != string(b[key]) {
			out = append(out, f)
		}
	}
	return out
}

// FieldNames are the content's fields in the order of the import table.
var FieldNames = []string{
	"ref", "kind", "title", "summary", "description", "rationale", "evidence",
	"risk_factors", "protective_factors", "problem_areas", "prevention_level",
	"target_group", "responsible", "partners", "start", "end", "cost", "funding",
}

// cleanText is clean after dropping the characters a text field loses;
// they go first, since one between a letter and its accent keeps NFC from
// composing the two.
func cleanText(s string) string { return clean(stripInvisible(s)) }

func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(NFC(s))
}

func cleanList(in []string, clean func(string) string) []string {
	var out []string
	for _, s := range in {
		if s = clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
