package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The readers of lists and evidence as people write them in a cell or in
// the edit form, shared by the import and the form.

// ParseList splits a list cell on ";" and line breaks, trims the items,
// drops a leading bullet ("•", "-", "*") and empty items.
func ParseList(s string) []string {
	var out []string
	for _, item := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' }) {
		if item = trimBullet(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// trimBullet trims space and a list bullet followed by a space.
func trimBullet(s string) string {
	s = strings.TrimSpace(s)
	for _, b := range []string{"•", "◦", "▪", "·", "–", "-", "*"} {
		if rest, ok := strings.CutPrefix(s, b); ok && rest != "" && unicode.IsSpace([]rune(rest)[0]) {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// ParseEvidence reads evidence as a cell or the form holds it: one item a line; within a line a
// ";" starts a new item only where a known prefix ("Rapport: …") follows
// it, so a citation may hold a ";" of its own.
func ParseEvidence(s string) []Evidence {
	var out []Evidence
	for _, line := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		start := 0
		for i := 0; i < len(line); i++ {
			if line[i] == ';' {
				if _, _, ok := evidencePrefix(line[i+1:]); ok {
					out = appendEvidence(out, line[start:i])
					start = i + 1
				}
			}
		}
		out = appendEvidence(out, line[start:])
	}
	return out
}

func appendEvidence(out []Evidence, s string) []Evidence {
	if s = trimBullet(s); s == "" {
		return out
	}
	return append(out, evidenceItem(s))
}

// evidencePrefix reads a leading "Forskning:" (or any name or code of an
// evidence kind, in Swedish or English) and returns the kind and the rest.
func evidencePrefix(s string) (EvidenceKind, string, bool) {
	s = strings.TrimSpace(s)
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 {
		return "", s, false
	}
	k, ok := ParseEvidenceKind(s[:i])
	if !ok {
		return "", s, false
	}
	return k, s[i+1:], true
}

// evidenceItem reads one item: "Kind: citation https://…" as the
// export writes it, the link also in ( ) or < >. Without a known prefix
// the item is of kind other and the whole text is its citation.
func evidenceItem(s string) Evidence {
	kind, rest, ok := evidencePrefix(s)
	if !ok {
		kind = EvidenceOther
	}
	rest = strings.TrimSpace(rest)
	e := Evidence{Kind: kind, Citation: rest}
	i := strings.LastIndexFunc(rest, unicode.IsSpace)
	link := rest
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(rest[i:])
		link = rest[i+n:]
	}
	if t := strings.TrimRight(link, ".,;"); len(t) > 2 {
		for _, p := range []string{"()", "<>", "[]"} {
			if t[0] == p[0] && t[len(t)-1] == p[1] {
				link = t[1 : len(t)-1]
				break
			}
		}
	}
	if !isURL(link) {
		return e
	}
	citation := ""
	if i >= 0 {
		citation = strings.TrimRight(strings.TrimSpace(rest[:i]), " ,–—-")
	}
	if citation == "" {
		return e // only a link: it is the citation
	}
	e.Citation, e.URL = citation, link
	return e
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") && len(l) > 8) || (strings.HasPrefix(l, "http://") && len(l) > 7)
}

// Line writes the item as ParseEvidence reads it back: "Forskning:
// citation link", the kind named in l.
func (e Evidence) Line(l Language) string {
	s := e.Kind.Label(l) + ": " + e.Citation
	if e.URL != "" {
		s += " " + e.URL
	}
	return s
}
