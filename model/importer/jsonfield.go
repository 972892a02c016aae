package importer

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// jsonField reads the value of one field of a proposal, reporting a
// value of the wrong type at the field.
type jsonField struct {
	c   *collector
	row int
	key string
	raw json.RawMessage
}

func (p jsonField) check(err error) {
	if err != nil {
		p.c.failErr(p.row, p.key, err)
	}
}

func (p jsonField) fail(key string) { p.c.fail(p.row, p.key, key, snippet(p.raw)) }

// first returns the first byte of the value: '"', '[', '{', 'n' for null,
// 't' or 'f' for a bool, or a digit or '-' for a number.
func first(raw json.RawMessage) byte {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return 'n'
	}
	return raw[0]
}

func isNumber(b byte) bool { return b == '-' || (b >= '0' && b <= '9') }

// str decodes a JSON string.
func str(raw json.RawMessage) string {
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}

// text reads a text or null; a number as written, when number is set (a
// ref written 2.3).
func (p jsonField) text(number bool) string {
	switch b := first(p.raw); {
	case b == '"':
		return str(p.raw)
	case b == 'n':
		return ""
	case number && isNumber(b):
		return string(bytes.TrimSpace(p.raw))
	}
	p.fail("json_want_string")
	return ""
}

// list reads a list of texts, or one text split as a spreadsheet cell is.
func (p jsonField) list() []string {
	switch first(p.raw) {
	case '"':
		return model.ParseList(str(p.raw))
	case 'n':
		return nil
	case '[':
		var items []json.RawMessage
		_ = json.Unmarshal(p.raw, &items)
		var out []string
		for _, it := range items {
			switch first(it) {
			case '"':
				if s := strings.TrimSpace(str(it)); s != "" {
					out = append(out, s)
				}
			case 'n':
			default:
				p.fail("json_want_texts")
				return nil
			}
		}
		return out
	}
	p.fail("json_want_texts")
	return nil
}

// evidence reads a list of items {"kind", "citation", "url"}, an item
// also as a line "Forskning: …", or the whole as one text of such lines.
func (p jsonField) evidence() []model.Evidence {
	switch first(p.raw) {
	case '"':
		return model.ParseEvidence(str(p.raw))
	case 'n':
		return nil
	case '[':
	default:
		p.fail("json_want_list")
		return nil
	}
	var items []json.RawMessage
	_ = json.Unmarshal(p.raw, &items)
	var out []model.Evidence
	for _, it := range items {
		switch first(it) {
		case '"':
			out = append(out, model.ParseEvidence(str(it))...)
			continue
		case 'n':
			continue
		case '{':
		default:
			p.c.fail(p.row, p.key, "json_want_object", snippet(it))
			continue
		}
		fields := members(it)
		e := model.Evidence{Kind: model.EvidenceOther}
		for _, m := range fields {
			q := jsonField{c: p.c, row: p.row, key: p.key + "." + m.key, raw: m.raw}
			switch m.key {
			case "kind":
				s := q.text(false)
				if k, ok := model.ParseEvidenceKind(s); ok {
					e.Kind = k
				} else if strings.TrimSpace(s) != "" {
					q.check(newValueError("evidence_kind_unknown", strings.TrimSpace(s)))
				}
			case "citation":
				e.Citation = q.text(false)
			case "url":
				e.URL = q.text(false)
			default:
				p.c.warn(p.row, q.key, "unknown_field")
			}
		}
		out = append(out, e)
	}
	return out
}

// cost reads an amount: a number of kronor, a text as in a spreadsheet
// cell, or null.
func (p jsonField) cost() model.Money {
	var m model.Money
	var err error
	switch b := first(p.raw); {
	case b == 'n':
		return m
	case b == '"':
		m, err = parseCost(str(p.raw))
	case isNumber(b):
		m, err = costFromNumber(string(bytes.TrimSpace(p.raw)))
	default:
		p.fail("json_want_number")
		return m
	}
	p.check(err)
	return m
}
