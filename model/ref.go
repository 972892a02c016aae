package model

import (
	"strconv"
	"strings"
)

// Ref is a proposal's reference: one positive number for an area ("2"),
// two dot-separated ones for an intervention in it ("2.3"). Its methods
// are the only place that reads a ref's parts; Content keeps the ref as a
// string.
type Ref string

// ParseRef reads a ref as people write it: in NFC, trimmed, "2." as 2 and
// "2,3" (a number Swedish Excel wrote) as 2.3. Whatever else it is, it is
// returned trimmed for Valid (and Content.Validate) to judge.
func ParseRef(s string) Ref {
	r := Ref(strings.TrimSpace(NFC(s)))
	if t := Ref(strings.TrimSuffix(string(r), ".")); t != r && t.Valid() {
		return t
	}
	if t := Ref(strings.Replace(string(r), ",", ".", 1)); t != r && t.Valid() {
		return t
	}
	return r
}

// RefQuery tells whether a search looks like a ref or the start of one
// ("1", "1.4", "1.4.") and returns it without the trailing dot.
func RefQuery(q string) (Ref, bool) {
	t := strings.TrimSuffix(q, ".")
	if t == "" {
		return "", false
	}
	for _, p := range strings.Split(t, ".") {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return "", false
		}
	}
	return Ref(t), true
}

// Valid tells whether r is one or two dot-separated positive numbers
// written without leading zeros.
func (r Ref) Valid() bool {
	parts := strings.Split(string(r), ".")
	if len(parts) > 2 {
		return false
	}
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || strconv.Itoa(n) != p {
			return false
		}
	}
	return true
}

// IsArea tells whether r names an area, that is, has no dot.
func (r Ref) IsArea() bool { return !strings.Contains(string(r), ".") }

// Kind returns the kind r implies: an area or an intervention.
func (r Ref) Kind() Kind {
	if r.IsArea() {
		return KindArea
	}
	return KindIntervention
}

// Area returns the ref of the area an intervention's ref belongs to ("2"
// for "2.3"), and "" for an area's ref.
func (r Ref) Area() Ref {
	if i := strings.LastIndexByte(string(r), '.'); i > 0 {
		return r[:i]
	}
	return ""
}

// ChildPrefix is what the ref of everything under r starts with: "2." for
// the interventions of area 2.
func (r Ref) ChildPrefix() string { return string(r) + "." }

// Covers tells whether s is r or lies under it: area 1 covers 1 and 1.4.
func (r Ref) Covers(s Ref) bool { return s == r || strings.HasPrefix(string(s), r.ChildPrefix()) }

// Compare orders refs numerically, part by part: 2 < 2.1 < 2.9 < 2.10 <
// 10. Parts that are not numbers compare as text.
func (r Ref) Compare(s Ref) int {
	pa, pb := strings.Split(string(r), "."), strings.Split(string(s), ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, errA := strconv.Atoi(pa[i])
		nb, errB := strconv.Atoi(pb[i])
		switch {
		case errA != nil || errB != nil:
			if c := strings.Compare(pa[i], pb[i]); c != 0 {
				return c
			}
		case na != nb:
			if na < nb {
				return -1
			}
			return 1
		}
	}
	return len(pa) - len(pb)
}

// NextRef returns the next free ref given the refs taken: one above the
// highest area when area is "", else one above the highest intervention
// of area.
func NextRef(area Ref, taken []Ref) Ref {
	highest := 0
	for _, r := range taken {
		var last string
		switch {
		case area == "" && r.IsArea():
			last = string(r)
		case area != "" && !r.IsArea() && r.Area() == area:
			last = string(r[len(area)+1:])
		default:
			continue
		}
		if n, err := strconv.Atoi(last); err == nil && n > highest {
			highest = n
		}
	}
	next := Ref(strconv.Itoa(highest + 1))
	if area == "" {
		return next
	}
	return Ref(area.ChildPrefix()) + next
}

// ValidRef tells whether ref is valid (Ref.Valid).
func ValidRef(ref string) bool { return Ref(ref).Valid() }

// KindFromRef tells the kind a ref implies (Ref.Kind): "2" an area, "2.3"
// an intervention.
func KindFromRef(ref string) Kind { return Ref(ref).Kind() }

// CompareRefs orders refs as Ref.Compare does.
func CompareRefs(a, b string) int { return Ref(a).Compare(Ref(b)) }
