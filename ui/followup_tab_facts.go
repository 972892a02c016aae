package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// followUpFacts shows a follow-up's status, progress, responsible and
// review date as text, to a user who may not change them: the grey of a
// disabled field is hard to read, on a projector most of all.
type followUpFacts struct {
	content                               fyne.CanvasObject
	status, progress, responsible, review *widget.Label
	bar                                   *widget.ProgressBar
}

func newFollowUpFacts() *followUpFacts {
	x := &followUpFacts{status: widget.NewLabel(""), progress: widget.NewLabel(""),
		responsible: widget.NewLabel(""), review: widget.NewLabel(""), bar: widget.NewProgressBar()}
	x.responsible.Wrapping = fyne.TextWrapWord
	x.bar.Max = 100
	x.content = followUpForm(x.status, container.NewHBox(x.progress, progressBar(x.bar)), x.responsible, x.review)
	return x
}

// show writes f's facts; what is not set is a dash.
func (x *followUpFacts) show(f model.FollowUp) {
	orDash := func(s string) string {
		if s == "" {
			return "–"
		}
		return s
	}
	x.status.SetText(f.Status.Label(uikit.Language()))
	x.progress.SetText(strconv.Itoa(f.Progress) + " %")
	x.bar.SetValue(float64(f.Progress))
	x.responsible.SetText(orDash(f.Responsible))
	x.review.SetText(orDash(dateText(f.ReviewDate)))
}

// followUpForm lays out the status, progress, responsible and review
// date, each beside its name.
func followUpForm(status, progress, responsible, review fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewFormLayout(),
		followUpFieldLabel("followup_tab.status"), status,
		followUpFieldLabel("followup_tab.progress"), progress,
		followUpFieldLabel("field.responsible"), responsible,
		followUpFieldLabel("followup_tab.review"), review,
	)
}

// progressBarWidth is how wide the bar beside the progress figure is.
const progressBarWidth = 220

// progressBar holds b at progressBarWidth, as high as a field, without
// the figure written beside it.
func progressBar(b *widget.ProgressBar) fyne.CanvasObject {
	b.TextFormatter = func() string { return "" }
	return container.NewGridWrap(fyne.NewSize(progressBarWidth, widget.NewEntry().MinSize().Height), b)
}
