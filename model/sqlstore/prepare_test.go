package sqlstore_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// TestPrepareAllGivesEachItemInOrder: every item comes back normalised,
// with the fingerprint the content has, in the items' order, and an
// invalid one carries Validate's error instead of an encoding.
func TestPrepareAllGivesEachItemInOrder(t *testing.T) {
	var items []model.ImportItem
	for i := range 200 {
		c := model.Content{Ref: "1", Kind: model.KindArea, Title: "  Område \u200b" + string(rune('a'+i%26)) + "  "}
		if i == 150 {
			c.Title = ""
		}
		items = append(items, model.ImportItem{Content: c})
	}
	next, stop := sqlstore.PrepareAll(items)
	defer stop()
	for i, it := range items {
		p := next()
		want := it.Content.Normalize()
		if !p.Content.Equal(want) {
			t.Fatalf("item %d: prepared %q, want %q", i, p.Content.Title, want.Title)
		}
		if i == 150 {
			if p.Err == nil || p.Body != nil {
				t.Fatalf("item %d has no title: Err %v, Body %q", i, p.Err, p.Body)
			}
			continue
		}
		if p.Err != nil || p.Fingerprint != model.Fingerprint(want) || string(p.Body) != string(model.Canonical(want)) {
			t.Fatalf("item %d: Err %v, fingerprint %s, want %s", i, p.Err, p.Fingerprint, model.Fingerprint(want))
		}
	}
}

// TestPrepareAllStopsWhenTheWriterGivesUp: a writer that stops after
// one item (an error, a cancelled import) leaves no goroutine behind.
func TestPrepareAllStopsWhenTheWriterGivesUp(t *testing.T) {
	before := runtime.NumGoroutine()
	items := make([]model.ImportItem, 1000)
	for i := range items {
		items[i].Content = model.Content{Ref: "1", Kind: model.KindArea, Title: "Område"}
	}
	for range 20 {
		next, stop := sqlstore.PrepareAll(items)
		next()
		stop()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left after stop, %d before", n, before)
	}
}
