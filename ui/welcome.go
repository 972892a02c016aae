package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// welcome is what the right pane shows on a store without proposals, in
// place of the overview: the three ways to start (import the team's
// file, write a new proposal, look at the demo programme), or, for a
// member of a shared store, who cannot add proposals, that nothing has
// been added yet.
type welcome struct {
	// content is hidden and empty until the welcome is first shown
	// (fillWelcome): a store with proposals never builds what it says.
	content *fyne.Container
	// start holds the three ways in; nothing the member's line.
	start, nothing fyne.CanvasObject

	importBtn, newBtn, demoBtn *widgets.Button
}

// newWelcome makes the welcome's place in the right pane, hidden until
// showWelcome; what it says is built when it is first shown
// (fillWelcome).
func (w *MainWindow) newWelcome() *welcome {
	c := container.NewStack()
	c.Hide()
	return &welcome{content: c}
}

// fillWelcome builds the welcome, once, with the window's own actions
// behind its buttons: Arkiv → Importera, the toolbar's + Ny, and the demo
// store beside the user's (openDemo).
func (w *MainWindow) fillWelcome() {
	wl := w.welcome
	if wl.start != nil {
		return
	}
	*wl = welcome{
		content:   wl.content,
		importBtn: widgets.NewButtonWithIcon(lang.L("welcome.import"), theme.DownloadIcon(), w.openImport),
		newBtn:    widgets.NewButtonWithIcon(lang.L("welcome.new"), theme.ContentAddIcon(), w.newIntervention),
		demoBtn:   widgets.NewButtonWithIcon(lang.L("welcome.demo"), theme.MediaPlayIcon(), w.openDemo),
	}
	wl.importBtn.Importance = widget.HighImportance
	wl.importBtn.Alignment = widget.ButtonAlignLeading
	wl.newBtn.Alignment = widget.ButtonAlignLeading
	wl.demoBtn.Alignment = widget.ButtonAlignLeading
	title := widget.NewLabelWithStyle(lang.L("welcome.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	drop := welcomeText(lang.L("welcome.drop"), widget.MediumImportance)
	drop.TextStyle.Italic = true
	wl.start = container.NewVBox(
		welcomeText(lang.L("welcome.intro"), widget.MediumImportance),
		wl.importBtn,
		welcomeText(lang.L("welcome.import_hint"), widget.MediumImportance),
		drop,
		wl.newBtn,
		welcomeText(lang.L("welcome.new_hint"), widget.MediumImportance),
		wl.demoBtn,
		welcomeText(lang.L("welcome.demo_hint"), widget.MediumImportance),
	)
	wl.nothing = container.NewVBox(
		welcomeText(lang.L("welcome.nothing"), widget.MediumImportance),
		welcomeText(lang.L("welcome.nothing_hint"), widget.MediumImportance),
	)
	wl.content.Objects = []fyne.CanvasObject{container.NewVScroll(container.NewPadded(container.NewVBox(title, wl.start, wl.nothing)))}
	wl.offerDemo(w.openStore != nil)
}

// offerDemo enables Öppna demoprogrammet when the window can move to
// another store (OpenStoresWith); a welcome not yet built asks when it is
// (fillWelcome).
func (wl *welcome) offerDemo(on bool) {
	if wl != nil && wl.demoBtn != nil {
		uikit.EnableIf(wl.demoBtn, on)
	}
}

// welcomeText is a line of the welcome, wrapped to the pane's width.
func welcomeText(s string, i widget.Importance) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = i
	return l
}

// showWelcome shows the welcome instead of the overview and the line
// that invites a choice in the list when empty (the store holds no
// proposals), and the overview again when not. The three ways in are
// the secretary's: another login is told that nothing has been added.
func (w *MainWindow) showWelcome(empty bool) {
	if w.welcome == nil || !empty && w.welcome.start == nil {
		return
	}
	w.fillWelcome()
	sec := w.secretary()
	uikit.ShowIf(w.welcome.start, sec)
	uikit.ShowIf(w.welcome.nothing, !sec)
	if empty {
		w.welcome.content.Show()
		w.welcome.content.Refresh() // a container shown is not laid out by itself
		w.overview.content.Hide()
		w.detail.empty.Hide()
	} else {
		w.welcome.content.Hide()
		w.overview.content.Show()
		w.detail.empty.Show()
	}
}

// welcomeListLine is what the list's heading says on a store without
// proposals, the welcome in one line: the three ways in for the
// secretary, that nothing has been added for another login.
func welcomeListLine(secretary bool) string {
	if secretary {
		return lang.L("welcome.list_line")
	}
	return lang.L("welcome.nothing")
}
