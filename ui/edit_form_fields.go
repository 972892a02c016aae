package ui

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// isEntry tells whether the form takes the field as typed text; the
// enumerations are chosen from their values.
func isEntry(fd model.Field) bool {
	return fd.Kind != model.FieldEnum && fd.Kind != model.FieldEnumList
}

// widget returns the input of a field.
func (f *editForm) widget(fd model.Field) fyne.CanvasObject {
	switch {
	case isEntry(fd):
		return f.entries[fd.Name]
	case fd.Kind == model.FieldEnumList:
		return f.problemAreas
	case fd.Identity:
		return f.kind
	}
	return f.preventionLevel
}

// entryText writes a field as its entry shows it: a list an item a line,
// evidence as model.ParseEvidence reads it, a date as 2027-03-01, an
// amount as 1 250 000.
func entryText(fd model.Field, c model.Content) string {
	switch v := fd.Value(&c).(type) {
	case []string:
		return strings.Join(v, "\n")
	case []model.Evidence:
		return formatEvidence(v)
	case model.Date:
		return dateText(v)
	case model.Money:
		return costText(v)
	}
	return fd.Display(&c, uikit.Language())
}

// readEntry sets a field of c from its entry's text: trimmed, a list a
// line, dates and amounts as an import reads them. The error is a
// *model.Error of the field.
func readEntry(fd model.Field, c *model.Content, s string) error {
	switch fd.Value(c).(type) {
	case []string:
		fd.Set(c, uikit.Lines(s))
	case []model.Evidence, model.Money:
		return fd.Parse(c, s)
	case model.Date:
		d, err := uikit.ParseDate(fd.Name, s)
		fd.Set(c, d)
		return err
	default:
		fd.Set(c, strings.TrimSpace(s))
	}
	return nil
}

// fill puts c into the widgets and takes it as the unchanged state.
func (f *editForm) fill(c model.Content) {
	for _, fd := range model.Fields {
		if e, ok := f.entries[fd.Name]; ok {
			e.setText(entryText(fd, c))
		}
	}
	f.kind.SetSelected(c.Kind.Label(uikit.Language()))
	var areas []string
	for _, a := range c.ProblemAreas {
		areas = append(areas, a.Label(uikit.Language()))
	}
	f.problemAreas.SetSelected(areas)
	if c.PreventionLevel == "" {
		f.preventionLevel.SetSelected(lang.L("edit.level_none"))
	} else {
		f.preventionLevel.SetSelected(c.PreventionLevel.Label(uikit.Language()))
	}
	f.saved = f.state()
}

// state is the text of every widget, to compare with what was filled.
func (f *editForm) state() string {
	parts := []string{f.kind.Selected, strings.Join(f.problemAreas.Selected, "\x1f"), f.preventionLevel.Selected}
	for _, fd := range model.Fields {
		if e, ok := f.entries[fd.Name]; ok {
			parts = append(parts, e.Text)
		}
	}
	return strings.Join(parts, "\x1e")
}

// changed tells whether the user has changed anything since the form was
// filled.
func (f *editForm) changed() bool { return f.state() != f.saved }

// content reads the widgets into a Content; a field that cannot be read
// (a date, an amount) is an error with its Field set.
func (f *editForm) content() (model.Content, error) {
	var c model.Content
	var errs model.Errors
	for _, fd := range model.Fields {
		if e, ok := f.entries[fd.Name]; ok {
			if err := readEntry(fd, &c, e.Text); err != nil {
				errs = append(errs, err.(*model.Error))
			}
		}
	}
	for _, k := range model.Kinds {
		if k.Label(uikit.Language()) == f.kind.Selected {
			c.Kind = k
		}
	}
	// The areas keep the order they had; newly ticked ones follow in the
	// order of the star.
	for _, a := range f.orig.ProblemAreas {
		if slices.Contains(f.problemAreas.Selected, a.Label(uikit.Language())) {
			c.ProblemAreas = append(c.ProblemAreas, a)
		}
	}
	for _, a := range model.ProblemAreas {
		if slices.Contains(f.problemAreas.Selected, a.Label(uikit.Language())) && !slices.Contains(c.ProblemAreas, a) {
			c.ProblemAreas = append(c.ProblemAreas, a)
		}
	}
	for _, l := range model.PreventionLevels {
		if l.Label(uikit.Language()) == f.preventionLevel.Selected {
			c.PreventionLevel = l
		}
	}
	if len(errs) > 0 {
		// Report what Validate finds too, so every fault shows at once, but
		// for the dates and the amount, which were not all read.
		var verrs model.Errors
		if errors.As(c.Validate(), &verrs) {
			for _, e := range verrs {
				if fd, _ := model.FieldByName(e.Field); fd.Kind != model.FieldDate && fd.Kind != model.FieldMoney {
					errs = append(errs, e)
				}
			}
		}
		return c, errs
	}
	return c, c.Validate()
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func kindLabels() []string {
	var out []string
	for _, k := range model.Kinds {
		out = append(out, k.Label(uikit.Language()))
	}
	return out
}

func problemAreaLabels() []string {
	var out []string
	for _, a := range model.ProblemAreas {
		out = append(out, a.Label(uikit.Language()))
	}
	return out
}

func levelLabels() []string {
	out := []string{lang.L("edit.level_none")}
	for _, l := range model.PreventionLevels {
		out = append(out, l.Label(uikit.Language()))
	}
	return out
}

func dateText(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// costText writes an amount as the form shows it: "1 250 000" or
// "1 250 000,50", with plain spaces.
func costText(m model.Money) string {
	s := strings.TrimSuffix(m.Swedish(), "\u00a0kr")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.Replace(s, "−", "-", 1)
}

// formatEvidence writes the items one a line, as model.ParseEvidence reads
// them.
func formatEvidence(es []model.Evidence) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Line(uikit.Language())
	}
	return strings.Join(out, "\n")
}
