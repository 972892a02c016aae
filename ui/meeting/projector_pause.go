package meeting

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// projectorPause is the projector's pause view, switched with P in either
// window: the meeting's title and the time (hh:mm), put over the item,
// which the room no longer sees. The time is shown anew each minute,
// while the view is up.
type projectorPause struct {
	p       *projector
	content fyne.CanvasObject
	title   *widget.Label
	word    *widget.Label // Paus
	clock   *canvas.Text
	// quit ends the goroutine that shows the time each minute; nil while
	// the view is down.
	quit chan struct{}
}

// pauseClockSize is the clock's height in the pause view: read across
// the room, as a wall clock.
const pauseClockSize = 160

func newProjectorPause(p *projector) *projectorPause {
	v := &projectorPause{p: p}
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	v.title.SizeName = theme.SizeNameHeadingText
	v.title.Wrapping = fyne.TextWrapWord
	v.word = widget.NewLabelWithStyle(lang.L("projector.paused"), fyne.TextAlignCenter, fyne.TextStyle{})
	v.word.SizeName = theme.SizeNameSubHeadingText
	v.clock = canvas.NewText("", color.Black)
	v.clock.TextSize = pauseClockSize
	v.clock.TextStyle = fyne.TextStyle{Bold: true}
	v.clock.Alignment = fyne.TextAlignCenter
	v.content = container.NewVBox(layout.NewSpacer(), v.title, v.clock, v.word, layout.NewSpacer())
	v.content.Hide()
	return v
}

// shown tells whether the pause view is up.
func (v *projectorPause) shown() bool { return v.content.Visible() }

// toggle puts the pause view up over the item, or takes it down.
func (v *projectorPause) toggle() {
	if v.shown() {
		v.stop()
		v.content.Hide()
		v.p.item.Show()
		return
	}
	v.p.item.Hide()
	v.showTime()
	v.content.Show()
	v.start()
}

// showTime shows the time now, on the windows' clock (model.Now), in the
// room's time zone.
func (v *projectorPause) showTime() {
	m := v.p.host
	th := &projectorTheme{app: m.app, least: projectorWindowSizes}
	v.clock.Color = th.Color(theme.ColorNameForeground, m.app.Settings().ThemeVariant())
	v.clock.Text = model.Now(m.ctx()).Local().Format("15:04")
	v.clock.Refresh()
}

// start shows the time anew at the turn of each minute, through fyne.Do,
// until stop.
func (v *projectorPause) start() {
	v.stop()
	quit := make(chan struct{})
	v.quit = quit
	after := v.p.host.proj.after
	if after == nil {
		after = time.After
	}
	go func() {
		for {
			now := time.Now()
			select {
			case <-quit:
				return
			case <-after(now.Truncate(time.Minute).Add(time.Minute).Sub(now)):
				fyne.Do(func() {
					// Stopped meanwhile? Asked of the channel, not of
					// v.quit: the test driver runs this off the UI
					// goroutine.
					select {
					case <-quit:
					default:
						v.showTime()
					}
				})
			}
		}
	}()
}

// stop ends the clock's goroutine, when it runs.
func (v *projectorPause) stop() {
	if v.quit != nil {
		close(v.quit)
		v.quit = nil
	}
}
