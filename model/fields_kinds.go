package model

import (
	"encoding/json"
	"slices"
	"strings"
)

// The constructors of Fields, one for each kind of field: each knows how
// its kind is read, written, normalised and encoded.

// baseOps are the functions every field has, given its address in Content
// and how two values of it compare as the canonical encoding does.
func baseOps[T any](at func(*Content) *T, empty func(T) bool, equal func(a, b T) bool) fieldOps {
	return fieldOps{
		get:   func(c *Content) any { return *at(c) },
		set:   func(c *Content, v any) { *at(c) = v.(T) },
		copy:  func(dst, src *Content) { *at(dst) = *at(src) },
		empty: func(c *Content) bool { return empty(*at(c)) },
		canon: func(c *Content) any { return at(c) }, // a pointer encodes as its value, unboxed
		equal: func(a, b *Content) bool { return equal(*at(a), *at(b)) },
		decode: func(c *Content, raw json.RawMessage) error {
			return json.Unmarshal(raw, at(c))
		},
	}
}

func isEmpty[T comparable](v T) bool { var zero T; return v == zero }

func same[T comparable](a, b T) bool { return a == b }

func refField(name, sv, en string, aliases []string) Field {
	at := func(c *Content) *string { return &c.Ref }
	ops := baseOps(at, isEmpty[string], same[string])
	ops.cell = func(c *Content) string { return c.Ref }
	ops.display = func(c *Content, _ Language) string { return c.Ref }
	ops.parse = func(c *Content, s string) error { c.Ref = string(ParseRef(s)); return nil }
	ops.clean = func(c *Content, clean func(string) string) { c.Ref = clean(c.Ref) }
	return Field{Name: name, Key: name, Header: sv, English: en, Aliases: aliases, Kind: FieldRef, Identity: true, ops: ops}
}

// enumField is one value of an enumeration; unknown is the message key of
// a name it does not know. The kind's empty text follows the ref.
func enumField[T interface {
	~string
	Label(Language) string
}](name, sv, en string, aliases []string, at func(*Content) *T, parse func(string) (T, bool), unknown string) Field {
	ops := baseOps(at, isEmpty[T], same[T])
	ops.display = func(c *Content, l Language) string {
		if v := *at(c); v != "" {
			return v.Label(l)
		}
		return ""
	}
	ops.cell = func(c *Content) string { return ops.display(c, Swedish) }
	ops.parse = func(c *Content, s string) error {
		var zero T
		*at(c) = zero
		if k, ok := any(at(c)).(*Kind); ok {
			*k = Ref(c.Ref).Kind()
		}
		if strings.TrimSpace(s) == "" {
			return nil
		}
		v, ok := parse(s)
		if !ok {
			return FieldError(name, unknown, strings.TrimSpace(s))
		}
		*at(c) = v
		return nil
	}
	return Field{Name: name, Key: name, Header: sv, English: en, Aliases: aliases, Kind: FieldEnum, Identity: isKind[T](), ops: ops}
}

// isKind tells whether T is Kind, the enumeration that follows the ref.
func isKind[T any]() bool {
	var v T
	_, ok := any(v).(Kind)
	return ok
}

func textField(name string, kind FieldKind, sv, en string, aliases []string, at func(*Content) *string) Field {
	ops := baseOps(at, isEmpty[string], same[string])
	ops.cell = func(c *Content) string { return *at(c) }
	ops.display = func(c *Content, _ Language) string { return *at(c) }
	ops.parse = func(c *Content, s string) error { *at(c) = s; return nil }
	ops.clean = func(c *Content, clean func(string) string) { *at(c) = clean(*at(c)) }
	ops.text = at
	return Field{Name: name, Key: name, Header: sv, English: en, Aliases: aliases, Kind: kind, ops: ops}
}

func emptyList[T any](v []T) bool { return len(v) == 0 }

// emptyJSONList is how the canonical encoding writes a list without items.
var emptyJSONList = json.RawMessage("[]")

// listOps are the functions of a list: never null in the encoding.
func listOps[T comparable](at func(*Content) *[]T) fieldOps {
	ops := baseOps(at, emptyList[T], slices.Equal[[]T])
	ops.canon = func(c *Content) any {
		if v := at(c); *v != nil {
			return v
		}
		return &emptyJSONList
	}
	ops.decode = func(c *Content, raw json.RawMessage) error {
		var v []T
		err := json.Unmarshal(raw, &v)
		if len(v) == 0 {
			v = nil
		}
		*at(c) = v
		return err
	}
	return ops
}

func listField(name, sv, en string, aliases []string, at func(*Content) *[]string) Field {
	ops := listOps(at)
	ops.cell = func(c *Content) string { return strings.Join(*at(c), "\n") }
	ops.display = func(c *Content, _ Language) string { return ops.cell(c) }
	ops.parse = func(c *Content, s string) error { *at(c) = ParseList(s); return nil }
	ops.items = func(c *Content, items []string) error { *at(c) = items; return nil }
	ops.clean = func(c *Content, clean func(string) string) { *at(c) = cleanList(*at(c), clean) }
	ops.list = at
	return Field{Name: name, Key: name, Header: sv, English: en, Aliases: aliases, Kind: FieldList, ops: ops}
}

