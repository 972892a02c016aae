package importer

import (
	"bytes"
	"encoding/json"
)

// jsonFrame is an object or a list being walked by duplicateKeys.
type jsonFrame struct {
	object bool
	keys   map[string]bool
	key    bool   // the next token is a key
	last   string // the last key
	items  int    // a list's items so far
}

// duplicateKeys reports every key that is in an object twice (a decoder
// would keep the last value and drop the first without a word), at the
// proposal and field it is in and its line in the file. data is valid
// JSON.
func duplicateKeys(data []byte, c *collector) bool {
	d := json.NewDecoder(bytes.NewReader(data))
	var stack []*jsonFrame
	ok := true
	for {
		tok, err := d.Token()
		if err != nil {
			return ok
		}
		n := len(stack)
		var top *jsonFrame
		if n > 0 {
			top = stack[n-1]
		}
		if k, isKey := tok.(string); isKey && top != nil && top.object && top.key {
			if top.keys[k] {
				line, _ := position(data, d.InputOffset())
				row, column := jsonPlace(stack, k)
				c.fail(row, column, "json_duplicate_field", line)
				ok = false
			}
			top.keys[k], top.key, top.last = true, false, k
			continue
		}
		if top != nil && !top.object && tok != json.Delim(']') {
			top.items++
			if n == 2 && stack[0].object && stack[0].last == "proposals" && top.items > maxRows {
				c.fail(top.items, "", "json_too_many_proposals", maxRows)
				return false
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &jsonFrame{object: true, keys: map[string]bool{}, key: true})
		case json.Delim('['):
			stack = append(stack, &jsonFrame{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:n-1]
			if n > 1 && stack[n-2].object {
				stack[n-2].key = true
			}
		default:
			if top != nil && top.object {
				top.key = true
			}
		}
	}
}

// jsonPlace is where key of the innermost object of stack is, as the
// other JSON problems are placed: a proposal's index as the row, its
// field (evidence.kind within an evidence item) as the column.
func jsonPlace(stack []*jsonFrame, key string) (row int, column string) {
	if len(stack) < 3 || stack[0].last != "proposals" || stack[1].object {
		return 0, key
	}
	column = key
	if len(stack) > 3 {
		column = stack[2].last + "." + key
	}
	return stack[1].items, column
}
