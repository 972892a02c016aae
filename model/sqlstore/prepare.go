package sqlstore

import (
	"github.com/styrgrupp/styrgrupp/model"
)

// Prepared is a proposal's content made ready to store, by work that
// needs no transaction: normalised, checked (Err is Validate's answer)
// and, when valid, its canonical encoding and fingerprint. Every write of
// a proposal's content goes through Prepare, so the store's guard holds
// whoever calls it; an import prepares its items on a goroutine of their
// own while the transaction writes the ones before (PrepareAll).
type Prepared struct {
	Content     model.Content
	Body        []byte // model.Canonical(Content)
	Fingerprint string // model.Fingerprint(Content)
	Err         error
}

// Prepare makes c ready to store.
func Prepare(c model.Content) Prepared {
	p := Prepared{Content: c.Normalize()}
	if p.Err = p.Content.Validate(); p.Err != nil {
		return p
	}
	p.Body, p.Fingerprint = model.CanonicalWithFingerprint(p.Content)
	return p
}

// prepareAhead is how many items PrepareAll prepares before the writer
// asks for them.
const prepareAhead = 64

// PrepareAll prepares the items' contents in order on a goroutine of its
// own: next gives the next one, waiting for it if need be, and is called
// at most len(items) times; stop ends the goroutine and is called once,
// when the caller is done or gives up. An import's writer, the only
// caller, runs its SQL meanwhile, so the two share the work on two cores.
func PrepareAll(items []model.ImportItem) (next func() Prepared, stop func()) {
	out := make(chan Prepared, prepareAhead)
	done := make(chan struct{})
	go func() {
		defer close(out)
		for _, it := range items {
			select {
			case out <- Prepare(it.Content):
			case <-done:
				return
			}
		}
	}()
	return func() Prepared { return <-out }, func() { close(done) }
}
