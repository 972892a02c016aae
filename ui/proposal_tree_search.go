package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// searchPause is how long the tree waits after the last key before it
// searches: searchDelay; the package's tests lengthen it, so that they
// start the search themselves (searchNow).
var searchPause = searchDelay

// searchDelay is how long the tree waits after the last key before it
// searches.
const searchDelay = 200 * time.Millisecond

// textChanged waits for a pause in the typing, then searches. An empty
// field shows everything at once.
func (t *proposalTree) textChanged(text string) {
	t.query = strings.TrimSpace(text)
	t.searches.Cancel()
	t.mu.Lock()
	t.stopTimer()
	t.mu.Unlock()
	if t.query == "" {
		t.hits, t.inComment = nil, nil
		t.apply()
		return
	}
	if found := t.byRefQuery(t.query); found != nil {
		// A ref: the proposals held answer it at once, without the store.
		t.hits, t.inComment = found, nil
		t.apply()
		return
	}
	q := t.query
	t.mu.Lock()
	defer t.mu.Unlock()
	var timer *time.Timer
	timer = time.AfterFunc(searchPause, func() {
		t.mu.Lock()
		latest := t.timer == timer // not stopped by a key pressed since
		if latest {
			t.timer = nil
		}
		t.mu.Unlock()
		if latest {
			t.runSearch(q)
		}
	})
	t.timer = timer
}

// stopTimer stops the pause's timer; t.mu is held.
func (t *proposalTree) stopTimer() {
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}

// searchNow searches for the current text at once, without waiting for
// the pause.
func (t *proposalTree) searchNow() {
	t.mu.Lock()
	t.stopTimer()
	q := t.query
	t.mu.Unlock()
	if q == "" {
		t.searches.Cancel()
		t.hits, t.inComment = nil, nil
		t.apply()
		return
	}
	if found := t.byRefQuery(q); found != nil {
		t.searches.Cancel()
		t.hits, t.inComment = found, nil
		t.apply()
		return
	}
	t.runSearch(q)
}

// runSearch asks the store, off the UI goroutine, and shows the hits
// unless a newer search has started since.
func (t *proposalTree) runSearch(q string) {
	store, ctx := t.store, t.ctx
	t.searches.Do(t.background, func() func() {
		hits, err := store.Search(ctx, q)
		return func() {
			if q == t.query { // else a key pressed as the pause ended
				t.showHits(hits, err)
			}
		}
	})
}

// showHits narrows the tree to the hits of a search.
func (t *proposalTree) showHits(hits []model.SearchHit, err error) {
	if err != nil {
		fyne.LogError("search", err)
		hits = nil
	}
	found := make(map[int64]bool, len(hits))
	inComment := map[int64]string{}
	for _, h := range hits {
		found[h.ProposalID] = true
		if h.InComment {
			inComment[h.ProposalID] = h.Comment
		}
	}
	t.hits, t.inComment = found, inComment
	t.apply()
}

// byRefQuery returns, when q looks like a ref, the ids of the proposal
// with that ref and of those under it (an area's interventions): typing
// "1.4" finds 1.4, not every text with a 1 or a 4 in it. It returns nil
// when q is no ref or no proposal has it, leaving the search to the
// store's text search (a year, say).
func (t *proposalTree) byRefQuery(q string) map[int64]bool {
	ref, ok := model.RefQuery(q)
	if !ok {
		return nil
	}
	var found map[int64]bool
	for _, p := range t.all {
		if ref.Covers(model.Ref(p.Ref)) {
			if found == nil {
				found = map[int64]bool{}
			}
			found[p.ID] = true
		}
	}
	return found
}

func (t *proposalTree) cleared() {
	t.textChanged("")
}
