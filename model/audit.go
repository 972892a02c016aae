package model

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"
)

// AuditEntry is one row of the audit log. Rows are chained: each Hash
// covers the previous row's hash and the row's own content, so a changed or
// deleted row breaks the chain from there on.
type AuditEntry struct {
	Seq      int64
	At       time.Time
	Actor    string // who did it, by name; "system" for the program itself
	Action   string // e.g. proposal.create, decision.record
	Entity   string // e.g. proposal, meeting
	EntityID string
	Detail   string // JSON with what changed
	PrevHash string
	Hash     string
}

// GenesisHash is the PrevHash of the first row.
const GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000"

// ComputeHash returns the hex SHA-256 of the row's content and its
// PrevHash, in a fixed encoding. Time is taken in UTC to the nanosecond.
func (e AuditEntry) ComputeHash() string {
	b, _ := json.Marshal([]any{e.Seq, e.At.UTC().Format(time.RFC3339Nano), e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// ChainBreak describes the first row at which an audit chain fails.
type ChainBreak struct {
	Seq int64
	// Reason is "hash" (the row was changed), "link" (a row before it was
	// changed or removed), "sequence" (a gap), or, from a store's check,
	// "missing": something stored has no audit row, so rows after Seq, the
	// last one there, were removed.
	Reason string
}

// ChainVerifier checks audit rows one at a time, in order, so a long log
// need not be held in memory.
type ChainVerifier struct {
	prev    string
	prevSeq int64
}

// Next checks the next row and returns the break it finds, or nil.
func (v *ChainVerifier) Next(e AuditEntry) *ChainBreak {
	if v.prev == "" {
		v.prev = GenesisHash
	}
	switch {
	case e.Seq != v.prevSeq+1:
		return &ChainBreak{Seq: e.Seq, Reason: "sequence"}
	case e.PrevHash != v.prev:
		return &ChainBreak{Seq: e.Seq, Reason: "link"}
	case e.ComputeHash() != e.Hash:
		return &ChainBreak{Seq: e.Seq, Reason: "hash"}
	}
	v.prev, v.prevSeq = e.Hash, e.Seq
	return nil
}

// VerifyChain walks the rows in order and returns the first break, or nil
// when every row links to the one before and its hash matches its content.
func VerifyChain(entries []AuditEntry) *ChainBreak {
	var v ChainVerifier
	for _, e := range entries {
		if b := v.Next(e); b != nil {
			return b
		}
	}
	return nil
}
