package ui

import (
	"net/url"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/pgproxy"
	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// A window on a real shared store whose server goes away (the link to it
// is cut) says so in its banner, keeps what it shows and what is being
// typed, and once the server answers again reads the store by itself:
// what another member wrote meanwhile shows and the banner goes.
func TestAWindowOnAServerThatGoesAwayShowsItAndRecovers(t *testing.T) {
	quickLooks(t)
	direct := pgtest.URL(t)
	u, err := url.Parse(direct)
	if err != nil {
		t.Fatal(err)
	}
	proxy, err := pgproxy.Start(u.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proxy.Close() })
	viaProxy, err := proxy.URL(direct)
	if err != nil {
		t.Fatal(err)
	}
	other := openShared(t, direct)
	ctx := testCtx("Bo Ek")
	if _, err := other.CreateProposal(ctx, model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"}); err != nil {
		t.Fatal(err)
	}
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	mine := openShared(t, viaProxy)
	s := &tellingStore{Store: mine, ChangeFeed: mine, looks: make(chan struct{}, 1), reads: make(chan struct{}, 1)}
	w := NewMainWindow(testapp.New(t), s)
	w.Select("1")
	w.comments.entry.SetText("Jag skriver medan nätet går ner")

	proxy.Cut()
	w.Reload()
	if !w.banner.Shown() || !contains(labels(w.win), w.banner.Text()) {
		t.Fatalf("no banner in the window after the server went away; it shows %q", labels(w.win))
	}
	if top := topOverlay(w); top != nil {
		t.Errorf("a dialog is in the way: %q", texts(top))
	}
	if w.detail.shown.Ref != "1" || w.comments.entry.Text != "Jag skriver medan nätet går ner" {
		t.Errorf("the window lost what it showed (%q) or what was typed (%q)", w.detail.shown.Ref, w.comments.entry.Text)
	}

	if _, err := other.CreateProposal(ctx, model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolnärvaro"}); err != nil {
		t.Fatal(err)
	}
	proxy.Resume()
	// The window is looked at only between runs of its watch loop, which
	// reads and shows in the loop's goroutine: a run ends after a reading
	// of the proposals, and the test looks whether it showed the new one.
	deadline := time.Now().Add(30 * time.Second)
	for {
		drain(s.reads)
		stop := watching(t, w)
		await(t, s.reads, "the window reading the store when the server is back")
		stop()
		if _, ok := w.tree.byRef["2"]; ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the window did not show what was written while the server was away; it shows %q", labels(w.win))
		}
	}
	if w.banner.Shown() {
		t.Errorf("the banner stays after the server is back: %q", w.banner.Text())
	}
	if w.comments.entry.Text != "Jag skriver medan nätet går ner" {
		t.Errorf("what was typed became %q", w.comments.entry.Text)
	}
}