func problemAreasField(name, sv, en string, aliases []string) Field {
	at := func(c *Content) *[]ProblemArea { return &c.ProblemAreas }
	ops := listOps(at)
	names := func(c *Content, l Language) []string {
		out := make([]string, len(c.ProblemAreas))
		for i, a := range c.ProblemAreas {
			out[i] = a.Label(l)
		}
		return out
	}
	ops.cell = func(c *Content) string { return strings.Join(names(c, Swedish), "\n") }
	ops.display = func(c *Content, l Language) string { return strings.Join(names(c, l), ", ") }
	// The items are read by code or name, dropping repeats; each unknown
	// one is an error.
	ops.items = func(c *Content, items []string) error {
		var out []ProblemArea
		var errs Errors
		for _, s := range items {
			p, ok := ParseProblemArea(s)
			switch {
			case !ok:
				errs = append(errs, FieldError(name, "problem_area_unknown", strings.TrimSpace(s)))
			case !slices.Contains(out, p):
				out = append(out, p)
			}
		}
		c.ProblemAreas = out
		return errs.Err()
	}
	ops.parse = func(c *Content, s string) error { return ops.items(c, ParseList(s)) }
	// The star's points go in the star's order; unknown codes, which
	// Validate refuses, after them.
	ops.clean = func(c *Content, _ func(string) string) {
		in := c.ProblemAreas
		c.ProblemAreas = nil
		for _, p := range ProblemAreas {
			if slices.Contains(in, p) {
				c.ProblemAreas = append(c.ProblemAreas, p)
			}
		}
		for _, p := range in {
			if !slices.Contains(ProblemAreas, p) && !slices.Contains(c.ProblemAreas, p) {
				c.ProblemAreas = append(c.ProblemAreas, p)
			}
		}
	}
	return Field{Name: name, Key: name, Header: sv, English: en, Aliases: aliases, Kind: FieldEnumList, ops: ops}
}

func evidenceField(name, sv, en string, aliases []string) Field {
	at := func(c *Content) *[]Evidence { return &c.Evidence }
	ops := listOps(at)
	ops.display = func(c *Content, l Language) string {
		lines := make([]string, len(c.Evidence))
		for i, e := range c.Evidence {
			lines[i] = e.Line(l)
		}
		return strings.Join(lines, "\n")
	}
	ops.cell = func(c *Content) string { return ops.display(c, Swedish) }
	ops.parse = func(c *Content, s string) error { c.Evidence = ParseEvidence(s); return nil }
	// An item with neither citation nor link is dropped.
	ops.clean = func(c *Content, clean func(string) string) {
		in := c.Evidence
		c.Evidence = nil
		for _, e := range in {
			e.Citation, e.URL = clean(e.Citation), clean(e.URL)
			if e.Citation != "" || e.URL != "" {
				c.Evidence = append(c.Evidence, e)
			}
		}
	}
	return Field{Name: name, Key: name, Header: sv, English: en, Aliases: aliases, Kind: FieldEvidence, ops: ops}
}

func dateField(name, sv, en string, aliases []string, at func(*Content) *Date) Field {
	ops := baseOps(at, Date.IsZero, same[Date])
	ops.cell = func(c *Content) string { return at(c).String() }
	ops.display = func(c *Content, _ Language) string { return at(c).String() }
	ops.parse = func(c *Content, s string) error {
		d, err := ParseDate(s)
		if err != nil {
			e := err.(*Error)
			return FieldError(name, e.Key, e.Args...)
		}
		*at(c) = d
		return nil
	}
	ops.canon = func(c *Content) any { return at(c).String() }
	ops.decode = func(c *Content, raw json.RawMessage) error {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		d, err := ParseISODate(s)
		*at(c) = d
		return err
	}
	return Field{Name: name, Key: name, Header: sv, English: en, Aliases: aliases, Kind: FieldDate, ops: ops}
}

func moneyField(name, sv, en string, aliases []string) Field {
	at := func(c *Content) *Money { return &c.Cost }
	ops := baseOps(at, func(m Money) bool { return !m.Set }, func(a, b Money) bool { return a.Set == b.Set && (!a.Set || a.Ore == b.Ore) })
	ops.cell = func(c *Content) string { return strings.ReplaceAll(c.Cost.Plain(), ".", ",") }
	ops.display = func(c *Content, _ Language) string { return c.Cost.Swedish() }
	ops.parse = func(c *Content, s string) error {
		m, err := ParseMoney(s)
		c.Cost = m
		return err
	}
	ops.canon = func(c *Content) any {
		if !c.Cost.Set {
			return (*int64)(nil)
		}
		return &c.Cost.Ore
	}
	ops.decode = func(c *Content, raw json.RawMessage) error {
		var ore *int64
		if err := json.Unmarshal(raw, &ore); err != nil {
			return err
		}
		c.Cost = Money{}
		if ore != nil {
			c.Cost = Money{Ore: *ore, Set: true}
		}
		return nil
	}
	return Field{Name: name, Key: name + "_ore", Header: sv, English: en, Aliases: aliases, Kind: FieldMoney, ops: ops}
}
