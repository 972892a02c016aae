package model_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// chain builds n audit rows linked as the store writes them.
func chain(n int) []model.AuditEntry {
	var out []model.AuditEntry
	prev := model.GenesisHash
	at := time.Date(2027, 3, 10, 9, 0, 0, 123456789, time.UTC)
	for i := 1; i <= n; i++ {
		e := model.AuditEntry{
			Seq: int64(i), At: at.Add(time.Duration(i) * time.Minute),
			Actor: "Sekreteraren", Action: "proposal.update", Entity: "proposal",
			EntityID: fmt.Sprint(i), Detail: fmt.Sprintf(`{"title":"Rad %d"}`, i), PrevHash: prev,
		}
		e.Hash = e.ComputeHash()
		prev = e.Hash
		out = append(out, e)
	}
	return out
}

// rehash recomputes the hash of row i, as a forger who knows the scheme
// would.
func rehash(rows []model.AuditEntry, i int) {
	rows[i].Hash = rows[i].ComputeHash()
}

func TestVerifyChain(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(rows []model.AuditEntry) []model.AuditEntry
		want   *model.ChainBreak
	}{
		{name: "whole", tamper: func(r []model.AuditEntry) []model.AuditEntry { return r }},
		{name: "empty", tamper: func(r []model.AuditEntry) []model.AuditEntry { return nil }},
		{name: "changed actor", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[2].Actor = "Någon annan"
			return r
		}, want: &model.ChainBreak{Seq: 3, Reason: "hash"}},
		{name: "changed detail in the first row", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[0].Detail = `{"title":"Ändrad"}`
			return r
		}, want: &model.ChainBreak{Seq: 1, Reason: "hash"}},
		{name: "changed time", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[3].At = r[3].At.Add(time.Nanosecond)
			return r
		}, want: &model.ChainBreak{Seq: 4, Reason: "hash"}},
		{name: "changed last row's action", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[4].Action = "proposal.delete"
			return r
		}, want: &model.ChainBreak{Seq: 5, Reason: "hash"}},
		{name: "changed entity", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[1].Entity, r[1].EntityID = "meeting", "99"
			return r
		}, want: &model.ChainBreak{Seq: 2, Reason: "hash"}},
		{name: "changed hash", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[4].Hash = model.GenesisHash
			return r
		}, want: &model.ChainBreak{Seq: 5, Reason: "hash"}},
		{name: "deleted middle row", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			return slices.Delete(r, 2, 3)
		}, want: &model.ChainBreak{Seq: 4, Reason: "sequence"}},
		{name: "deleted first row", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			return r[1:]
		}, want: &model.ChainBreak{Seq: 2, Reason: "sequence"}},
		{name: "rows swapped", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[1], r[2] = r[2], r[1]
			return r
		}, want: &model.ChainBreak{Seq: 3, Reason: "sequence"}},
		{name: "deleted middle row and renumbered", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r = slices.Delete(r, 2, 3)
			for i := 2; i < len(r); i++ {
				r[i].Seq--
				rehash(r, i)
			}
			return r
		}, want: &model.ChainBreak{Seq: 3, Reason: "link"}},
		{name: "prev hash rewritten consistently", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[2].PrevHash = r[0].Hash
			rehash(r, 2)
			return r
		}, want: &model.ChainBreak{Seq: 3, Reason: "link"}},
		{name: "first row's prev hash rewritten", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[0].PrevHash = r[4].Hash
			rehash(r, 0)
			return r
		}, want: &model.ChainBreak{Seq: 1, Reason: "link"}},
		{name: "changed row rehashed", tamper: func(r []model.AuditEntry) []model.AuditEntry {
			r[1].Detail = `{"title":"Förfalskad"}`
			rehash(r, 1)
			return r
		}, want: &model.ChainBreak{Seq: 3, Reason: "link"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := tt.tamper(chain(5))
			got := model.VerifyChain(rows)
			if !breaksEqual(got, tt.want) {
				t.Errorf("VerifyChain = %+v, want %+v", got, tt.want)
			}
			// The streaming verifier finds the same first break.
			var v model.ChainVerifier
			var streamed *model.ChainBreak
			for _, e := range rows {
				if b := v.Next(e); b != nil {
					streamed = b
					break
				}
			}
			if !breaksEqual(streamed, tt.want) {
				t.Errorf("ChainVerifier = %+v, want %+v", streamed, tt.want)
			}
		})
	}
}

func breaksEqual(a, b *model.ChainBreak) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func TestChainVerifierAcrossBatches(t *testing.T) {
	rows := chain(20)
	var v model.ChainVerifier
	for i := 0; i < len(rows); i += 7 {
		for _, e := range rows[i:min(i+7, len(rows))] {
			if b := v.Next(e); b != nil {
				t.Fatalf("break at %+v", b)
			}
		}
	}
}

func TestComputeHash(t *testing.T) {
	e := chain(1)[0]
	if len(e.Hash) != 64 || e.PrevHash != model.GenesisHash {
		t.Fatalf("row = %+v", e)
	}
	if e.ComputeHash() != e.Hash {
		t.Error("ComputeHash not stable")
	}
	// The hash covers the instant, not the zone it is read back in.
	local := e
	local.At = e.At.In(time.FixedZone("CEST", 2*3600))
	if local.ComputeHash() != e.Hash {
		t.Error("the same instant in another zone hashes differently")
	}
	// Hash itself is not covered.
	other := e
	other.Hash = "x"
	if other.ComputeHash() != e.Hash {
		t.Error("ComputeHash depends on Hash")
	}
	// Each field is covered.
	for name, change := range map[string]func(e *model.AuditEntry){
		"Seq":      func(e *model.AuditEntry) { e.Seq++ },
		"At":       func(e *model.AuditEntry) { e.At = e.At.Add(time.Nanosecond) },
		"Actor":    func(e *model.AuditEntry) { e.Actor += "x" },
		"Action":   func(e *model.AuditEntry) { e.Action += "x" },
		"Entity":   func(e *model.AuditEntry) { e.Entity += "x" },
		"EntityID": func(e *model.AuditEntry) { e.EntityID += "x" },
		"Detail":   func(e *model.AuditEntry) { e.Detail += " " },
		"PrevHash": func(e *model.AuditEntry) { e.PrevHash = e.Hash },
	} {
		c := e
		change(&c)
		if c.ComputeHash() == e.Hash {
			t.Errorf("changing %s does not change the hash", name)
		}
	}
	// Fields cannot be shifted into one another.
	a, b := e, e
	a.Actor, a.Action = "ab", "c"
	b.Actor, b.Action = "a", "bc"
	if a.ComputeHash() == b.ComputeHash() {
		t.Error("field boundaries are not part of the hash")
	}
}

func TestCheckReportOK(t *testing.T) {
	tests := []struct {
		r  model.CheckReport
		ok bool
	}{
		{model.CheckReport{AuditRows: 5}, true},
		{model.CheckReport{Integrity: []string{"row 3 missing from index"}}, false},
		{model.CheckReport{ForeignKeys: []string{"item 4: meeting 9"}}, false},
		{model.CheckReport{Chain: &model.ChainBreak{Seq: 3, Reason: "hash"}}, false},
	}
	for _, tt := range tests {
		if got := tt.r.OK(); got != tt.ok {
			t.Errorf("OK(%+v) = %v, want %v", tt.r, got, tt.ok)
		}
	}
}
