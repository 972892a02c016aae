package model

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// MaxKronor is the largest amount, in kronor, that Money holds.
const MaxKronor = 9e13

// Money is an amount in Swedish kronor kept as whole öre. Set tells an
// amount of 0 kr from no amount at all.
type Money struct {
	Ore int64
	Set bool
}

// Kronor returns an amount of whole kronor.
func Kronor(kr int64) Money { return Money{Ore: kr * 100, Set: true} }

// MoneyFromFloat rounds kronor to the nearest öre.
func MoneyFromFloat(kr float64) (Money, error) {
	if math.IsNaN(kr) || math.IsInf(kr, 0) || math.Abs(kr) > MaxKronor {
		return Money{}, FieldError("cost", "cost_invalid", fmt.Sprint(kr))
	}
	return Money{Ore: int64(math.Round(kr * 100)), Set: true}, nil
}

// Float returns the amount in kronor.
func (m Money) Float() float64 { return float64(m.Ore) / 100 }

// Plain returns the amount as a plain decimal number, "1250000" or
// "1250000.5", and "" when not set.
func (m Money) Plain() string {
	if !m.Set {
		return ""
	}
	return strconv.FormatFloat(m.Float(), 'f', -1, 64)
}

// Swedish returns the amount the Swedish way: "1 250 000 kr" or
// "1 250 000,50 kr" (with no-break spaces), and "" when not set.
func (m Money) Swedish() string {
	if !m.Set {
		return ""
	}
	ore := m.Ore
	sign := ""
	if ore < 0 {
		sign, ore = "−", -ore
	}
	kr, rest := ore/100, ore%100
	digits := strconv.FormatInt(kr, 10)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteRune('\u00a0')
		}
		b.WriteRune(r)
	}
	s := sign + b.String()
	if rest != 0 {
		s += fmt.Sprintf(",%02d", rest)
	}
	return s + "\u00a0kr"
}

// MarshalJSON writes a number of kronor, or null when not set.
func (m Money) MarshalJSON() ([]byte, error) {
	if !m.Set {
		return []byte("null"), nil
	}
	return []byte(m.Plain()), nil
}

// UnmarshalJSON reads a number of kronor or null.
func (m *Money) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*m = Money{}
		return nil
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return FieldError("cost", "cost_invalid", string(b))
	}
	v, err := MoneyFromFloat(f)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// ParseMoney reads an amount of kronor the ways people write it: "1 250 000",
// "1 250 000,50 kr", "1250000.5", "1.250.000", "SEK 1,250,000.00", with any
// kind of space between the digits. Empty text is no amount. A negative
// amount is an error of its own.
func ParseMoney(s string) (Money, error) {
	orig := strings.TrimSpace(s)
	if orig == "" {
		return Money{}, nil
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
		return Money{}, FieldError("cost", "cost_invalid", orig)
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 14 {
		return Money{}, FieldError("cost", "cost_invalid", orig)
	}
	kr, _ := strconv.ParseInt("0"+whole, 10, 64)
	frac += "000"
	ore := kr*100 + int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	if frac[2] >= '5' {
		ore++
	}
	if float64(ore)/100 > MaxKronor {
		return Money{}, FieldError("cost", "cost_invalid", orig)
	}
	if neg && ore != 0 {
		return Money{}, FieldError("cost", "cost_negative")
	}
	return Money{Ore: ore, Set: true}, nil
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
