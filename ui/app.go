// Package ui is Styrgrupp's desktop interface, built with Fyne. Each screen
// is an unexported struct holding its widgets and what it needs; the whole
// is built by NewMainWindow from a fyne.App and a model.Store, so tests can
// pass test.NewTempApp and a temporary store.
package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/meeting"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// Icon is the application's icon as a Fyne resource.
var Icon = fyne.NewStaticResource("icon.png", assets.Icon)

// WindowIcon is the icon of the app's windows (assets.WindowIcon).
var WindowIcon = fyne.NewStaticResource("icon-256.png", assets.WindowIcon)

// useWindowIcon gives win WindowIcon, unless it is the app's icon: Fyne
// gives a new window the app's icon, and setting it again would decode it
// and hand it to the window system a second time before the first frame.
func useWindowIcon(a fyne.App, win fyne.Window) {
	if a.Icon() != WindowIcon {
		win.SetIcon(WindowIcon)
	}
}

// clock is the time the windows act at. NewMainWindow hands it to the
// store and the meetings window through the window's context, so what
// the window shows (a meeting that has not started, a sign-off before
// its end) and what the store checks read one clock, and tests set a
// fixed one.
var clock = time.Now

// MainWindow is the program's main window: the proposals on the left and
// the selected one on the right.
type MainWindow struct {
	app   fyne.App
	win   fyne.Window
	store model.Store
	// base is the window's context without an actor: its clock.
	base context.Context
	// ctx is the window's context for reads and writes: base with the
	// name of the member the user said they are (me), fixed when they
	// said it (setMe). It is set and read on the UI goroutine; work in
	// the background is handed a copy.
	ctx context.Context
	// me is the member the user said they are, or the zero Member.
	me model.Member
	// signedIn tells whether me is the server's word (identify): the
	// window does not ask who the user is.
	signedIn bool
	// rights is what the store lets the login do (identify); actions
	// it may not do are disabled.
	rights model.Rights
	// why says why the secretary's actions are disabled (rightsLine).
	why      *widget.Label
	tree     *proposalTree
	detail   *proposalView
	overview *overview
	meetings *meeting.Window // the meetings window, while it is open
	comments *commentsTab
	followUp *followUpTab
	// welcome takes the overview's place on a store without proposals
	// (welcome.go).
	welcome *welcome
	who     whoAmI
	// form is the edit form while it is open, so that closing the window
	// can ask about its unsaved changes.
	form *editForm
	// editBtn, readyBtn and withdrawBtn act on the shown proposal; each is
	// enabled only when the model's rules allow its move (updateActions).
	newBtn, editBtn, readyBtn, withdrawBtn *widgets.Button
	// editItem, readyItem and withdrawItem are the same in the Redigera
	// menu, enabled with them.
	editItem, readyItem, withdrawItem *fyne.MenuItem
	// readyAsk asks before a proposal that lacks what a decision rests on
	// (model.Content.DecisionGaps) is marked for decision.
	readyAsk *uikit.Confirm
	// background runs work off the UI goroutine: async.Go in the program.
	background async.Runner
	// openStore opens another store for Arkiv → Öppna, Ny databas and
	// Senaste filer; nil when the window was given none (OpenStoresWith).
	openStore StoreOpener
	// ownsStore tells whether the window closes store when it moves to
	// another one and in CloseStore.
	ownsStore bool
	// loads reads the proposals (load, Reload); a reading in the
	// background shows what it read only if it is still the latest.
	loads async.Latest
	// stopSlow stops the timer of the latest reading in the background,
	// which shows the tree's progress bar when the reading is slow.
	stopSlow func() bool
	// readAfterStart holds the first reading until the app runs and has
	// drawn the first frame: until firstFrame is closed (ReadAfterStart).
	readAfterStart bool
	// firstFrame is closed once the app runs and has drawn the window's
	// first frame; nil without ReadAfterStart (AfterFirstFrame).
	firstFrame <-chan struct{}
	// banner says that the store's server cannot be reached, while down
	// holds the error that said so (outage.go).
	banner *uikit.Banner
	down   error
	// lateBanner names the meetings whose minutes are not signed off in
	// time (signoff_banner.go).
	lateBanner *uikit.Banner
	// wake has the watch loop look at the store at once (wakeWatch).
	wake chan struct{}
}

