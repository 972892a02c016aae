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
// quotes the text as written.
func asValueError(err error, text string) error {
	var e *model.Error
	if !errors.As(err, &e) {
		return err
	}
	return newValueError(e.Key, strings.TrimSpace(text))
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
