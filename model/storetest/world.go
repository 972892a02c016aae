package storetest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// check and wantCode are the suite's short names for Check and WantCode.
var check, wantCode = Check, WantCode

// Start is the time a World's history begins.
var Start = time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)

// Clock hands out contexts whose writes are stamped a minute apart.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// At returns a context acting as actor at the clock's next minute.
func (c *Clock) At(actor string) context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(time.Minute)
	t := c.now
	return model.WithActor(model.WithClock(context.Background(), func() time.Time { return t }), actor)
}

// Reach moves the clock on to t, if it has not passed it yet: the time a
// meeting starts, when the story goes on to decide at it.
func (c *Clock) Reach(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.now.Before(t) {
		c.now = t
	}
}

// Last is the time the clock last handed out.
func (c *Clock) Last() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Check fails the test at once on an error.
func Check(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// WantCode checks that err is a model error with code and, if key is not
// "", key.
func WantCode(t testing.TB, err error, code model.Code, key string) {
	t.Helper()
	var e *model.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v (%T), want a model error %s/%s", err, err, code, key)
	}
	if e.Code != code || (key != "" && e.Key != key) {
		t.Fatalf("got %s/%s (%v), want %s/%s", e.Code, e.Key, err, code, key)
	}
}

// World is a store with a steering group (chair, secretary, adjuster and
// a member) and one area to hang interventions on, and methods that build
// the story of a test through the store's interfaces, failing the test at
// once on an error. The suite builds every fixture with it, and an
// adapter's own tests may too.
type World struct {
	T                                  *testing.T
	S                                  model.Store
	Clock                              *Clock
	Chair, Secretary, Adjuster, Member model.Member
	Area                               model.Proposal
}

// NewWorld writes the steering group and area 1 into the empty store s,
// with a clock at Start.
func NewWorld(t *testing.T, s model.Store) *World {
	t.Helper()
	w := &World{T: t, S: s, Clock: &Clock{now: Start}}
	names := []string{"Anna Lindqvist", "Bo Ek", "Cecilia Öberg", "Dan Åström"}
	for i, m := range []*model.Member{&w.Chair, &w.Secretary, &w.Adjuster, &w.Member} {
		*m = w.AddMember(names[i])
	}
	w.Area = w.Create(model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"})
	return w
}

// SignedOffWorld is NewWorld with one meeting, signed off, whose one item
// (intervention 1.1) is approved.
func SignedOffWorld(t *testing.T, s model.Store) (*World, model.Meeting, model.Item) {
	t.Helper()
	w := NewWorld(t, s)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	w.Decide(it, model.OutcomeApproved)
	m = w.SignOff(m)
	return w, m, m.Items[0]
}

// newWorld is a World on a new store of the harness.
func newWorld(t *testing.T, h Harness) *World { return NewWorld(t, h.Open(t)) }

// signedOffWorld is a SignedOffWorld on a new store of the harness.
func signedOffWorld(t *testing.T, h Harness) (*World, model.Meeting, model.Item) {
	return SignedOffWorld(t, h.Open(t))
}

// Ctx is a context acting as the secretary at the clock's next minute.
func (w *World) Ctx() context.Context { return w.Clock.At("Bo Ek") }

// AddMember creates an active member named name.
func (w *World) AddMember(name string) model.Member {
	w.T.Helper()
	m, err := w.S.CreateMember(w.Ctx(), model.Member{Name: name, Title: "Chef", Active: true})
	check(w.T, err)
	return m
}

// Create creates a proposal with content c.
func (w *World) Create(c model.Content) model.Proposal {
	w.T.Helper()
	p, err := w.S.CreateProposal(w.Ctx(), c)
	check(w.T, err)
	return p
}

// Ready creates an intervention under area 1 and marks it ready.
func (w *World) Ready(ref, title string) model.Proposal {
	w.T.Helper()
	p := w.Create(model.Content{Ref: ref, Kind: model.KindIntervention, Title: title})
	p, err := w.S.MarkReady(w.Ctx(), p.ID)
	check(w.T, err)
	return p
}

// AddMeeting creates a meeting at starts with the group's roles and the
// chair present.
func (w *World) AddMeeting(starts time.Time) model.Meeting {
	w.T.Helper()
	m, err := w.S.CreateMeeting(w.Ctx(), model.Meeting{Title: "Ledningsgruppen", StartsAt: starts, Place: "Stadshuset",
		ChairID: w.Chair.ID, SecretaryID: w.Secretary.ID, AdjusterID: w.Adjuster.ID,
		Attendees: []model.Attendee{{MemberID: w.Chair.ID, Present: true, Decides: true}}})
	check(w.T, err)
	return m
}

// Begin moves the clock to the meeting's start, so that what follows is
// done during the meeting: decisions are recorded from its start, and
// the minutes of a meeting without an end are signed off after it.
func (w *World) Begin(m model.Meeting) {
	w.Clock.Reach(m.StartsAt)
}

// During moves the clock to the start of the meeting of the item.
func (w *World) During(itemID int64) {
	w.T.Helper()
	for _, m := range w.Meetings() {
		for _, it := range m.Items {
			if it.ID == itemID {
				w.Begin(m)
			}
		}
	}
}

// Meetings returns every meeting of the store.
func (w *World) Meetings() []model.Meeting {
	w.T.Helper()
	ms, err := w.S.Meetings(context.Background())
	check(w.T, err)
	return ms
}

// AddItem puts p on the agenda of m.
func (w *World) AddItem(m model.Meeting, p model.Proposal) model.Item {
	w.T.Helper()
	it, err := w.S.AddItem(w.Ctx(), m.ID, p.ID)
	check(w.T, err)
	return it
}

// ApprovedAndDeferred adds a meeting two days after Start with 1.1
// "Godkänns" approved and 1.2 "Bordläggs" deferred, not signed off: the
// story of the rules on what a sign-off locks and what it leaves open.
func (w *World) ApprovedAndDeferred() (m model.Meeting, approved, deferred model.Item, dec model.Decision) {
	w.T.Helper()
	m = w.AddMeeting(Start.Add(48 * time.Hour))
	approved = w.AddItem(m, w.Ready("1.1", "Godkänns"))
	deferred = w.AddItem(m, w.Ready("1.2", "Bordläggs"))
	dec = w.Decide(approved, model.OutcomeApproved)
	w.Decide(deferred, model.OutcomeDeferred)
	return m, approved, deferred, dec
}

// Decide records a decision with outcome on the item, with what the
// outcome needs, during its meeting.
func (w *World) Decide(it model.Item, o model.Outcome) model.Decision {
	w.T.Helper()
	d := model.Decision{Outcome: o, Text: model.DefaultDecisionText(o, model.Swedish)}
	if o == model.OutcomeApprovedConditions {
		d.Conditions = "Återrapport i juni."
	}
	if o == model.OutcomeReturned {
		d.Return = model.ReturnReason{What: "Kostnadsberäkning", Who: "Samverkansteamet", By: model.NewDate(2026, 12, 1)}
	}
	w.During(it.ID)
	got, err := w.S.RecordDecision(w.Ctx(), it.ID, d)
	check(w.T, err)
	return got
}

// SignOff signs the meeting off by the chair and the adjuster.
func (w *World) SignOff(m model.Meeting) model.Meeting {
	w.T.Helper()
	w.Clock.Reach(m.SignOffFrom())
	_, err := w.S.SignOff(w.Clock.At("Anna Lindqvist"), model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair})
	check(w.T, err)
	m, err = w.S.SignOff(w.Clock.At("Cecilia Öberg"), model.SignOff{MeetingID: m.ID, MemberID: w.Adjuster.ID, Role: model.RoleAdjuster})
	check(w.T, err)
	return m
}