// NewMainWindow builds the main window on the store and starts reading
// the proposals off the UI goroutine (load): the window shows at once,
// its list and overview saying "Läser …" until the proposals are shown.
func NewMainWindow(a fyne.App, s model.Store, opts ...Option) *MainWindow {
	w := &MainWindow{app: a, store: s, background: inBackground, wake: make(chan struct{}, 1)}
	for _, o := range opts {
		o(w)
	}
	// The window's clock (clock) is the store's: both read it.
	w.base = model.WithClock(context.Background(), func() time.Time { return clock() })
	w.who = whoAmI{app: a, store: s, ctx: w.base, onChosen: w.setMe}
	w.identify()
	if fontsLoading == nil {
		applyPreferences(a) // else LoadFonts has, and reads the theme's fonts
	}
	rememberStore(a.Preferences(), s.Path())
	w.win = a.NewWindow(windowTitle(s.Path()))
	useWindowIcon(a, w.win)
	waitForFonts()
	// Sized before it has content, the window lays its screens out once,
	// at that size, instead of first at their narrowest, where every
	// wrapping label breaks after each word.
	w.win.Resize(w.savedSize())
	w.build()
	w.addShortcuts()
	w.addKeyboard()
	w.win.SetOnDropped(w.onDropped)
	w.win.SetCloseIntercept(w.onClose)
	w.load()
	return w
}

// inBackground runs work off the UI goroutine; the package's tests make
// it run at once, since Fyne's test driver runs fyne.Do on the calling
// goroutine.
var inBackground async.Runner = async.Go

// Preference keys of the window's size, remembered between runs.
const (
	widthPreference  = "window_width"
	heightPreference = "window_height"
)

// savedSize returns the window's size from the last run, or one that fits
// a 1366 × 768 laptop.
func (w *MainWindow) savedSize() fyne.Size {
	p := w.app.Preferences()
	return fyne.NewSize(float32(p.FloatWithFallback(widthPreference, 1200)), float32(p.FloatWithFallback(heightPreference, 700)))
}

// onClose closes the window, which ends the app. While the edit form is
// open with unsaved changes it first asks, as the form's Avbryt does,
// whether to save them: Spara closes once the save succeeded, Släng
// closes without saving, Fortsätt redigera keeps the window and the form.
func (w *MainWindow) onClose() {
	if f := w.form; f != nil && !f.closed && f.changed() {
		f.askUnsaved(w.closeNow)
		return
	}
	w.closeNow()
}

// closeNow remembers the window's size, then closes it.
func (w *MainWindow) closeNow() {
	size := w.win.Canvas().Size()
	if size.Width >= 400 && size.Height >= 300 {
		w.app.Preferences().SetFloat(widthPreference, float64(size.Width))
		w.app.Preferences().SetFloat(heightPreference, float64(size.Height))
	}
	w.win.Close()
}

// build makes the window's screens and menu in the current language.
func (w *MainWindow) build() {
	w.detail = newProposalView(w.store, w.ctx, w.showError)
	w.comments = newCommentsTab(w.store, w.writeCtx, w.member, w.showError)
	w.detail.setCommentsTab(w.comments)
	w.followUp = newFollowUpTab(w.store, w.writeCtx, w.member, w.secretary, w.showError, w.Reload)
	w.detail.setFollowUpTab(w.followUp)
	// Read w.background at each call, so that a test may replace it.
	run := func(f func()) { w.background(f) }
	w.detail.setBackground(run)
	w.comments.setBackground(run)
	w.overview = newOverviewLoading(w.showError, w.Select)
	w.welcome = w.newWelcome()
	w.detail.setOverview(w.overview.content, w.welcome.content)
	w.tree = newProposalTree(w.onSelect, w.store, w.ctx, w.background)
	w.tree.emptyLine = welcomeListLine(w.secretary())
	w.searchKeys()
	split := container.NewHSplit(w.tree.content, topThenCenter(w.actionBar(), w.detail.content))
	split.Offset = 0.42
	w.win.SetContent(w.withBanner(split))
	w.win.SetMainMenu(w.mainMenu())
}

// switchLanguage rebuilds the window in l, keeping the proposal shown.
func (w *MainWindow) switchLanguage(l model.Language) {
	if err := SetLanguage(l); err != nil {
		w.showError(err)
		return
	}
	shown := w.detail.shown
	w.build()
	w.Reload()
	if shown.Ref != "" {
		w.Select(shown.Ref)
	}
}

