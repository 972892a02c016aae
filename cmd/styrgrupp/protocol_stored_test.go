package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// TestMinutesWritesTheStoredProtocolUnchanged: once the store keeps a
// meeting's signed protocol, `minutes` writes that file byte for byte.
func TestMinutesWritesTheStoredProtocolUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := sqlite.Open(path)
	must(t, err)
	chair := signingtest.Identity(t, "Anna Andersson", "Älvstads kommun")
	adjuster := signingtest.Identity(t, "Erik Berg", "Älvstads kommun")
	starts := time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)
	ctx := model.WithClock(context.Background(), func() time.Time { return starts.Add(2 * time.Hour) })
	var ids []int64
	for _, n := range []string{chair.Name(), adjuster.Name(), "Bo Ek"} {
		mb, err := s.CreateMember(ctx, model.Member{Name: n, Active: true})
		must(t, err)
		ids = append(ids, mb.ID)
	}
	p, err := s.CreateProposal(ctx, model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"})
	must(t, err)
	_, err = s.MarkReady(ctx, p.ID)
	must(t, err)
	m, err := s.CreateMeeting(ctx, model.Meeting{StartsAt: starts, EndsAt: starts.Add(time.Hour), Place: "Stadshuset",
		ChairID: ids[0], AdjusterID: ids[1], SecretaryID: ids[2]})
	must(t, err)
	it, err := s.AddItem(ctx, m.ID, p.ID)
	must(t, err)
	_, err = s.RecordDecision(ctx, it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."})
	must(t, err)
	for i, id := range []*identity.Identity{chair, adjuster} {
		_, err = s.SignOff(ctx, model.SignOff{MeetingID: m.ID, MemberID: ids[i],
			Role: []model.Role{model.RoleChair, model.RoleAdjuster}[i], Signer: id.Name(), CertSHA256: id.Fingerprint()})
		must(t, err)
	}
	for _, id := range []*identity.Identity{adjuster, chair} {
		_, err = protocol.Sign(ctx, s, m.ID, id, protocol.Options{})
		must(t, err)
	}
	stored, err := s.Protocol(ctx, m.ID)
	must(t, err)
	must(t, s.Close())

	out := filepath.Join(t.TempDir(), "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", path, "--meeting", "1", "-o", out)
	got, err := os.ReadFile(out)
	must(t, err)
	if !bytes.Equal(got, stored) {
		t.Fatalf("minutes wrote %d bytes, not the stored protocol's %d", len(got), len(stored))
	}
}
