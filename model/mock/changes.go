package mock

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// ChangeFeed is a fake model.ChangeFeed; embedded beside Store, it makes
// a fake of a store that tells of changes, as a shared store on a server
// does.
type ChangeFeed struct {
	ChangesFn func(ctx context.Context) <-chan int64
}

var _ model.ChangeFeed = (*ChangeFeed)(nil)

// Changes calls ChangesFn.
func (fake *ChangeFeed) Changes(ctx context.Context) <-chan int64 {
	if fake.ChangesFn == nil {
		panic("mock: ChangeFeed.Changes called without ChangesFn")
	}
	return fake.ChangesFn(ctx)
}
