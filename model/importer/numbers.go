package importer

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// The readers of amounts and dates, as people write them in Sweden and as
// Excel stores them.

// maxKronor is the largest amount model.MoneyFromFloat takes.
const maxKronor = 9e13

// parseCost reads an amount of kronor the ways people write it: "1 250 000",
// "1 250 000,50 kr", "1250000.5", "1.250.000", "SEK 1,250,000.00", with any
// kind of space between the digits. Empty text is no amount. A negative
// amount is an error of its own.
func parseCost(s string) (model.Money, error) {
	orig := strings.TrimSpace(s)
	if orig == "" {
		return model.Money{}, nil
	}
	t := stripCurrency(orig)
	var b strings.Builder
	for _, r := range t {
		if !unicode.IsSpace(r) && r != '\'' {
			b.WriteRune(r)
		}
	}
	t = b.String()
	neg := false
	for _, minus := range []string{"-", "−", "–"} {
		if rest, ok := strings.CutPrefix(t, minus); ok {
			t, neg = rest, true
			break
		}
	}
	if !neg {
		t = strings.TrimPrefix(t, "+")
	}
	whole, frac, ok := splitDecimal(t)
	if !ok {
		return model.Money{}, newValueError("cost_invalid", orig)
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 14 {
		return model.Money{}, newValueError("cost_invalid", orig)
	}
	kr, _ := strconv.ParseInt("0"+whole, 10, 64)
	frac += "000"
	ore := kr*100 + int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	if frac[2] >= '5' {
		ore++
	}
	if float64(ore)/100 > maxKronor {
		return model.Money{}, newValueError("cost_invalid", orig)
	}
	if neg && ore != 0 {
		return model.Money{}, newValueError("cost_negative", orig)
	}
	return model.Money{Ore: ore, Set: true}, nil
}

// stripCurrency removes "kr", "SEK", "kronor", ":-" and the like from
// either end.
func stripCurrency(s string) string {
	for {
		l := strings.ToLower(s)
		before := s
		for _, suf := range []string{"kronor", "kr.", "kr", "sek", ":-", ",-", ".-"} {
			if strings.HasSuffix(l, suf) {
				s = strings.TrimSpace(s[:len(s)-len(suf)])
				break
			}
		}
		for _, pre := range []string{"sek", "kr"} {
			if strings.HasPrefix(strings.ToLower(s), pre) {
				s = strings.TrimSpace(s[len(pre):])
				break
			}
		}
		if s == before {
			return s
		}
	}
}

// splitDecimal splits digits with "," and "." into the whole kronor and
// the decimals. With both, the last one is the decimal mark. A lone ","
// is the Swedish decimal comma; dots are thousands separators when there
// are several or when three digits follow a single one ("1.250").
func splitDecimal(t string) (whole, frac string, ok bool) {
	if t == "" || strings.Trim(t, "0123456789,.") != "" || strings.Trim(t, ",.") == "" {
		return "", "", false
	}
	commas, dots := strings.Count(t, ","), strings.Count(t, ".")
	lastComma, lastDot := strings.LastIndexByte(t, ','), strings.LastIndexByte(t, '.')
	var dec int // index of the decimal mark, -1 for none
	var sep byte
	switch {
	case commas > 0 && dots > 0:
		if lastComma > lastDot {
			dec, sep = lastComma, '.'
		} else {
			dec, sep = lastDot, ','
		}
		if strings.Count(t, string(t[dec])) > 1 {
			return "", "", false
		}
	case commas == 1 && len(t)-lastComma-1 == 3:
		// "250,000": 250 000 kr written the English way, or 250 kr with
		// three decimals? Kronor have two, so it is refused, not guessed.
		return "", "", false
	case commas == 1:
		dec = lastComma
	case commas > 1:
		dec, sep = -1, ','
	case dots == 1 && len(t)-lastDot-1 == 3 && lastDot >= 1 && lastDot <= 3:
		dec, sep = -1, '.'
	case dots == 1:
		dec = lastDot
	case dots > 1:
		dec, sep = -1, '.'
	default:
		dec = -1
	}
	whole = t
	if dec >= 0 {
		whole, frac = t[:dec], t[dec+1:]
	}
	if sep != 0 {
		groups := strings.Split(whole, string(sep))
		for i, g := range groups {
			if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return "", "", false
			}
		}
		whole = strings.Join(groups, "")
	}
	if strings.ContainsAny(whole, ",.") || strings.ContainsAny(frac, ",.") || whole+frac == "" {
		return "", "", false
	}
	return whole, frac, true
}

// costFromNumber reads an amount stored as a number: an .xlsx number cell
// or a JSON number.
func costFromNumber(raw string) (model.Money, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > maxKronor {
		return model.Money{}, newValueError("cost_invalid", raw)
	}
	if f < 0 && math.Round(f*100) != 0 {
		return model.Money{}, newValueError("cost_negative", raw)
	}
	m, _ := model.MoneyFromFloat(math.Abs(f))
	return m, nil
}

// parseDate reads a date: 2027-03-01 and 2027-3-1, 1/3/2027, 01/03/2027
// and 1.3.2027 as day/month/year, 20270301, and an ISO date with a time
// after it. A date that does not exist (2027-02-30) is an error of its
// own.
func parseDate(s string) (model.Date, error) {
	orig := strings.TrimSpace(s)
	if orig == "" {
		return model.Date{}, nil
	}
	t := orig
	if i := strings.IndexAny(t, "T "); i >= 8 && strings.Trim(t[i+1:], "0123456789:.,+-Z ") == "" {
		t = t[:i]
	}
	var y, m, d string
	if len(t) == 8 && strings.Trim(t, "0123456789") == "" {
		y, m, d = t[:4], t[4:6], t[6:]
	} else {
		i := strings.IndexAny(t, "-/.")
		if i < 0 {
			return model.Date{}, newValueError("date_invalid", orig)
		}
		parts := strings.Split(t, t[i:i+1])
		if len(parts) != 3 {
			return model.Date{}, newValueError("date_invalid", orig)
		}
		switch {
		case len(parts[0]) == 4:
			y, m, d = parts[0], parts[1], parts[2]
		case len(parts[2]) == 4:
			d, m, y = parts[0], parts[1], parts[2]
		default:
			return model.Date{}, newValueError("date_invalid", orig)
		}
	}
	if !digits(y, 4, 4) || !digits(m, 1, 2) || !digits(d, 1, 2) {
		return model.Date{}, newValueError("date_invalid", orig)
	}
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	if yy < 1000 || mm < 1 || mm > 12 || dd < 1 || dd > daysIn(yy, time.Month(mm)) {
		return model.Date{}, newValueError("date_impossible", orig)
	}
	return model.NewDate(yy, time.Month(mm), dd), nil
}

func digits(s string, lo, hi int) bool {
	return len(s) >= lo && len(s) <= hi && strings.Trim(s, "0123456789") == ""
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

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
