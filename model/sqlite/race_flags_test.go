//go:build race

package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestTheRaceDetectorSeesSyncMapBesideSQLite keeps the Makefile's RACE
// flags sound. Two goroutines decode a JSON type new to encoding/json,
// whose cache of types is a sync.Map, while stores are opened. Built with
// modernc.org's packages left without the race detector's instrumentation,
// the race detector reported encoding/json's cache as a data race, 8
// times in a run (as we understand it, the linker kept modernc.org's
// uninstrumented copy of sync.Map's generic code, whose atomics it then
// does not see); with the flags as they are, never.
func TestTheRaceDetectorSeesSyncMapBesideSQLite(t *testing.T) {
	dir := t.TempDir()
	for round := range 40 {
		typ := reflect.StructOf([]reflect.StructField{
			{Name: "Ref", Type: reflect.TypeFor[string](), Tag: `json:"ref"`},
			{Name: fmt.Sprintf("Round%d", round), Type: reflect.TypeFor[int]()},
		})
		var wg sync.WaitGroup
		for g := range 2 {
			wg.Go(func() {
				if round%10 == 0 {
					s, err := Open(filepath.Join(dir, fmt.Sprintf("%d-%d.db", round, g)))
					if err != nil {
						t.Error(err)
						return
					}
					if _, err := s.Members(context.Background()); err != nil {
						t.Error(err)
					}
					s.Close()
				}
				v := reflect.New(typ).Interface()
				if err := json.Unmarshal([]byte(`{"ref":"1.2"}`), v); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
	}
}
