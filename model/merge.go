package model

// MergeContent merges two edits of the same revision field by field, as
// the edit form does when someone else saved the proposal while it was
// open: base is the revision the form was opened on, mine what the user
// has in the form, theirs the revision saved since. A field only mine
// changed keeps my value; every other field takes theirs. Clashes names,
// in FieldNames order, the fields both changed to different values: they
// keep my value, so that nothing typed is lost, and the caller shows
// theirs beside it.
func MergeContent(base, mine, theirs Content) (merged Content, clashes []string) {
	b, m, t := canonicalForm(base), canonicalForm(mine), canonicalForm(theirs)
	merged = t
	for _, f := range Fields {
		bv, mv, tv := string(canonicalValue(f, b)), string(canonicalValue(f, m)), string(canonicalValue(f, t))
		if mv == bv {
			continue
		}
		f.Copy(&merged, m)
		if tv != bv && tv != mv {
			clashes = append(clashes, f.Name)
		}
	}
	return merged, clashes
}
