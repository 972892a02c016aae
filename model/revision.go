package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
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
	for _, f := range Fields {
		if f.ops.clean != nil {
			f.ops.clean(&n, clean)
		}
	}
	return n
}

// canonicalVersion is the encoding's scheme, written as "v".
const canonicalVersion = 1

// Canonical returns the canonical encoding of the content: its canonical
// form (canonicalForm; for normalised content, the content itself) as
// JSON with fields in a fixed order and every field present, but a field
// marked Later only when it has a value. The
// encoding is stable across versions of this program; change it only with
// a new fingerprint scheme.
func Canonical(c Content) []byte {
	n := canonicalForm(c)
	var b bytes.Buffer
	b.Grow(1024)
	b.WriteString(`{"v":`)
	b.WriteString(strconv.Itoa(canonicalVersion))
	enc := json.NewEncoder(&b) // escapes as json.Marshal does
	for _, f := range Fields {
		if f.Later && f.ops.empty(&n) {
			continue
		}
		b.WriteString(`,"`)
		b.WriteString(f.Key)
		b.WriteString(`":`)
		if err := enc.Encode(f.ops.canon(&n)); err != nil {
			panic("model: canonical encoding: " + err.Error()) // only plain types: cannot fail
		}
		b.Truncate(b.Len() - 1) // the newline Encode ends with
	}
	b.WriteByte('}')
	return b.Bytes()
}

// canonicalValue is the JSON of f's value in c, as the canonical encoding
// holds it.
func canonicalValue(f Field, c *Content) []byte {
	v, err := json.Marshal(f.ops.canon(c))
	if err != nil {
		panic("model: canonical encoding: " + err.Error()) // only plain types: cannot fail
	}
	return v
}

// DecodeCanonical is the inverse of Canonical: it reads a canonical
// encoding back into content in its canonical form, with empty lists as
// nil, and the text as it was stored, so that DecodeCanonical(Canonical(c))
// equals c.Normalize() for content stored since invisible characters are
// dropped, and its fingerprint holds for content stored before. An encoding of
// another scheme, or one whose dates do not parse, is an error.
func DecodeCanonical(b []byte) (Content, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return Content{}, fmt.Errorf("model: canonical encoding: %w", err)
	}
	var v int
	if err := json.Unmarshal(m["v"], &v); err != nil || v != canonicalVersion {
		return Content{}, fmt.Errorf("model: canonical encoding: scheme %s, want %d", m["v"], canonicalVersion)
	}
	var c Content
	for _, f := range Fields {
		if raw, ok := m[f.Key]; ok {
			if err := f.ops.decode(&c, raw); err != nil {
				return Content{}, fmt.Errorf("model: canonical encoding: %s: %w", f.Key, err)
			}
		}
	}
	// canonicalForm turns the encoding's empty lists back into nil.
	return canonicalForm(c), nil
}

// Fingerprint returns the hex SHA-256 of the canonical encoding.
func Fingerprint(c Content) string {
	_, fp := CanonicalWithFingerprint(c)
	return fp
}

// CanonicalWithFingerprint returns the canonical encoding and its
// fingerprint, for a store that keeps both, encoding once.
func CanonicalWithFingerprint(c Content) (body []byte, fingerprint string) {
	body = Canonical(c)
	sum := sha256.Sum256(body)
	return body, hex.EncodeToString(sum[:])
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
	a, b := canonicalForm(c), canonicalForm(d)
	var out []string
	for _, f := range Fields {
		if !f.ops.equal(&a, &b) {
			out = append(out, f.Name)
		}
	}
	return out
}

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
		if f.ops.equal(&m, &b) {
			continue
		}
		f.Copy(&merged, &m)
		if !f.ops.equal(&t, &b) && !f.ops.equal(&t, &m) {
			clashes = append(clashes, f.Name)
		}
	}
	return merged, clashes
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
