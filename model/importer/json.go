package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
)

// The JSON format (README): {"format_version": 1, "proposals": [{…}]},
// each proposal with the fields of model.Content by their JSON names.
// Values may be codes or Swedish or English names ("Våld", "universell"),
// lists may also be one text split as in a spreadsheet cell, evidence
// items may also be lines as the CSV writes them, and the cost a text
// such as "1 250 000 kr". An export reads back: its extra fields are
// ignored.

// ignoredFields are the fields an export adds, read without a warning.
var ignoredFields = map[string]bool{
	"status": true, "revision": true, "fingerprint": true, "decisions": true,
	"exported_at": true, "programme": true,
}

// member is one name and value of a JSON object, in the file's order.
type member struct {
	key string
	raw json.RawMessage
}

// readJSON reads a JSON file. Row is a proposal's index from 1 and Column
// its field, so a wrong value is reported where it is.
func readJSON(data []byte, c *collector) []Record {
	if line := mixedEncoding(data); line > 0 {
		c.fail(0, "", "mixed_encoding_json", line)
		return nil
	}
	data = decodeText(data)
	if err := json.Unmarshal(data, new(json.RawMessage)); err != nil {
		jsonSyntax(data, err, c)
		return nil
	}
	if !duplicateKeys(data, c) {
		return nil
	}
	top := members(data)
	if top == nil {
		c.fail(0, "", "json_not_object")
		return nil
	}
	var version, proposals json.RawMessage
	for _, m := range top {
		switch {
		case m.key == "format_version":
			version = m.raw
		case m.key == "proposals":
			proposals = m.raw
		case !ignoredFields[m.key]:
			c.warn(0, m.key, "unknown_field")
		}
	}
	switch v, err := strconv.Atoi(string(version)); {
	case version == nil:
		c.fail(0, "format_version", "json_version_missing")
		return nil
	case err != nil || v < 1:
		c.fail(0, "format_version", "json_version_invalid", snippet(version))
		return nil
	case v > FormatVersion:
		c.fail(0, "format_version", "json_version_newer", v, FormatVersion)
		return nil
	}
	if proposals == nil {
		c.fail(0, "proposals", "json_proposals_missing")
		return nil
	}
	var list []json.RawMessage
	if err := json.Unmarshal(proposals, &list); err != nil || bytes.HasPrefix(proposals, []byte("null")) {
		c.fail(0, "proposals", "json_want_list", snippet(proposals))
		return nil
	}
	var out []Record
	for i, raw := range list {
		if r, ok := jsonRecord(i+1, raw, c); ok {
			out = append(out, r)
		}
	}
	if len(list) == 0 {
		c.warn(0, "proposals", "no_rows")
	}
	return out
}

// members decodes a valid JSON value, if it is an object, into its
// members in order; nil when it is not an object.
func members(data []byte) []member {
	d := json.NewDecoder(bytes.NewReader(data))
	if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	out := []member{}
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := d.Decode(&raw); err != nil {
			return out
		}
		out = append(out, member{key, raw})
	}
	return out
}

// jsonSyntax reports a syntax error at its line and character: text after
// the end of the object as such, anything else with the decoder's words.
func jsonSyntax(data []byte, err error, c *collector) {
	offset := int64(len(data))
	var se *json.SyntaxError
	if errors.As(err, &se) {
		offset = se.Offset
	}
	d := json.NewDecoder(bytes.NewReader(data))
	if d.Decode(new(json.RawMessage)) == nil {
		if end := d.InputOffset(); end <= offset {
			skip := bytes.TrimLeft(data[end:], " \t\r\n")
			line, _ := position(data, int64(len(data)-len(skip)))
			c.fail(0, "", "json_trailing", line)
			return
		}
	}
	line, col := position(data, offset)
	c.fail(0, "", "json_syntax", line, col, errText(err))
}

// position returns the line and the character (from 1) of a byte offset.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, max(col, 1)
}

// snippet shows a JSON value in a message, shortened.
func snippet(raw json.RawMessage) string {
	s := strings.Join(strings.Fields(string(raw)), " ")
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:37]) + "…"
	}
	if s == "" {
		s = "null"
	}
	return s
}

// jsonRecord reads proposal n.
func jsonRecord(n int, raw json.RawMessage, c *collector) (Record, bool) {
	before := c.startRecord()
	fields := members(raw)
	if fields == nil {
		c.fail(n, "", "json_want_object", snippet(raw))
		return Record{}, false
	}
	var content model.Content
	kind := ""
	seen := map[string]bool{}
	for _, m := range fields {
		seen[m.key] = true
		p := jsonField{c: c, row: n, key: m.key, raw: m.raw}
		f, ok := model.FieldByName(m.key)
		var err error
		text := ""
		switch {
		case !ok:
			if !ignoredFields[m.key] {
				c.warn(n, m.key, "unknown_field")
			}
		case f.Kind == model.FieldRef:
			err = f.Parse(&content, p.text(true))
		case f.Identity:
			kind = p.text(false) // read once the ref is known
		case f.Kind == model.FieldList || f.Kind == model.FieldEnumList:
			err = f.ParseItems(&content, p.list())
		case f.Kind == model.FieldEvidence:
			f.Set(&content, p.evidence())
		case f.Kind == model.FieldMoney:
			f.Set(&content, p.cost())
		default:
			text = p.text(false)
			err = f.Parse(&content, text)
		}
		for _, e := range valueErrors(err, text) {
			c.failErr(n, m.key, e)
		}
	}
	for _, f := range model.Fields {
		if f.Identity && f.Kind != model.FieldRef {
			for _, e := range valueErrors(f.Parse(&content, kind), kind) {
				c.failErr(n, f.Name, e)
			}
		}
	}
	content = content.Normalize()
	validate(c, n, content, func(field string) string { return field })
	if c.nErrs > before {
		return Record{}, false
	}
	headers := make(map[string]string, len(seen))
	for key := range seen {
		headers[key] = key
	}
	return Record{Content: content, File: c.file, Row: n, headers: headers}, true
}
