package postgres_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// The store knows who is signed in from the server: the member a login is
// mapped to, and no one for the database's owner.
func TestSignedInIsTheLoginsMember(t *testing.T) {
	f := newRoleFixture(t)
	ctx := context.Background()
	got, ok, err := f.storeAs(t, f.member).SignedIn(ctx)
	check(t, err)
	if !ok || got.ID != f.member.ID || got.Name != f.member.Name {
		t.Errorf("SignedIn as the member's login = %+v, %v; want %s", got, ok, f.member.Name)
	}
	if got, ok, err := f.owner.SignedIn(ctx); err != nil || ok {
		t.Errorf("SignedIn as the owner = %+v, %v, %v; want no member", got, ok, err)
	}
}

// The server tells what a login may do: a member's login is not the
// secretary, the secretary's is, and the owner may do all.
func TestRoleRightsAreTheServersWord(t *testing.T) {
	f := newRoleFixture(t)
	ctx := context.Background()
	for _, c := range []struct {
		who  string
		s    *postgres.Store
		want bool
	}{
		{"member", f.storeAs(t, f.member), false},
		{"chair", f.storeAs(t, f.chair), false},
		{"secretary", f.storeAs(t, f.secretary), true},
		{"owner", f.owner, true},
	} {
		r, err := c.s.Rights(ctx)
		if err != nil || r.Secretary != c.want {
			t.Errorf("Rights as the %s's login = %+v, %v; want Secretary %v", c.who, r, err, c.want)
		}
		if r, err := model.RightsOf(ctx, c.s); err != nil || r.Secretary != c.want {
			t.Errorf("RightsOf the %s's store = %+v, %v; want Secretary %v", c.who, r, err, c.want)
		}
	}
}

// A member's writes are recorded in their name, whatever name the window
// sends, and writing as someone else is refused by the server with a
// message that says why.
func TestRolesStoreWritesInSignedInName(t *testing.T) {
	f := newRoleFixture(t)
	s := f.storeAs(t, f.member)
	ctx := at(time.Now())
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	var p model.Proposal
	for _, p = range ps {
		if !p.Locked {
			break
		}
	}
	c, err := s.AddComment(ctx, model.Comment{ProposalID: p.ID, AuthorID: f.member.ID, Body: "Jag stöder förslaget."})
	check(t, err)
	log, err := s.Audit(ctx, "comment", "", 1)
	check(t, err)
	if len(log) != 1 || log[0].Actor != f.member.Name {
		t.Errorf("the comment's audit row = %+v; want it in %s's name", log, f.member.Name)
	}
	_, err = s.ResolveComment(ctx, c.ID, f.member.ID, true)
	check(t, err)

	_, err = s.AddComment(ctx, model.Comment{ProposalID: p.ID, AuthorID: f.chair.ID, Body: "Jag med."})
	wantDeniedErr(t, err, "kommentarer bara i sitt eget namn")
	_, err = s.ResolveComment(ctx, c.ID, f.chair.ID, true)
	wantDeniedErr(t, err, "kommentarer bara i sitt eget namn")
	_, err = s.UpdateMember(ctx, f.member)
	wantDeniedErr(t, err, "bara sekreteraren")
}

