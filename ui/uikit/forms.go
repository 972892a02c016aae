package uikit

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// Problem is a field a form could not read, said in the user's words.
type Problem string

// Error is the problem in the user's words.
func (p Problem) Error() string { return string(p) }

// UserMessage is what a dialog says of err: a form's own Problem as it
// is, anything else by the model's message in the user's language.
func UserMessage(err error) string {
	if p, ok := err.(Problem); ok {
		return string(p)
	}
	return model.ErrorMessage(err, current)
}

// ErrorLabel returns a hidden label for a form's message about what it
// could not take: red, wrapping.
func ErrorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// Lines returns the non-empty lines of s, trimmed.
func Lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// ParseDate reads a date typed in a form's field as an import does
// (model.ParseDate), as an error of that field when it cannot.
func ParseDate(field, s string) (model.Date, error) {
	d, err := model.ParseDate(s)
	var e *model.Error
	if errors.As(err, &e) {
		return model.Date{}, model.FieldError(field, e.Key, e.Args...)
	}
	return d, err
}

// EnableIf enables w when on, and disables it otherwise.
func EnableIf(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// ShowIf shows o when on, and hides it otherwise.
func ShowIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
