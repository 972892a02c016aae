package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// An import tells its progress every ProgressEvery items and after the
// last; an adapter that leaves ProgressEvery at 0 hears after each item.
func TestImportTellsItsProgress(t *testing.T) {
	s := openTemp(t)
	items := []model.ImportItem{{Content: model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"}}}
	for i := 1; i <= 4; i++ {
		items = append(items, model.ImportItem{Content: model.Content{Ref: fmt.Sprintf("1.%d", i),
			Kind: model.KindIntervention, Title: fmt.Sprintf("Insats %d", i)}})
	}
	for _, c := range []struct {
		every int
		heard []int
	}{{2, []int{2, 4, 5}}, {0, []int{1, 2, 3, 4, 5}}} {
		var heard []int
		err := s.write(context.Background(), func(t *tx) error {
			err := sqlstore.ImportItems(context.Background(), t, items, func(done, total int) {
				heard = append(heard, done)
			}, sqlstore.ImportSteps{ProgressEvery: c.every})
			if err == nil {
				err = errRollback
			}
			return err
		})
		if !errors.Is(err, errRollback) {
			t.Fatalf("every %d: %v", c.every, err)
		}
		if !slices.Equal(heard, c.heard) {
			t.Errorf("every %d: progress after %v, want %v", c.every, heard, c.heard)
		}
	}
}

// errRollback ends a write that a test does not keep.
var errRollback = errors.New("rolled back by the test")
