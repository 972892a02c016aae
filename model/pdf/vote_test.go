package pdf_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// TestMinutesPrintAVoteARecusalAndPartTimeAttendance: the demo's signed-off
// meeting with, on its first §, a member recused and an open vote, and
// a deciding member who left after it. pdftotext shows the recusal's
// statement, the vote's propositions, each vote and the result, and the
// member's §§ beside their name, in both languages.
func TestMinutesPrintAVoteARecusalAndPartTimeAttendance(t *testing.T) {
	_, signed, _ := store(t)
	_, _, in := minutes(t, signed, options(model.Swedish))
	m := in.Meeting
	first, last := m.SectionRange()
	var deciding []int64
	leaver := -1
	for i, a := range m.Attendees {
		if a.MemberID != 0 && a.Decides && a.Present {
			deciding = append(deciding, a.MemberID)
			leaver = i
		}
	}
	if len(deciding) < 4 || first == last {
		t.Fatalf("the demo meeting has %d deciding members and §§ %d–%d; the test needs four and two §§", len(deciding), first, last)
	}
	m.Attendees = append([]model.Attendee(nil), m.Attendees...)
	m.Attendees[leaver].To = first
	recused := deciding[1]
	m.Items = append([]model.Item(nil), m.Items...)
	d := *m.Items[0].Decision
	d.Recusals = []model.Recusal{{MemberID: recused, Reason: "Styrelseledamot i föreningen som söker medel"}}
	d.Reservations = nil
	d.Vote = &model.Vote{Yes: "ordförandens förslag", No: "Per Åkessons yrkande om avslag", CastingVote: true}
	for _, id := range m.Participants(first, d.Recusals) {
		c := model.VoteYes
		if id != m.ChairID && len(d.Vote.Ballots)%2 == 1 {
			c = model.VoteNo
		}
		d.Vote.Ballots = append(d.Vote.Ballots, model.Ballot{MemberID: id, Choice: c})
	}
	m.Items[0].Decision = &d
	in.Meeting = m
	res := d.Vote.Count(m.ChairID)

	for _, l := range []model.Language{model.Swedish, model.English} {
		var buf bytes.Buffer
		opts := options(l)
		if _, err := pdf.Minutes(&buf, in, opts); err != nil {
			t.Fatal(err)
		}
		path := save(t, "minutes-vote-"+string(l)+".pdf", buf.Bytes())
		qpdfCheck(t, path)
		body := bodyText(t, pdfText(t, path), minutesDecorations(l)...)
		put := "Omröstning begärs och verkställs. Ja-röst för ordförandens förslag, nej-röst för Per Åkessons yrkande om avslag."
		heading := "Omröstning"
		leftAt := "(§ " + itoa(first) + ")"
		if l == model.English {
			put = "A vote is requested and taken. A yes vote for ordförandens förslag, a no vote for Per Åkessons yrkande om avslag."
			heading = "Vote"
		}
		want := []string{
			model.RecusalStatement(l, name(in, recused)),
			"Styrelseledamot i föreningen som söker medel",
			heading, put, res.Text(l, *d.Vote),
			name(in, m.Attendees[leaver].MemberID) + " ",
			leftAt,
		}
		for _, b := range d.Vote.Ballots {
			want = append(want, name(in, b.MemberID)+" "+b.Choice.Label(l))
		}
		for _, w := range want {
			if !strings.Contains(body, flat(w)) {
				t.Errorf("%s: the minutes lack %q", l, w)
			}
		}
		// The recusal heads the §, before its summary; the vote comes
		// before the decision.
		sec := body[strings.Index(body, section(first)):]
		rec := strings.Index(sec, flat(model.RecusalStatement(l, name(in, recused))))
		vote := strings.Index(sec, flat(put))
		dec := strings.Index(sec, flat(d.Text))
		if rec < 0 || vote < 0 || dec < 0 || !(rec < vote && vote < dec) {
			t.Errorf("%s: recusal at %d, vote at %d, decision at %d; want them in that order", l, rec, vote, dec)
		}
		if strings.Count(body, leftAt) < 1 {
			t.Errorf("%s: the part-time attendance is not marked", l)
		}
	}
}