// The minutes are signed off through the store by the adjuster and the
// chair, each with their own login, who then save the signed protocol; a
// member can do neither for them, and the secretary's decisions are
// recorded in the secretary's name.
func TestRolesSignOffThroughStore(t *testing.T) {
	f := newRoleFixture(t)
	f.decideAll(t)
	for _, it := range f.open.Items {
		if it.Decision.DecidedBy != f.secretary.Name {
			t.Errorf("item %d decided by %q; want the secretary %s", it.ID, it.Decision.DecidedBy, f.secretary.Name)
		}
	}
	// Only the secretary puts the item "Uppföljning av beslut" on the
	// agenda; the chair's sign-off freezes what it reports.
	during := at(f.open.StartsAt.Add(20 * time.Minute))
	if _, err := f.storeAs(t, f.member).SetFollowUpItem(during, f.open.ID, true); model.ErrorCode(err) != model.EDenied {
		t.Errorf("a member put the follow-up item on the agenda: %v", err)
	}
	withFollowUp, err := f.storeAs(t, f.secretary).SetFollowUpItem(during, f.open.ID, true)
	check(t, err)
	after := at(f.open.EndsAt.Add(time.Hour))
	signOff := func(as model.Member, role model.Role, by model.Member) (model.Meeting, error) {
		return f.storeAs(t, as).SignOff(after, model.SignOff{MeetingID: f.open.ID, Role: role, MemberID: by.ID})
	}
	_, err = signOff(f.member, model.RoleChair, f.chair)
	wantDeniedErr(t, err, "skriver bara under för sig själv")
	_, err = signOff(f.secretary, model.RoleChair, f.chair)
	wantDeniedErr(t, err, "skriver bara under för sig själv")
	_, err = signOff(f.adjuster, model.RoleAdjuster, f.adjuster)
	check(t, err)
	m, err := signOff(f.chair, model.RoleChair, f.chair)
	check(t, err)
	if !m.SignedOff() {
		t.Fatal("the meeting is not signed off after both sign-offs")
	}
	if rec, err := f.owner.MinutesRecord(context.Background(), m.ID); err != nil || rec.Minutes.Meeting.FollowUpSection != withFollowUp.FollowUpSection {
		t.Errorf("minutes record with the follow-up item at § %d, want § %d (%v)", rec.Minutes.Meeting.FollowUpSection, withFollowUp.FollowUpSection, err)
	}
	log, err := f.owner.Audit(context.Background(), "meeting", "", 3)
	check(t, err)
	want := []string{f.chair.Name, f.chair.Name, f.adjuster.Name} // signed_off, sign_off, sign_off
	for i, e := range log {
		if e.Actor != want[i] {
			t.Errorf("audit row %d (%s) by %q; want %q", e.Seq, e.Action, e.Actor, want[i])
		}
	}
	first := model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF-1.7 the adjuster's signature"), Signatures: 1}
	wantDeniedErr(t, f.storeAs(t, f.member).SaveProtocol(after, first), "sparas av sekreteraren, ordföranden eller justeraren")
	check(t, f.storeAs(t, f.adjuster).SaveProtocol(after, first))
	second := model.Protocol{MeetingID: m.ID, PDF: append(first.PDF, " and the chair's"...), Signatures: 2}
	check(t, f.storeAs(t, f.chair).SaveProtocol(after, second))
	r, err := f.owner.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Errorf("check after the sign-off:\n%s", reportText(r))
	}
}

// wantDeniedErr fails unless err is EDenied store_denied whose Swedish
// message holds reason.
func wantDeniedErr(t *testing.T, err error, reason string) {
	t.Helper()
	var e *model.Error
	if model.ErrorCode(err) != model.EDenied || !errors.As(err, &e) || e.Key != "store_denied" {
		t.Fatalf("got %v; want EDenied store_denied", err)
	}
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, reason) {
		t.Errorf("message %q does not say %q", msg, reason)
	}
}

// Only the secretary imports: the import's rows (sent with COPY) are
// written in the secretary's name, and a member's import is refused.
func TestRolesOnlyTheSecretaryImports(t *testing.T) {
	f := newRoleFixture(t)
	ctx := at(time.Now())
	items := []model.ImportItem{{Content: model.Content{Ref: "90", Kind: model.KindArea, Title: "Trygg fritid"}},
		{Content: model.Content{Ref: "90.1", Kind: model.KindIntervention, Title: "Fritidsgårdar öppna på helger"}}}
	wantDeniedErr(t, f.storeAs(t, f.member).Import(ctx, items, nil), "bara sekreteraren")
	check(t, f.storeAs(t, f.secretary).Import(ctx, items, nil))
	ps, err := f.owner.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	imported := 0
	for _, p := range ps {
		if strings.HasPrefix(p.Ref, "90") {
			imported++
			if p.UpdatedBy != f.secretary.Name {
				t.Errorf("%s updated by %q; want the secretary %s", p.Ref, p.UpdatedBy, f.secretary.Name)
			}
		}
	}
	if imported != 2 {
		t.Errorf("%d proposals imported; want 2", imported)
	}
}

// A member's login does not upgrade an older database: it is told that
// the owner does, and nothing is changed.
func TestRolesMemberDoesNotUpgrade(t *testing.T) {
	f := newRoleFixture(t)
	admin := rawDB(t, f.base.String())
	ctx := context.Background()
	_, err := admin.Exec(ctx, `DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)`)
	check(t, err)
	_, err = postgres.Open(ctx, f.urlOf(f.member))
	wantDeniedErr(t, err, "bara databasens ägare får uppgradera")
}

// Only the secretary sets the group's rules of procedure; every member
// reads them.
func TestRolesOnlyTheSecretarySetsTheGroupRules(t *testing.T) {
	f := newRoleFixture(t)
	ctx := at(time.Now())
	rules := model.GroupRules{Quorum: model.QuorumRule{Kind: model.QuorumTwoThirds}}
	wantDeniedErr(t, f.storeAs(t, f.member).SetGroupRules(ctx, rules), "bara sekreteraren")
	check(t, f.storeAs(t, f.secretary).SetGroupRules(ctx, rules))
	got, err := f.storeAs(t, f.member).GroupRules(ctx)
	check(t, err)
	if got != rules {
		t.Errorf("the member reads %+v; want %+v", got, rules)
	}
}
