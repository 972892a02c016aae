package sqlstore

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// A proposal's content is stored one column a field of model.Fields:
// text and codes as text, lists as JSON arrays, dates as ISO text and the
// cost in öre or NULL.

// SHA256Hex is the hex SHA-256 of b.
func SHA256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// ContentColumn is the column of proposals that holds f: its key in the
// canonical encoding, but a date's is name_date ("end" is a word of SQL).
func ContentColumn(f model.Field) string {
	if f.Kind == model.FieldDate {
		return f.Name + "_date"
	}
	return f.Key
}

// ContentCols are the content columns of proposals, in the order of
// ContentArgs and of contentRow.dest.
var ContentCols = func() string {
	cols := make([]string, len(model.Fields))
	for i, f := range model.Fields {
		cols[i] = ContentColumn(f)
	}
	return strings.Join(cols, ", ")
}()

// contentColsOf is ContentCols, each column qualified by the table alias.
func contentColsOf(alias string) string {
	cols := make([]string, len(model.Fields))
	for i, f := range model.Fields {
		cols[i] = alias + "." + ContentColumn(f)
	}
	return strings.Join(cols, ", ")
}

// ContentArgs returns c's values for contentCols.
func ContentArgs(c model.Content) []any {
	args := make([]any, len(model.Fields))
	for i, f := range model.Fields {
		switch v := f.Value(&c); x := v.(type) {
		case string:
			args[i] = v
		case model.Kind:
			args[i] = string(x)
		case model.PreventionLevel:
			args[i] = string(x)
		case model.Date:
			args[i] = x.String()
		case model.Money:
			if x.Set {
				args[i] = x.Ore
			}
		default:
			args[i] = string(f.JSON(&c))
		}
	}
	return args
}

// ContentRow holds a proposal's content columns as scanned, before they
// are decoded: cost the cost column, text every other.
type ContentRow struct {
	text []string
	cost sql.NullInt64
	c    model.Content // as far as content could read it
}

// Dest returns the scan destinations for id followed by contentCols.
func (r *ContentRow) Dest(id *int64) []any {
	r.text = make([]string, len(model.Fields))
	out := []any{id}
	for i, f := range model.Fields {
		if f.Kind == model.FieldMoney {
			out = append(out, &r.cost)
		} else {
			out = append(out, &r.text[i])
		}
	}
	return out
}

// Content decodes the scanned columns. It reads as far as it can, so a
// damaged column still leaves the others filled in.
func (r *ContentRow) Content() (model.Content, error) {
	var c model.Content
	var errs []error
	for i, f := range model.Fields {
		s := r.text[i]
		switch f.Value(&c).(type) {
		case string:
			f.Set(&c, s)
		case model.Kind:
			f.Set(&c, model.Kind(s))
		case model.PreventionLevel:
			f.Set(&c, model.PreventionLevel(s))
		case model.Date:
			d, err := ParseDate(s)
			f.Set(&c, d)
			errs = append(errs, err)
		case model.Money:
			f.Set(&c, model.Money{Ore: r.cost.Int64, Set: r.cost.Valid})
		default:
			if err := f.SetJSON(&c, []byte(s)); err != nil {
				errs = append(errs, fmt.Errorf("store: stored list: %w", err))
			}
		}
	}
	r.c = c
	return c, errors.Join(errs...)
}

// ContentParams are the placeholders $1 … $n for ContentArgs.
var ContentParams = func() string {
	ps := make([]string, len(model.Fields))
	for i := range ps {
		ps[i] = fmt.Sprintf("$%d", i+1)
	}
	return strings.Join(ps, ",")
}()
