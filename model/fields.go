package model

import (
	"encoding/json"
	"strings"
)

// FieldKind is what a content field holds; it decides how the field is
// read from text, written to a cell, normalised and encoded.
type FieldKind int

// Kinds of content field.
const (
	FieldRef      FieldKind = iota // the proposal's Ref
	FieldEnum                      // one value of an enumeration, by code
	FieldText                      // one line of free text
	FieldLongText                  // paragraphs of free text
	FieldList                      // a list of free text, an item a line
	FieldEnumList                  // a list of values of an enumeration
	FieldEvidence                  // evidence items, "Kind: citation link" a line
	FieldDate                      // a Date
	FieldMoney                     // an amount of Money
)

// Field describes one field of Content: its names, its headers in a
// spreadsheet, its kind, and how to reach it. Fields lists them all; every
// part of the program that lists a proposal's fields is driven from it.
type Field struct {
	Name    string   // the JSON name; FieldNames holds them in order
	Key     string   // the key in the canonical encoding
	Header  string   // the Swedish header the export writes
	English string   // the English header, also accepted on import
	Aliases []string // further headers the import accepts, in any case
	Kind    FieldKind
	// Identity marks the ref and the kind, which say which proposal a
	// row is: an import always reads them, even without their columns.
	Identity bool
	// Lines is how many lines a form shows for a field of several: long
	// text, a list, evidence; 0 for a field of one line.
	Lines int
	// Max is the most characters a text field may hold; 0 for MaxText.
	Max int
	// Later marks a field added after the canonical encoding's scheme was
	// fixed: the encoding holds it only when it has a value, so content
	// without it keeps the fingerprint it always had.
	Later bool
	ops   fieldOps
}

// fieldOps are a field's functions, made by the constructors below for
// each kind so that no consumer needs to know which Go field it is.
type fieldOps struct {
	get     func(c *Content) any
	set     func(c *Content, v any)
	items   func(c *Content, items []string) error
	copy    func(dst, src *Content)
	equal   func(a, b *Content) bool   // as the canonical encoding compares
	text    func(c *Content) *string   // for free text, else nil
	list    func(c *Content) *[]string // for a list of free text, else nil
	empty   func(c *Content) bool
	cell    func(c *Content) string
	display func(c *Content, l Language) string
	parse   func(c *Content, s string) error
	clean   func(c *Content, clean func(string) string)
	canon   func(c *Content) any
	decode  func(c *Content, raw json.RawMessage) error
}

// Fields are the content's fields in the order of the import table and
// of the canonical encoding.
var Fields = []Field{
	refField("ref", "Ref", "Reference", []string{"Referens", "Nr"}),
	enumField("kind", "Typ", "Kind", nil, func(c *Content) *Kind { return &c.Kind }, ParseKind, "kind_unknown"),
	textField("registry_number", FieldText, "Diarienummer", "Registry number", []string{"Dnr"}, func(c *Content) *string { return &c.RegistryNumber }).max(MaxRegistryNumber).later(),
	textField("title", FieldText, "Titel", "Title", []string{"Rubrik"}, func(c *Content) *string { return &c.Title }).max(MaxTitle),
	textField("summary", FieldLongText, "Sammanfattning", "Summary", nil, func(c *Content) *string { return &c.Summary }).lines(4),
	textField("description", FieldLongText, "Beskrivning", "Description", nil, func(c *Content) *string { return &c.Description }).lines(8),
	textField("rationale", FieldLongText, "Motivering", "Rationale", nil, func(c *Content) *string { return &c.Rationale }).lines(6),
	evidenceField("evidence", "Evidens", "Evidence", []string{"Underlag"}).lines(6),
	listField("risk_factors", "Riskfaktorer", "Risk factors", nil, func(c *Content) *[]string { return &c.RiskFactors }).lines(5),
	listField("protective_factors", "Skyddsfaktorer", "Protective factors", nil, func(c *Content) *[]string { return &c.ProtectiveFactors }).lines(5),
	problemAreasField("problem_areas", "Preventionsstjärnan", "Problem areas", []string{"Problemområden"}),
	enumField("prevention_level", "Preventionsnivå", "Prevention level", nil, func(c *Content) *PreventionLevel { return &c.PreventionLevel }, ParsePreventionLevel, "prevention_level_unknown"),
	textField("target_group", FieldText, "Målgrupp", "Target group", nil, func(c *Content) *string { return &c.TargetGroup }),
	textField("responsible", FieldText, "Ansvarig", "Responsible", nil, func(c *Content) *string { return &c.Responsible }),
	listField("partners", "Samverkansparter", "Partners", nil, func(c *Content) *[]string { return &c.Partners }).lines(5),
	dateField("start", "Start", "Start", nil, func(c *Content) *Date { return &c.Start }),
	dateField("end", "Slut", "End", nil, func(c *Content) *Date { return &c.End }),
	moneyField("cost", "Kostnad", "Cost", []string{"Kostnad (kr)"}),
	textField("funding", FieldLongText, "Finansiering", "Funding", nil, func(c *Content) *string { return &c.Funding }).lines(3),
}

