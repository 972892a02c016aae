package ui

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// unreachable is the error a shared store gives when its server does not
// answer.
func unreachable() error {
	return model.Errorf(model.EUnavailable, "store_unreachable", "db.kommun.se", "anslutningen nekades")
}

// outageWindow is a window in Swedish on a fake store whose server goes
// away when down is set: then reading the proposals and the Version
// fails as a shared store's do. looks and reads get a signal at each
// Version and at each reading of the proposals that succeeded.
func outageWindow(t *testing.T) (w *MainWindow, f *fakeStore, down *atomic.Bool, looks, reads chan struct{}) {
	t.Helper()
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	f = newFakeStore()
	down = new(atomic.Bool)
	looks, reads = make(chan struct{}, 1), make(chan struct{}, 1)
	f.VersionFn = func(context.Context) (int64, bool, error) {
		defer signal(looks)
		if down.Load() {
			return 0, false, unreachable()
		}
		return 1, true, nil
	}
	w = NewMainWindow(testapp.New(t), f)
	w.Select("1")
	f.ProposalsFn = func(context.Context, model.ProposalFilter) ([]model.Proposal, error) {
		if down.Load() {
			return nil, unreachable()
		}
		defer signal(reads)
		return f.proposals, nil
	}
	return w, f, down, looks, reads
}

// wantBanner checks that the banner says which server, what failed and
// what to do, and that no dialog is in the way.
func wantBanner(t *testing.T, w *MainWindow) {
	t.Helper()
	if !w.banner.Shown() {
		t.Fatal("no banner")
	}
	for _, want := range []string{"db.kommun.se", "anslutningen nekades", "försöker ansluta på nytt"} {
		if !strings.Contains(w.banner.Text(), want) {
			t.Errorf("the banner says %q, without %q", w.banner.Text(), want)
		}
	}
	if !contains(labels(w.win), "db.kommun.se") {
		t.Error("the window does not show the banner's text")
	}
	if w.banner.Content.Size().Height == 0 {
		t.Error("the banner is given no room in the window")
	}
}

// When the server cannot be reached the window says so in the banner,
// not in a dialog, and keeps what it shows.
func TestAnUnreachableServerShowsInTheBannerAndTheScreenStays(t *testing.T) {
	w, _, down, _, _ := outageWindow(t)
	if w.banner.Shown() {
		t.Fatal("a banner before any outage")
	}
	down.Store(true)
	w.Reload()
	wantBanner(t, w)
	if top := topOverlay(w); top != nil {
		t.Errorf("a dialog is in the way: %q", texts(top))
	}
	if _, ok := w.tree.byRef["1"]; !ok || w.detail.shown.Ref != "1" {
		t.Errorf("what was shown went: tree %v, shown %q", w.tree.byRef, w.detail.shown.Ref)
	}
}

// The window tries the store again by itself; once it answers, the
// banner goes and the window reads the store again.
func TestTheBannerGoesWhenTheServerAnswersAgain(t *testing.T) {
	quickLooks(t)
	w, f, down, looks, reads := outageWindow(t)
	f.proposals = append(f.proposals, model.Proposal{ID: 2, Revision: 1, Status: model.StatusDraft,
		Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolnärvaro"}})
	down.Store(true)

	stop := watching(t, w)
	await(t, looks, "a look at the store")
	await(t, looks, "a look again while the server is away")
	stop()
	wantBanner(t, w)
	if _, ok := w.tree.byRef["2"]; ok {
		t.Fatal("the window read the proposals while the server was away")
	}

	down.Store(false)
	stop = watching(t, w)
	await(t, reads, "the proposals read again")
	stop()
	if w.banner.Shown() {
		t.Errorf("the banner stays: %q", w.banner.Text())
	}
	if _, ok := w.tree.byRef["2"]; !ok {
		t.Error("the window did not read the store again when the server answered")
	}
}

// A save that fails because the server cannot be reached leaves the edit
// form open with what was typed, and says why in the form and in the
// banner; no error dialog is laid over the form.
func TestSavingWhileTheServerIsAwayKeepsTheForm(t *testing.T) {
	w, f, _, _, _ := outageWindow(t)
	f.UpdateProposalFn = func(context.Context, int64, model.Content, int) (model.Proposal, error) {
		return model.Proposal{}, unreachable()
	}
	form := w.openEditForm(f.proposals[0])
	form.title.SetText("Tidiga insatser för alla barn")
	form.save()
	if form.closed || w.form != form {
		t.Fatal("the form closed")
	}
	if form.title.Text != "Tidiga insatser för alla barn" {
		t.Errorf("the title field holds %q", form.title.Text)
	}
	if form.general.Hidden || !strings.Contains(form.general.Text, "db.kommun.se") {
		t.Errorf("the form says %q (hidden %v)", form.general.Text, form.general.Hidden)
	}
	wantBanner(t, w)
	if n := len(w.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open, want the form alone", n)
	}
}

// A comment sent while the server is away stays in its field, and the
// banner says why; no dialog is in the way.
func TestACommentSentWhileTheServerIsAwayStays(t *testing.T) {
	w, f, _, _, _ := outageWindow(t)
	f.AddCommentFn = func(context.Context, model.Comment) (model.Comment, error) {
		return model.Comment{}, unreachable()
	}
	w.who.set(f.people[0])
	w.Reload() // the comments tab reads who the user is
	w.comments.entry.SetText("Vem följer upp?")
	test.Tap(w.comments.send)
	if w.comments.entry.Text != "Vem följer upp?" {
		t.Errorf("the comment field holds %q", w.comments.entry.Text)
	}
	wantBanner(t, w)
	if top := topOverlay(w); top != nil {
		t.Errorf("a dialog is in the way: %q", texts(top))
	}
}
