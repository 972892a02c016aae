package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func testConcurrentWrites(t *testing.T, h Harness) {
	s := h.Open(t)
	clk := &Clock{now: Start}
	var wg sync.WaitGroup
	errs := make(chan error, 80)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				_, err := s.CreateMember(clk.At("test"), model.Member{Name: fmt.Sprintf("Ledamot %d-%d", g, i)})
				errs <- err
				if _, err := s.Members(context.Background()); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		check(t, err)
	}
	ms, err := s.Members(context.Background())
	check(t, err)
	r, err := s.Check(context.Background())
	check(t, err)
	if len(ms) != 40 || !r.OK() || r.AuditRows != 40 {
		t.Fatalf("%d members, check %+v", len(ms), r)
	}
}
