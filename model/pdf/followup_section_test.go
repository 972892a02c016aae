package pdf_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// followUpWorld is a store with one meeting, signed off, that approved
// intervention 1.1, and a later meeting whose only item is "Uppföljning
// av beslut". at gives a context whose clock stands at a time.
type followUpWorld struct {
	t        *testing.T
	s        *sqlite.Store
	approved model.Proposal
	members  []int64
	later    model.Meeting
}

func at(t time.Time) context.Context {
	return model.WithActor(model.WithClock(context.Background(), func() time.Time { return t }), "Bo Ek")
}

func (w *followUpWorld) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
}

func newFollowUpWorld(t *testing.T) *followUpWorld {
	w := &followUpWorld{t: t}
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	w.must(err)
	t.Cleanup(func() { s.Close() })
	w.s = s
	first := time.Date(2026, 3, 2, 13, 0, 0, 0, model.Stockholm)
	ctx := at(first.Add(-24 * time.Hour))
	for _, n := range []string{"Anna Lindqvist", "Cecilia Öberg", "Bo Ek"} {
		mb, err := s.CreateMember(ctx, model.Member{Name: n, Active: true})
		w.must(err)
		w.members = append(w.members, mb.ID)
	}
	_, err = s.CreateProposal(ctx, model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"})
	w.must(err)
	p, err := s.CreateProposal(ctx, model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Föräldrastöd i förskolan",
		RegistryNumber: "KS 2026/124"})
	w.must(err)
	_, err = s.MarkReady(ctx, p.ID)
	w.must(err)
	m := w.meeting(ctx, first)
	it, err := s.AddItem(ctx, m.ID, p.ID)
	w.must(err)
	_, err = s.RecordDecision(at(first.Add(time.Hour)), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."})
	w.must(err)
	w.signOff(m, first.Add(3*time.Hour))
	w.approved = p
	w.later = w.meeting(ctx, time.Date(2026, 5, 4, 13, 0, 0, 0, model.Stockholm))
	w.later, err = s.SetFollowUpItem(ctx, w.later.ID, true)
	w.must(err)
	return w
}

func (w *followUpWorld) meeting(ctx context.Context, starts time.Time) model.Meeting {
	w.t.Helper()
	m, err := w.s.CreateMeeting(ctx, model.Meeting{Title: "Ledningsgruppen", StartsAt: starts, EndsAt: starts.Add(2 * time.Hour),
		Place: "Stadshuset", ChairID: w.members[0], AdjusterID: w.members[1], SecretaryID: w.members[2]})
	w.must(err)
	return m
}

func (w *followUpWorld) signOff(m model.Meeting, when time.Time) {
	w.t.Helper()
	for i, r := range []model.Role{model.RoleChair, model.RoleAdjuster} {
		_, err := w.s.SignOff(at(when), model.SignOff{MeetingID: m.ID, MemberID: w.members[i], Role: r})
		w.must(err)
	}
}

// saveFollowUp sets the approved intervention's progress and adds a note.
func (w *followUpWorld) saveFollowUp(when time.Time, progress int, note string) {
	w.t.Helper()
	f, err := w.s.FollowUp(context.Background(), w.approved.ID)
	w.must(err)
	if f.Status == model.FollowUpNotStarted {
		w.must(f.MoveTo(model.FollowUpInProgress))
	}
	w.must(f.SetProgress(progress))
	f.ReviewDate = model.NewDate(2026, 4, 15)
	f.Notes = append(f.Notes, model.FollowUpNote{Date: model.DateOf(when), AuthorID: w.members[2], Text: note})
	_, err = w.s.SaveFollowUp(at(when), f)
	w.must(err)
}

// text is the body of the later meeting's minutes in l, as pdftotext
// reads it.
func (w *followUpWorld) text(l model.Language, name string) string {
	w.t.Helper()
	in, err := pdf.LoadMinutes(context.Background(), w.s, w.later.ID)
	w.must(err)
	var b bytes.Buffer
	_, err = pdf.Minutes(&b, in, pdf.Options{Language: l, Now: made})
	w.must(err)
	return flat(strings.Join(pdfText(w.t, save(w.t, name, b.Bytes())), "\n"))
}

// The § "Uppföljning av beslut" prints the follow-ups due since the
// previous meeting, or says there are none; signed off, the minutes keep
// what it printed that day, whatever is saved afterwards.
func TestMinutesFollowUpSection(t *testing.T) {
	w := newFollowUpWorld(t)
	none := w.text(model.Swedish, "followup-none.pdf")
	for _, want := range []string{"§ 2", "Uppföljning av beslut", "Inga uppföljningar att rapportera.", "§ 2"} {
		if !strings.Contains(none, want) {
			t.Errorf("minutes with nothing due lack %q:\n%s", want, none)
		}
	}
	if strings.Contains(none, "Föräldrastöd") {
		t.Errorf("minutes with nothing due name the intervention:\n%s", none)
	}

	w.saveFollowUp(time.Date(2026, 4, 1, 10, 0, 0, 0, model.Stockholm), 40, "Två av fyra förskolor har börjat.")
	due := w.text(model.Swedish, "followup-due.pdf")
	for _, want := range []string{"Uppföljning av beslut", "1.1 Föräldrastöd i förskolan", "Diarienummer KS 2026/124",
		"Pågår · 40 % klart · granskas 15 april 2026 · granskningsdatum passerat",
		"Senaste anteckning 1 april 2026", "Två av fyra förskolor har börjat."} {
		if !strings.Contains(due, want) {
			t.Errorf("minutes with a follow-up due lack %q:\n%s", want, due)
		}
	}
	if strings.Contains(due, "Inga uppföljningar") {
		t.Errorf("minutes with a follow-up due say there is none:\n%s", due)
	}
	en := w.text(model.English, "followup-due-en.pdf")
	for _, want := range []string{"Follow-up of decisions", "In progress · 40 % done · review 15 April 2026 · review date passed"} {
		if !strings.Contains(en, want) {
			t.Errorf("English minutes lack %q:\n%s", want, en)
		}
	}

	w.signOff(w.later, w.later.EndsAt.Add(time.Hour))
	w.saveFollowUp(time.Date(2026, 5, 10, 10, 0, 0, 0, model.Stockholm), 90, "Alla förskolor i gång.")
	signed := w.text(model.Swedish, "followup-signed.pdf")
	if !strings.Contains(signed, "40 % klart") || strings.Contains(signed, "90 %") || strings.Contains(signed, "Alla förskolor") {
		t.Errorf("signed minutes do not print the follow-ups as they were at the sign-off:\n%s", signed)
	}
	r, err := w.s.Check(context.Background())
	w.must(err)
	if !r.OK() {
		t.Errorf("check after a follow-up saved after the sign-off: %+v", r)
	}
}
