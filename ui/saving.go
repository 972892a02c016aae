package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// saveWith runs write with run, off the UI goroutine, while b is disabled
// and says "Sparar …", so the window shows that it is saving and the user
// cannot save twice. Then, on the UI goroutine, b gets its text back and is
// enabled again, and done is told write's error; done may disable b again.
// A nil run runs write at once.
func saveWith(run async.Runner, b *widgets.Button, write func() error, done func(error)) {
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

// moveProposal moves proposal id to another state with move (the store's
// MarkReady or Withdraw) off the UI goroutine, b saying
// "Sparar …" meanwhile, then shows the proposals as they are now, or why
// the move was refused.
func (w *MainWindow) moveProposal(b *widgets.Button, move func(context.Context, int64) (model.Proposal, error), id int64) {
	ctx := w.writeCtx()
	saveWith(w.background, b, func() error {
		_, err := move(ctx, id)
		return err
	}, func(err error) {
		w.updateActions()
		if err != nil {
			w.showError(err)
			return
		}
		w.Reload()
	})
}
