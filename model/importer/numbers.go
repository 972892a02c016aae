package importer

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// The readers of amounts and dates: model's readers of what people write,
// with the import's messages, and Excel's numbers and date serials.

// parseCost reads an amount by model.ParseMoney; its error names the text.
func parseCost(s string) (model.Money, error) {
	m, err := model.ParseMoney(s)
	return m, asValueError(err, s)
}

// parseDate reads a date by model.ParseDate; its error names the text.
func parseDate(s string) (model.Date, error) {
	d, err := model.ParseDate(s)
	return d, asValueError(err, s)
}

// asValueError gives a model reader's error the import's message, which
// quotes the value the error names, or else the text as written.
func asValueError(err error, text string) error {
	var e *model.Error
	if !errors.As(err, &e) {
		return err
	}
	if len(e.Args) > 0 {
		return newValueError(e.Key, e.Args...)
	}
	return newValueError(e.Key, strings.TrimSpace(text))
}

// valueErrors splits an error of model.Field.Parse into one value error
// for each value that could not be read.
func valueErrors(err error, text string) []error {
	if err == nil {
		return nil
	}
	var es model.Errors
	if errors.As(err, &es) {
		out := make([]error, len(es))
		for i, e := range es {
			out[i] = asValueError(e, text)
		}
		return out
	}
	return []error{asValueError(err, text)}
}

// costFromNumber reads an amount stored as a number: an .xlsx number cell
// or a JSON number.
func costFromNumber(raw string) (model.Money, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > model.MaxKronor {
		return model.Money{}, newValueError("cost_invalid", raw)
	}
	if f < 0 && math.Round(f*100) != 0 {
		return model.Money{}, newValueError("cost_negative", raw)
	}
	m, _ := model.MoneyFromFloat(math.Abs(f))
	return m, nil
}

// dateFromSerial reads an .xlsx number cell as Excel's date serial; the
// time of day, if any, is dropped.
func dateFromSerial(raw string, date1904 bool) (model.Date, error) {
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsNaN(f) || f < 1 || f > 2958465 {
		return model.Date{}, newValueError("date_invalid", raw)
	}
	t, err := excelize.ExcelDateToTime(f, date1904)
	if err != nil {
		return model.Date{}, newValueError("date_invalid", raw)
	}
	return model.DateOf(t), nil
}

// refFromNumber writes an .xlsx number cell's value as a ref: 2.3 (stored
// as 2.2999999999999998) as "2.3".
func refFromNumber(raw string) string {
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return raw
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