// lines returns f with Lines set to n.
func (f Field) lines(n int) Field {
	f.Lines = n
	return f
}

// max returns f with Max set to n.
func (f Field) max(n int) Field {
	f.Max = n
	return f
}

// later returns f marked Later.
func (f Field) later() Field {
	f.Later = true
	return f
}

// FieldNames are the names of Fields, in order.
var FieldNames = func() []string {
	out := make([]string, len(Fields))
	for i, f := range Fields {
		out[i] = f.Name
	}
	return out
}()

// FieldByName returns the field of that JSON name.
func FieldByName(name string) (Field, bool) {
	for _, f := range Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// Headers returns every header the import accepts for the field: the
// Swedish one first, then the English one and the aliases.
func (f Field) Headers() []string {
	out := []string{f.Header}
	if f.English != f.Header {
		out = append(out, f.English)
	}
	return append(out, f.Aliases...)
}

// LabelKey is the key of the field's name in the message catalogues.
func (f Field) LabelKey() string { return "field." + f.Name }

// Label returns the field's name in l, as documents show it.
func (f Field) Label(l Language) string { return label(l, f.LabelKey()) }

// Copy sets the field of dst to its value in src.
func (f Field) Copy(dst, src *Content) { f.ops.copy(dst, src) }

// Empty tells whether the field has no value in c.
func (f Field) Empty(c *Content) bool { return f.ops.empty(c) }

// Cell writes the field as the export's cell holds it, in Swedish: a list
// an item a line, a value of an enumeration by its name, a date as
// 2027-03-01, an amount as 1250000,5. Parse reads it back.
func (f Field) Cell(c *Content) string { return f.ops.cell(c) }

// Display writes the field as a document shows it, in l: free text as
// it is, a list an item a line, the points of the star after one another,
// a value of an enumeration by its name, an amount the Swedish way.
func (f Field) Display(c *Content, l Language) string { return f.ops.display(c, l) }

// Parse reads the field from text as people write it in a cell: lists
// split on ";" and lines, values by code or name, dates and amounts by
// ParseDate and ParseMoney. An empty kind follows the ref, so the ref is
// parsed first. The error is an *Error, or Errors for several values.
func (f Field) Parse(c *Content, s string) error { return f.ops.parse(c, s) }

// JSON returns the field's value in c as the canonical encoding holds
// it: a list as a JSON array, [] when empty.
func (f Field) JSON(c *Content) []byte { return canonicalValue(f, c) }

// SetJSON sets the field in c from its JSON as JSON writes it; a list
// that is empty or null is nil.
func (f Field) SetJSON(c *Content, raw []byte) error { return f.ops.decode(c, raw) }

// Value returns the field's value in c, of the Go type of its Content
// field.
func (f Field) Value(c *Content) any { return f.ops.get(c) }

// Set sets the field in c to v, which must be of the Go type of its
// Content field.
func (f Field) Set(c *Content, v any) { f.ops.set(c, v) }

// ParseItems sets a list from items already split (a JSON array): free
// text as it is, values of an enumeration by code or name.
func (f Field) ParseItems(c *Content, items []string) error {
	if f.ops.items == nil {
		return f.Parse(c, strings.Join(items, "\n"))
	}
	return f.ops.items(c, items)
}
