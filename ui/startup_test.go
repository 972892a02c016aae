package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// startupWait waits up to a second for ch to close and tells whether it
// did.
func startupWait(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	case <-time.After(time.Second):
		return false
	}
}

// With ReadAfterStart, what AfterFirstFrame is given waits until the app
// runs and has drawn the window's first frame; without it, it runs at
// once.
func TestStartupAfterFirstFrameWaitsForTheFirstFrame(t *testing.T) {
	base := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	a := startingApp{App: base, lifecycle: &startingLifecycle{Lifecycle: base.Lifecycle()}}
	oldBackground := inBackground
	inBackground = func(func()) {} // the held first reading is not the test's
	t.Cleanup(func() { inBackground = oldBackground })

	w := NewMainWindow(a, demoStore(t), ReadAfterStart())
	ran := make(chan struct{})
	w.AfterFirstFrame(func() { close(ran) })
	select {
	case <-ran:
		t.Fatal("AfterFirstFrame ran before the app started")
	case <-time.After(100 * time.Millisecond):
	}
	a.lifecycle.started()
	if !startupWait(ran) {
		t.Fatal("AfterFirstFrame did not run once the app had started")
	}

	plain := NewMainWindow(testapp.New(t), demoStore(t))
	now := false
	plain.AfterFirstFrame(func() { now = true })
	if !now {
		t.Error("without ReadAfterStart AfterFirstFrame did not run at once")
	}
}

// LoadFonts applies the theme the preferences ask for before it reads the
// fonts off the UI goroutine, and the windows wait for that reading.
func TestStartupLoadFontsAppliesTheThemeAndEnds(t *testing.T) {
	a := testapp.New(t)
	a.Preferences().SetString(themePreference, themeDark)
	t.Cleanup(func() { fontsLoading = nil })
	LoadFonts(a)
	done := make(chan struct{})
	go func() {
		waitForFonts()
		close(done)
	}()
	if !startupWait(done) {
		t.Fatal("waitForFonts did not return after LoadFonts")
	}
	th, ok := a.Settings().Theme().(*appTheme)
	if !ok || th.variant == nil || *th.variant != theme.VariantDark {
		t.Errorf("after LoadFonts the theme is %#v, want the app's theme in its dark variant", a.Settings().Theme())
	}
}

// The window builds neither the welcome nor the proposal's tabs into its
// first frame on a store with proposals: the tabs join the pane when the
// first proposal is shown, the welcome on a store without any.
func TestStartupBuildsHiddenScreensWhenFirstShown(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := syncWindow(a, demoStore(t))
	if w.detail.tabsPlaced() {
		t.Error("the proposal's tabs are in the pane before a proposal is shown")
	}
	if w.welcome.start != nil || len(w.welcome.content.Objects) != 0 {
		t.Error("the welcome was built on a store with proposals")
	}
	refs := w.tree.childUIDs("")
	if len(refs) == 0 {
		t.Fatal("the demo store shows no proposals")
	}
	w.Select(refs[0])
	if !w.detail.tabsPlaced() || !w.detail.tabs.Visible() {
		t.Fatalf("after choosing %s the tabs are placed %v, visible %v", refs[0], w.detail.tabsPlaced(), w.detail.tabs.Visible())
	}
	if got := labelsOf(w.detail.content); !testapp.Contains(got, w.detail.shown.Content.Title) {
		t.Errorf("the pane shows %q, not the chosen proposal's title %q", got, w.detail.shown.Content.Title)
	}
}

// startupIconWindow counts the icons set on a window.
type startupIconWindow struct {
	fyne.Window
	set int
}

func (w *startupIconWindow) SetIcon(r fyne.Resource) {
	w.set++
	w.Window.SetIcon(r)
}

// startupIconApp is an app whose icon the test sets (Fyne's test app keeps
// none).
type startupIconApp struct {
	fyne.App
	icon fyne.Resource
}

func (a startupIconApp) Icon() fyne.Resource { return a.icon }

// A window gets WindowIcon once: from the app when it is the app's icon
// (Fyne gives it to every new window), else set on the window.
func TestStartupWindowIconIsSetOnce(t *testing.T) {
	a := testapp.New(t)
	bare := &startupIconWindow{Window: a.NewWindow("")}
	useWindowIcon(a, bare)
	if bare.set != 1 {
		t.Errorf("in an app without an icon the window's icon was set %d times, want once", bare.set)
	}
	withApp := &startupIconWindow{Window: a.NewWindow("")}
	useWindowIcon(startupIconApp{App: a, icon: WindowIcon}, withApp)
	if withApp.set != 0 {
		t.Errorf("the app's icon was set on its window again (%d times)", withApp.set)
	}
}