// editShown edits the chosen proposal.
func (w *MainWindow) editShown() {
	if w.detail.shown.Ref == "" {
		uikit.ShowInformation(lang.L("action.edit"), lang.L("edit.no_proposal"), w.win)
		return
	}
	w.editProposal(w.detail.shown)
}

// newIntervention starts a new intervention under the chosen proposal's
// area, or a new area when nothing is chosen.
func (w *MainWindow) newIntervention() {
	p := w.detail.shown
	switch {
	case p.Ref == "":
		w.newProposal(model.KindArea, "")
	case p.Kind == model.KindArea:
		w.newProposal(model.KindIntervention, p.Ref)
	default:
		w.newProposal(model.KindIntervention, p.AreaRef())
	}
}

// showOverview leaves the chosen proposal and shows the overview.
func (w *MainWindow) showOverview() {
	w.tree.tree.UnselectAll()
	w.detail.showEmpty()
	w.updateActions()
}

// openSettings shows Inställningar.
func (w *MainWindow) openSettings() { w.showSettings() }

// showSettings shows Inställningar and returns it (nil when it could not
// be read); a change of the look there moves the ticks in Visa.
func (w *MainWindow) showSettings() *settingsDialog {
	d := showSettings(w.app, w.win, w.store, w.ctx, w.showError, w.switchLanguage, w.refreshMenu)
	if d != nil {
		if !w.secretary() {
			d.readOnlyMembers()
		}
		d.run = w.background
		d.onMember = func(m model.Member) {
			if m.ID == w.me.ID { // the user's own name changed: their writes say so
				w.setMe(m)
			}
		}
	}
	return d
}

// PreferredLanguage returns the language chosen in Inställningar, or ""
// when none has been chosen.
func PreferredLanguage(a fyne.App) model.Language {
	l, _ := model.ParseLanguage(a.Preferences().String(languagePreference))
	return l
}

func windowTitle(path string) string {
	if path == "" {
		return "Styrgrupp"
	}
	if isDemoStore(path) {
		return demoTitle(path)
	}
	return "Styrgrupp – " + storeTitle(path)
}

// useStore shows s in the window instead of the store shown now: the
// tree, the detail and the overview are built on s and the title names its
// file. The old store is closed when the window owned it; the window owns
// s from then on, as it opened it.
func (w *MainWindow) useStore(s model.Store) {
	old, owned := w.store, w.ownsStore
	w.store, w.ownsStore = s, true
	w.down = nil // the banner was about the old store's server
	w.who.store = s
	w.identify()
	if w.meetings != nil { // it works on the old store
		w.meetings.Close()
		w.meetings = nil
	}
	rememberStore(w.app.Preferences(), s.Path())
	w.win.SetTitle(windowTitle(s.Path()))
	w.build()
	w.load()
	w.wakeWatch()
	if owned && old != nil {
		if err := old.Close(); err != nil {
			fyne.LogError("styrgrupp: closing "+old.Path(), err)
		}
	}
	w.AskWhoIAmIfUnknown()  // who the user is was chosen per store
	w.ShowMigrationNotice() // on top: opening s upgraded its file (backup.go)
}

// Window returns the Fyne window.
func (w *MainWindow) Window() fyne.Window { return w.win }

// Select shows the proposal with the given ref, as if the user picked it.
func (w *MainWindow) Select(ref string) { w.tree.tree.Select(ref) }

func (w *MainWindow) onSelect(p model.Proposal) {
	w.detail.show(p) // and its comments
	w.updateActions()
}

// showError logs err and shows its message in the user's language: in
// the outage banner when the store's server cannot be reached, so that
// nothing is in the way while it is away (showOutage), else in a dialog.
func (w *MainWindow) showError(err error) {
	fyne.LogError("styrgrupp", err)
	if model.Unreachable(err) {
		w.showOutage(err)
		return
	}
	uikit.ShowErrorMessage(w.win, uikit.UserMessage(err))
}

// ShowAndRun shows the window and runs the app until it is closed,
// showing what other windows and programs change in the store meanwhile.
func (w *MainWindow) ShowAndRun() {
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	w.watchStore(ctx)
	w.win.ShowAndRun()
}
