package model

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// MinutesChange is one difference between frozen minutes and the same
// meeting read again from a store: which table and row it is in, as the
// store names them, and which field.
type MinutesChange struct {
	// Table is meetings, attendees, items, decisions, sign_offs, members
	// or revisions (the refs).
	Table string
	// Row is the id of the row where it has one (meeting, item,
	// decision, member), 0 otherwise.
	Row int64
	// Section is the § of an item or decision that changed, 0 otherwise.
	Section int
	// Field is the path of the field inside the row, e.g. "Text" or
	// "Reservations[0].Text"; "" when the row as a whole is added or gone.
	Field string
}

// String names the change in a report: "decisions rad 4 (§ 3): Text".
func (c MinutesChange) String() string {
	s := c.Table
	if c.Row != 0 {
		s += " rad " + strconv.FormatInt(c.Row, 10)
	}
	if c.Section != 0 {
		s += fmt.Sprintf(" (§ %d)", c.Section)
	}
	if c.Field != "" {
		s += ": " + c.Field
	}
	return s
}

// Changes returns where now differs from f, once per table, row and
// field, fields in alphabetical order; none when they are the same.
func (f FrozenMinutes) Changes(now FrozenMinutes) []MinutesChange {
	var a, b any
	if json.Unmarshal(f.Canonical(), &a) != nil || json.Unmarshal(now.Canonical(), &b) != nil {
		return []MinutesChange{{Table: "meetings", Row: f.Meeting.ID}}
	}
	var paths [][]string
	diffJSON(a, b, nil, &paths)
	seen := map[MinutesChange]bool{}
	var out []MinutesChange
	for _, p := range paths {
		c := f.place(p)
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// place tells which table and row the field at path p belongs to.
func (f FrozenMinutes) place(p []string) MinutesChange {
	m := f.Meeting
	at := func(i int) (int, bool) {
		if len(p) <= i {
			return 0, false
		}
		n, err := strconv.Atoi(p[i])
		return n, err == nil
	}
	switch {
	case len(p) >= 2 && p[0] == "Meeting" && p[1] == "Items":
		i, ok := at(2)
		if !ok || i >= len(m.Items) {
			return MinutesChange{Table: "items", Field: fieldPath(p[1:])}
		}
		it := m.Items[i]
		if len(p) > 3 && p[3] == "Decision" && it.Decision != nil {
			return MinutesChange{Table: "decisions", Row: it.Decision.ID, Section: it.Number, Field: fieldPath(p[4:])}
		}
		return MinutesChange{Table: "items", Row: it.ID, Section: it.Number, Field: fieldPath(p[3:])}
	case len(p) >= 2 && p[0] == "Meeting" && p[1] == "Attendees":
		return MinutesChange{Table: "attendees", Field: fieldPath(p[1:])}
	case len(p) >= 2 && p[0] == "Meeting" && p[1] == "SignOffs":
		return MinutesChange{Table: "sign_offs", Field: fieldPath(p[1:])}
	case len(p) >= 1 && p[0] == "Members":
		if i, ok := at(1); ok && i < len(f.Members) {
			return MinutesChange{Table: "members", Row: f.Members[i].ID, Field: fieldPath(p[2:])}
		}
		return MinutesChange{Table: "members", Field: fieldPath(p)}
	case len(p) >= 1 && p[0] == "Refs":
		return MinutesChange{Table: "revisions", Field: fieldPath(p)}
	case len(p) >= 1 && p[0] == "Meeting":
		return MinutesChange{Table: "meetings", Row: m.ID, Field: fieldPath(p[1:])}
	}
	return MinutesChange{Table: "meetings", Row: m.ID, Field: fieldPath(p)}
}

// fieldPath writes a path as Go would name the field: Reservations[0].Text.
func fieldPath(p []string) string {
	var b strings.Builder
	for _, s := range p {
		if _, err := strconv.Atoi(s); err == nil {
			b.WriteString("[" + s + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s)
	}
	return b.String()
}

// diffJSON appends to out the path of every value in which decoded JSON a
// and b differ; a list of another length is one difference, at the list.
func diffJSON(a, b any, path []string, out *[][]string) {
	switch av := a.(type) {
	case map[string]any:
		bv, ok := b.(map[string]any)
		if !ok {
			break
		}
		keys := map[string]bool{}
		for k := range av {
			keys[k] = true
		}
		for k := range bv {
			keys[k] = true
		}
		for _, k := range slices.Sorted(maps.Keys(keys)) {
			diffJSON(av[k], bv[k], append(path[:len(path):len(path)], k), out)
		}
		return
	case []any:
		bv, ok := b.([]any)
		if !ok || len(av) != len(bv) {
			break
		}
		for i := range av {
			diffJSON(av[i], bv[i], append(path[:len(path):len(path)], strconv.Itoa(i)), out)
		}
		return
	}
	if !reflect.DeepEqual(a, b) {
		*out = append(*out, path)
	}
}
