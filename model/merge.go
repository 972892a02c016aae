package model

import "encoding/json"

// MergeContent merges two edits of the same revision field by field, as
// the edit form does when someone else saved the proposal while it was
// open: base is the revision the form was opened on, mine what the user
// has in the form, theirs the revision saved since. A field only mine
// changed keeps my value; every other field takes theirs. Clashes names,
// in FieldNames order, the fields both changed to different values: they
// keep my value, so that nothing typed is lost, and the caller shows
// theirs beside it.
func MergeContent(base, mine, theirs Content) (merged Content, clashes []string) {
	b, m, t := fieldsOf(base), fieldsOf(mine), fieldsOf(theirs)
	out := make(map[string]json.RawMessage, len(t))
	for k, v := range t {
		out[k] = v
	}
	for _, f := range FieldNames {
		k := canonicalKey(f)
		if string(m[k]) == string(b[k]) {
			continue
		}
		out[k] = m[k]
		if string(t[k]) != string(b[k]) && string(t[k]) != string(m[k]) {
			clashes = append(clashes, f)
		}
	}
	enc, err := json.Marshal(out)
	if err != nil {
		panic("model: merge: " + err.Error()) // raw JSON from Canonical: cannot fail
	}
	merged, err = DecodeCanonical(enc)
	if err != nil {
		panic("model: merge: " + err.Error()) // each field comes from a canonical encoding
	}
	return merged, clashes
}

// fieldsOf splits the canonical encoding of c into its fields.
func fieldsOf(c Content) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(Canonical(c), &m); err != nil {
		panic("model: canonical encoding: " + err.Error())
	}
	return m
}

// canonicalKey is the key of a FieldNames field in the canonical encoding.
func canonicalKey(field string) string {
	if field == "cost" {
		return "cost_ore"
	}
	return field
}
