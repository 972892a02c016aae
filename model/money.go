package model

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

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
	if math.IsNaN(kr) || math.IsInf(kr, 0) || math.Abs(kr) > 9e13 {
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
