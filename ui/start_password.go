package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// passwordFirst is the small window that asks for a server login's
// password before there is a main window: the program started from its
// icon with --store postgres://… whose password neither the URL nor the
// password file gives, and no terminal to ask on.
type passwordFirst struct {
	app   fyne.App
	win   fyne.Window
	url   string
	asked error
	open  StoreOpener
	build func(model.Store) *MainWindow
	// main is the main window once the store is open; stop ends its
	// watching of the store.
	main    *MainWindow
	stop    func()
	entry   *widgets.Entry
	message *widget.Label
	connect *widget.Button
	// background runs the connecting off the UI goroutine.
	background func(func())
}

// AskPasswordFirst shows a window that asks for the password of the
// login in url, as asked (the server's "password required") says, opens
// the store with open when it is given (asking again when it is wrong),
// builds the main window on it with build, shows it and closes itself;
// Avbryt quits. It runs the app until it quits and returns the main
// window, or nil when none was built.
func AskPasswordFirst(a fyne.App, url string, asked error, open StoreOpener, build func(model.Store) *MainWindow) *MainWindow {
	p := newPasswordFirst(a, url, asked, open, build, inBackground)
	p.win.Show()
	a.Run()
	if p.stop != nil {
		p.stop()
	}
	return p.main
}

func newPasswordFirst(a fyne.App, url string, asked error, open StoreOpener, build func(model.Store) *MainWindow, background func(func())) *passwordFirst {
	p := &passwordFirst{app: a, url: url, asked: asked, open: open, build: build, background: background}
	p.win = a.NewWindow(lang.L("password.title") + " – " + pgurl.Label(url))
	useWindowIcon(a, p.win)
	waitForFonts()
	p.buildUI()
	p.win.Resize(fyne.NewSize(520, 280))
	p.win.CenterOnScreen()
	return p
}

func (p *passwordFirst) buildUI() {
	var form fyne.CanvasObject
	form, p.entry, p.message = passwordForm(p.asked, "", p.tryPassword)
	p.connect = widget.NewButton(lang.L("connect.do"), func() { p.tryPassword(p.entry.Text) })
	p.connect.Importance = widget.HighImportance
	buttons := container.NewHBox(widget.NewButton(lang.L("Cancel"), p.app.Quit), p.connect)
	p.win.SetContent(container.NewPadded(container.NewBorder(nil, container.NewBorder(nil, nil, nil, buttons), nil, nil, form)))
	p.win.Canvas().Focus(p.entry)
}

// tryPassword opens the store with password in the background; a wrong
// one is said under the field, anything else too, in words.
func (p *passwordFirst) tryPassword(password string) {
	p.connect.Disable()
	p.message.Hide()
	url := pgurl.WithPassword(p.url, password)
	p.background(func() {
		s, err := p.open(url)
		fyne.Do(func() {
			p.connect.Enable()
			if err != nil {
				p.message.SetText(uikit.UserMessage(err))
				p.message.Show()
				p.entry.SetText("")
				p.win.Canvas().Focus(p.entry)
				return
			}
			p.main = p.build(s)
			ctx, stop := context.WithCancel(context.Background())
			p.main.watchStore(ctx)
			p.stop = stop
			p.main.win.Show()
			p.win.Close()
		})
	})
}
