package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/async"
)

// saveWith runs write with run, off the UI goroutine, while b is disabled
// and says "Sparar …", so the window shows that it is saving and the user
// cannot save twice. Then, on the UI goroutine, b gets its text back and is
// enabled again, and done is told write's error; done may disable b again.
// A nil run runs write at once.
func saveWith(run async.Runner, b *widget.Button, write func() error, done func(error)) {
	if run == nil {
		run = async.Now
	}
	text := b.Text
	b.SetText(lang.L("detail.saving"))
	b.Disable()
	run(func() {
		err := write()
		fyne.Do(func() {
			b.SetText(text)
			b.Enable()
			done(err)
		})
	})
}

// savingLine is a line under a dialog's buttons that says "Sparar …"
// while a save runs (start) and goes when it is done (stop).
type savingLine struct {
	*widget.Label
}

func newSavingLine() savingLine {
	l := widget.NewLabel(lang.L("detail.saving"))
	l.Importance = widget.LowImportance
	l.Hide()
	return savingLine{l}
}

func (s savingLine) start() { s.Show() }

func (s savingLine) stop() { s.Hide() }