// Proposal reads the proposal id.
func (w *World) Proposal(id int64) model.Proposal {
	w.T.Helper()
	p, err := w.S.Proposal(context.Background(), id)
	check(w.T, err)
	return p
}

// fullContent is an intervention with every field set, some of it as a
// person would type it (spaces, Windows line breaks, empty entries).
func fullContent(ref string) model.Content {
	return model.Content{
		Ref: ref, Kind: model.KindIntervention, Title: "  Föräldraskapsstöd i förskolan ",
		Summary:     "Stöd till föräldrar\r\nmed små barn.",
		Description: "Vägledande samtal i grupp, åtta träffar.",
		Rationale:   "Forskning visar att tidigt stöd minskar risken för våld.",
		Evidence: []model.Evidence{
			{Kind: model.EvidenceResearch, Citation: "Folkhälsomyndigheten 2023", URL: "https://example.org/fohm"},
			{Kind: model.EvidenceExperience, Citation: "Beprövad erfarenhet från Örebro"},
		},
		RiskFactors:       []string{"Konflikter i familjen", " "},
		ProtectiveFactors: []string{"Trygg anknytning", "Stödjande nätverk"},
		ProblemAreas:      []model.ProblemArea{model.Violence, model.IllHealth},
		PreventionLevel:   model.Universal,
		TargetGroup:       "Föräldrar till barn 0–5 år",
		Responsible:       "Socialförvaltningen",
		Partners:          []string{"Förskolan", "Region Örebro län"},
		Start:             model.NewDate(2027, 1, 1),
		End:               model.NewDate(2028, 12, 31),
		Cost:              model.Money{Ore: 125000050, Set: true},
		Funding:           "Statsbidrag",
		RegistryNumber:    " KS 2026/124 ",
	}
}
