package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// start is the time the tests' history begins.
var start = time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)

// clock hands out contexts whose writes are stamped a minute apart.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

// at returns a context acting as actor at the clock's next minute.
func (c *clock) at(actor string) context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(time.Minute)
	t := c.now
	return model.WithActor(model.WithClock(context.Background(), func() time.Time { return t }), actor)
}

// reach moves the clock on to t, if it has not passed it yet: the time a
// meeting starts, when the story goes on to decide at it.
func (c *clock) reach(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.now.Before(t) {
		c.now = t
	}
}

// last is the time the clock last handed out.
func (c *clock) last() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// openStore opens a store on a new, empty database of the test cluster
// (internal/pgtest) and returns it with the database's URL.
func openStore(t *testing.T) (*postgres.Store, string) {
	t.Helper()
	url := pgtest.URL(t)
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, url
}

// rawDB connects to the store's database with plain pgx, as someone with
// psql would: none of the store's code.
func rawDB(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	db, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db
}

// check fails the test at once on an error.
func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// wantCode checks that err is a model error with code and, if key is not
// "", key.
func wantCode(t *testing.T, err error, code model.Code, key string) {
	t.Helper()
	var e *model.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v (%T), want a model error %s/%s", err, err, code, key)
	}
	if e.Code != code || (key != "" && e.Key != key) {
		t.Fatalf("got %s/%s (%v), want %s/%s", e.Code, e.Key, err, code, key)
	}
}

// wantRefused checks that a plain SQL statement failed with a message
// containing want.
func wantRefused(t *testing.T, db *pgx.Conn, want, stmt string, args ...any) {
	t.Helper()
	_, err := db.Exec(context.Background(), stmt, args...)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("%s: got %v, want an error with %q", stmt, err, want)
	}
}

// world is a store with a steering group and one area to hang
// interventions on.
type world struct {
	t                                  *testing.T
	s                                  *postgres.Store
	url                                string
	clk                                *clock
	chair, secretary, adjuster, member model.Member
	area                               model.Proposal
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{t: t, clk: &clock{now: start}}
	w.s, w.url = openStore(t)
	names := []string{"Anna Lindqvist", "Bo Ek", "Cecilia Öberg", "Dan Åström"}
	for i, m := range []*model.Member{&w.chair, &w.secretary, &w.adjuster, &w.member} {
		*m = w.addMember(names[i])
	}
	w.area = w.create(model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"})
	return w
}

func (w *world) ctx() context.Context { return w.clk.at("Bo Ek") }

func (w *world) addMember(name string) model.Member {
	w.t.Helper()
	m, err := w.s.CreateMember(w.ctx(), model.Member{Name: name, Title: "Chef", Active: true})
	check(w.t, err)
	return m
}

func (w *world) create(c model.Content) model.Proposal {
	w.t.Helper()
	p, err := w.s.CreateProposal(w.ctx(), c)
	check(w.t, err)
	return p
}

// ready creates an intervention under area 1 and marks it ready.
func (w *world) ready(ref, title string) model.Proposal {
	w.t.Helper()
	p := w.create(model.Content{Ref: ref, Kind: model.KindIntervention, Title: title})
	p, err := w.s.MarkReady(w.ctx(), p.ID)
	check(w.t, err)
	return p
}

// meeting creates a meeting at starts with the group's roles.
func (w *world) meeting(starts time.Time) model.Meeting {
	w.t.Helper()
	m, err := w.s.CreateMeeting(w.ctx(), model.Meeting{Title: "Ledningsgruppen", StartsAt: starts, Place: "Stadshuset",
		ChairID: w.chair.ID, SecretaryID: w.secretary.ID, AdjusterID: w.adjuster.ID,
		Attendees: []model.Attendee{{MemberID: w.chair.ID, Present: true, Decides: true}}})
	check(w.t, err)
	return m
}

// begin moves the clock to the meeting's start, so that what follows is
// done during the meeting: decisions are recorded from its start, and
// the minutes of a meeting without an end are signed off after it.
func (w *world) begin(m model.Meeting) {
	w.clk.reach(m.StartsAt)
}

// during moves the clock to the start of the meeting of the item.
func (w *world) during(itemID int64) {
	w.t.Helper()
	for _, m := range w.meetings() {
		for _, it := range m.Items {
			if it.ID == itemID {
				w.begin(m)
			}
		}
	}
}

func (w *world) meetings() []model.Meeting {
	w.t.Helper()
	ms, err := w.s.Meetings(context.Background())
	check(w.t, err)
	return ms
}

func (w *world) addItem(m model.Meeting, p model.Proposal) model.Item {
	w.t.Helper()
	it, err := w.s.AddItem(w.ctx(), m.ID, p.ID)
	check(w.t, err)
	return it
}

// decide records a decision with outcome on the item, with what the
// outcome needs.
func (w *world) decide(it model.Item, o model.Outcome) model.Decision {
	w.t.Helper()
	d := model.Decision{Outcome: o, Text: model.DefaultDecisionText(o, model.Swedish)}
	if o == model.OutcomeApprovedConditions {
		d.Conditions = "Återrapport i juni."
	}
	if o == model.OutcomeReturned {
		d.Return = model.ReturnReason{What: "Kostnadsberäkning", Who: "Samverkansteamet", By: model.NewDate(2026, 12, 1)}
	}
	w.during(it.ID)
	got, err := w.s.RecordDecision(w.ctx(), it.ID, d)
	check(w.t, err)
	return got
}

// signOff signs the meeting off by the chair and the adjuster.
func (w *world) signOff(m model.Meeting) model.Meeting {
	w.t.Helper()
	w.clk.reach(m.SignOffFrom())
	_, err := w.s.SignOff(w.clk.at("Anna Lindqvist"), model.SignOff{MeetingID: m.ID, MemberID: w.chair.ID, Role: model.RoleChair})
	check(w.t, err)
	m, err = w.s.SignOff(w.clk.at("Cecilia Öberg"), model.SignOff{MeetingID: m.ID, MemberID: w.adjuster.ID, Role: model.RoleAdjuster})
	check(w.t, err)
	return m
}

func (w *world) proposal(id int64) model.Proposal {
	w.t.Helper()
	p, err := w.s.Proposal(context.Background(), id)
	check(w.t, err)
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
	}
}

// reportText is a check report as lines, as `styrgrupp check` prints it.
func reportText(r model.CheckReport) string {
	lines := append(append(append([]string(nil), r.Integrity...), r.ForeignKeys...), r.Minutes...)
	if b := r.Chain; b != nil {
		lines = append(lines, fmt.Sprintf("granskningsloggen: rad %d (%s) %s", b.Seq, b.Reason, r.Unlogged))
	}
	return strings.Join(lines, "\n")
}
