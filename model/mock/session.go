package mock

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// SignedInStore is a fake model.SignedInStore. It is not part of Store,
// since a store that is one is a shared store: a test composes it with a
// Store to fake one.
type SignedInStore struct {
	SignedInFn func(ctx context.Context) (model.Member, bool, error)
	// RightsFn answers Rights; when nil, the login may do all
	// (model.AllRights).
	RightsFn func(ctx context.Context) (model.Rights, error)
}

var _ model.SignedInStore = (*SignedInStore)(nil)

// SignedIn calls SignedInFn.
func (fake *SignedInStore) SignedIn(ctx context.Context) (model.Member, bool, error) {
	if fake.SignedInFn == nil {
		panic("mock: SignedInStore.SignedIn called without SignedInFn")
	}
	return fake.SignedInFn(ctx)
}

// Rights calls RightsFn, or returns model.AllRights when it is nil.
func (fake *SignedInStore) Rights(ctx context.Context) (model.Rights, error) {
	if fake.RightsFn == nil {
		return model.AllRights, nil
	}
	return fake.RightsFn(ctx)
}
