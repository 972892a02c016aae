package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/pgproxy"
	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// The server goes away (the proxy between the store and the server is
// cut) in the middle of a write: the write fails with EUnavailable
// store_unreachable, the same Store works again once the server is back,
// and what the write did is whole or absent, never half, with the audit
// chain whole.

// proxied is a World whose store reaches its database through a proxy.
type proxied struct {
	*storetest.World
	s *postgres.Store
	p *pgproxy.Proxy
}

// viaProxy opens a store on a new database through a proxy of its own.
func viaProxy(t *testing.T) *proxied {
	t.Helper()
	s, p := openThrough(t, pgtest.URL(t))
	return &proxied{storetest.NewWorld(t, s), s, p}
}

// recovered waits until a read on s succeeds again, failing the test if
// a failure in between is not an outage or the read does not succeed in
// 10 s.
func recovered(t *testing.T, s model.Store) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := s.Proposals(context.Background(), model.ProposalFilter{})
		if err == nil {
			return
		}
		if !model.Unreachable(err) {
			t.Fatalf("a read after the server came back: %v", err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("the store did not reconnect in 10 s: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checked runs Check and fails the test unless the store is whole; it
// returns the number of audit rows.
func checked(t *testing.T, s model.Store) int64 {
	t.Helper()
	r, err := s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after the outage:\n%s", reportText(r))
	}
	return r.AuditRows
}

// importItems is an import of n proposals: areas 2, 3, … with 99
// interventions each.
func importItems(n int) []model.ImportItem {
	items := make([]model.ImportItem, 0, n)
	for a := 2; len(items) < n; a++ {
		ref := fmt.Sprint(a)
		items = append(items, model.ImportItem{Content: model.Content{Ref: ref, Kind: model.KindArea, Title: "Område " + ref}})
		for i := 1; i < 100 && len(items) < n; i++ {
			items = append(items, model.ImportItem{Content: model.Content{
				Ref: fmt.Sprintf("%s.%d", ref, i), Kind: model.KindIntervention,
				Title:   fmt.Sprintf("Insats %d i område %s", i, ref),
				Summary: "Stöd till föräldrar med små barn.", Responsible: "Socialförvaltningen",
			}})
		}
	}
	return items
}

// countProposals is the number of proposals in the store.
func countProposals(t *testing.T, s model.Store) int {
	t.Helper()
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	check(t, err)
	return len(ps)
}

func TestOutageDuringImportLeavesItWholeOrAbsent(t *testing.T) {
	w := viaProxy(t)
	items := importItems(3000)
	before, audit := countProposals(t, w.s), checked(t, w.s)
	err := w.s.Import(w.Ctx(), items, func(done, total int) {
		if done >= total/2 && !w.p.Down() {
			w.p.Cut()
		}
	})
	wantCode(t, err, model.EUnavailable, "store_unreachable")
	w.p.Resume()
	recovered(t, w.s)

	switch n, rows := countProposals(t, w.s), checked(t, w.s); {
	case n == before && rows == audit:
	case n == before+len(items) && rows == audit+int64(len(items)):
		t.Log("the import was whole before the cut")
	default:
		t.Fatalf("after the cut: %d proposals and %d audit rows; before %d and %d, the import %d", n, rows, before, audit, len(items))
	}
	// The same Store, and the same import, go on as if nothing happened.
	check(t, w.s.Import(w.Ctx(), items, nil))
	if n := countProposals(t, w.s); n != before+len(items) {
		t.Errorf("after importing again: %d proposals, want %d", n, before+len(items))
	}
	checked(t, w.s)
}

// cutEach runs op with the server going away after 0, 1, 2, … round
// trips, until op gets through without the cut: each cut gives
// EUnavailable and leaves the item's state as it was before (absent) or
// as whole says it is once op is done; after a whole op (the cut fell
// after its commit) it stops. Check passes at the end (a write cut
// half-way would leave rows the audit log does not cover, which no later
// write mends). It returns how many cuts op failed on.
func (w *proxied) cutEach(op func(try int) error, whole func(before, after itemState) bool) int {
	t := w.T
	t.Helper()
	for try := 0; try < 100; try++ {
		before := w.state()
		w.p.CutAfter(int64(try))
		err := op(try)
		cut := w.p.Down()
		w.p.Resume()
		if !cut {
			check(t, err)
			if after := w.state(); !whole(before, after) {
				t.Fatalf("without a cut: %+v → %+v", before, after)
			}
			checked(t, w.s)
			return try
		}
		if err == nil {
			t.Fatalf("cut after %d round trips: no error", try)
		}
		wantCode(t, err, model.EUnavailable, "store_unreachable")
		recovered(t, w.s)
		switch after := w.state(); {
		case after == before:
		case whole(before, after):
			checked(t, w.s)
			return try
		default:
			t.Fatalf("cut after %d round trips: half written: %+v → %+v", try, before, after)
		}
	}
	t.Fatal("op never got through")
	return 0
}

// itemState is what a decision on the item or a sign-off of its meeting
// changes.
type itemState struct {
	auditRows int
	decision  string // its text, "" for none
	status    model.Status
	outcome   model.Outcome
	signOffs  int
	locked    bool
}

// state reads the state of the world's one meeting and its one item.
func (w *proxied) state() itemState {
	t := w.T
	t.Helper()
	ms := w.Meetings()
	es, err := w.s.Audit(context.Background(), "", "", 0)
	check(t, err)
	it := ms[0].Items[0]
	p := w.Proposal(it.ProposalID)
	st := itemState{auditRows: len(es), status: p.Status, outcome: p.Outcome, signOffs: len(ms[0].SignOffs), locked: p.Locked}
	if it.Decision != nil {
		st.decision = it.Decision.Text
	}
	return st
}

func TestOutageDuringDecisionLeavesItWholeOrAbsent(t *testing.T) {
	w := viaProxy(t)
	m := w.AddMeeting(storetest.Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Föräldraskapsstöd"))
	w.During(it.ID)
	var text string
	cuts := w.cutEach(func(try int) error {
		text = fmt.Sprintf("Ledningsgruppen godkänner förslaget (försök %d).", try)
		_, err := w.s.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: text})
		return err
	}, func(before, after itemState) bool {
		return after.auditRows > before.auditRows && after.decision == text &&
			after.status == model.StatusDecided && after.outcome == model.OutcomeApproved
	})
	if cuts < 3 {
		t.Errorf("the decision failed on only %d cuts: the cuts did not fall between its statements", cuts)
	}
	t.Logf("the decision was cut at each of its first %d round trips", cuts)
}

func TestOutageDuringSignOffLeavesItWholeOrAbsent(t *testing.T) {
	w := viaProxy(t)
	m := w.AddMeeting(storetest.Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Föräldraskapsstöd"))
	w.Decide(it, model.OutcomeApproved)
	w.Clock.Reach(m.SignOffFrom())
	for i, so := range []struct {
		who  string
		sign model.SignOff
	}{
		{"Anna Lindqvist", model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair}},
		{"Cecilia Öberg", model.SignOff{MeetingID: m.ID, MemberID: w.Adjuster.ID, Role: model.RoleAdjuster}},
	} {
		cuts := w.cutEach(func(int) error {
			_, err := w.s.SignOff(w.Clock.At(so.who), so.sign)
			return err
		}, func(before, after itemState) bool {
			return after.auditRows > before.auditRows && after.signOffs == i+1 && after.locked == (i == 1)
		})
		if cuts < 3 {
			t.Errorf("%s's sign-off failed on only %d cuts", so.who, cuts)
		}
		t.Logf("%s's sign-off was cut at each of its first %d round trips", so.who, cuts)
	}
}

// killed is a World on a database of a cluster of the test's own, which
// the test kills and restarts.
type killed struct {
	*storetest.World
	s   *postgres.Store
	c   *pgtest.Cluster
	url string
}

func newKilled(t *testing.T, c *pgtest.Cluster) *killed {
	t.Helper()
	url := c.Database(t)
	s, err := postgres.Open(context.Background(), url)
	check(t, err)
	t.Cleanup(func() { s.Close() })
	return &killed{storetest.NewWorld(t, s), s, c, url}
}

// The server dies in the middle of a write and is started again, on a
// cluster of the test's own (one for both cases: starting one takes
// seconds).
func TestKillServer(t *testing.T) {
	c := pgtest.NewCluster(t)
	t.Run("DuringImport", func(t *testing.T) { killDuringImport(t, newKilled(t, c)) })
	t.Run("DuringDecision", func(t *testing.T) { killDuringDecision(t, newKilled(t, c)) })
}

// killDuringImport: the server dies half-way through an import: the
// import is absent after the restart, Check passes, and the same Store,
// which was open all along, reconnects and imports.
func killDuringImport(t *testing.T, w *killed) {
	items := importItems(3000)
	before, audit := countProposals(t, w.s), checked(t, w.s)
	killed := false
	err := w.s.Import(w.Ctx(), items, func(done, total int) {
		if done >= total/2 && !killed {
			w.c.Kill()
			killed = true
		}
	})
	wantCode(t, err, model.EUnavailable, "store_unreachable")
	_, err = w.s.Proposals(context.Background(), model.ProposalFilter{})
	wantCode(t, err, model.EUnavailable, "store_unreachable")
	w.c.Restart()
	recovered(t, w.s)
	if n, rows := countProposals(t, w.s), checked(t, w.s); n != before || rows != audit {
		t.Fatalf("after the restart: %d proposals and %d audit rows, want %d and %d as before the import", n, rows, before, audit)
	}
	check(t, w.s.Import(w.Ctx(), items, nil))
	if n := countProposals(t, w.s); n != before+len(items) {
		t.Errorf("after importing again: %d proposals, want %d", n, before+len(items))
	}
	checked(t, w.s)
}

// killDuringDecision: the server dies while a decision waits to write
// its last row, the audit log's head, everything else written: after
// the restart the decision is absent, Check passes, and the same Store
// records it.
func killDuringDecision(t *testing.T, w *killed) {
	m := w.AddMeeting(storetest.Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Föräldraskapsstöd"))
	w.During(it.ID)
	audit := checked(t, w.s)

	// Someone holds audit_head so that the decision's write of it waits.
	ctx := context.Background()
	holder := rawDB(t, w.url)
	_, err := holder.Exec(ctx, `BEGIN; LOCK TABLE audit_head IN SHARE MODE`)
	check(t, err)
	done := make(chan error, 1)
	go func() {
		_, err := w.s.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Ledningsgruppen godkänner förslaget."})
		done <- err
	}()
	deadline := time.Now().Add(10 * time.Second)
	for waiting := 0; waiting == 0; {
		check(t, holder.QueryRow(ctx, `SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'audit_head'::regclass`).Scan(&waiting))
		if time.Now().After(deadline) {
			t.Fatal("the decision never came to write the audit head")
		}
		time.Sleep(10 * time.Millisecond)
	}
	w.c.Kill()
	wantCode(t, <-done, model.EUnavailable, "store_unreachable")
	w.c.Restart()
	recovered(t, w.s)

	if rows := checked(t, w.s); rows != audit {
		t.Errorf("after the restart: %d audit rows, want %d as before the decision", rows, audit)
	}
	mt, err := w.s.Meeting(ctx, m.ID)
	check(t, err)
	if p := w.Proposal(it.ProposalID); mt.Items[0].Decision != nil || p.Status != model.StatusReady {
		t.Fatalf("after the restart: decision %+v, proposal %s", mt.Items[0].Decision, p.Status)
	}
	w.Decide(it, model.OutcomeApproved)
	checked(t, w.s)
}
