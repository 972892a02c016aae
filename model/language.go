package model

// Language is a user-interface language, as an ISO 639-1 code.
type Language string

// The languages Styrgrupp speaks; Swedish is the default.
const (
	Swedish Language = "sv"
	English Language = "en"
)

// ParseLanguage returns the language for a code such as "sv", "en",
// "sv_SE.UTF-8" or "en-GB", and false when it is neither.
func ParseLanguage(s string) (Language, bool) {
	if len(s) >= 2 {
		switch s[:2] {
		case "sv", "SV", "Sv":
			return Swedish, true
		case "en", "EN", "En":
			return English, true
		}
	}
	return "", false
}
