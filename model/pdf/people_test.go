package pdf_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/styrgrupp/styrgrupp/model"
)

// TestFrontPageListsAPersonALine: pdftotext gives back the minutes' front
// page with each attendee, member or guest, on a line of their own, the
// title after an en dash ("Maja Strand – processledare för …"), never
// run together with the next person or broken over two lines.
func TestFrontPageListsAPersonALine(t *testing.T) {
	needTools(t, "pdftotext")
	_, signed, _ := store(t)
	b, _, in := minutes(t, signed, options(model.Swedish))
	path := save(t, "minutes-front.pdf", b)
	page := strings.Split(runTool(t, "pdftotext", "-layout", "-enc", "UTF-8", "-l", "1", path, "-"), "\n")

	var names []string
	want := map[string]string{} // name → what its line holds
	for _, a := range in.Meeting.Attendees {
		name, title := model.SplitGuest(a.Name)
		if a.MemberID != 0 {
			name, title = in.Members[a.MemberID].Name, in.Members[a.MemberID].Title
			if r := []rune(title); len(r) > 1 && unicode.IsLower(r[1]) {
				title = strings.ToLower(string(r[:1])) + string(r[1:])
			}
		}
		names = append(names, name)
		want[name] = model.PersonLine(name, title)
	}
	if len(names) < 10 || !strings.Contains(want["Maja Strand"], "Maja Strand – processledare för En kommun fri från våld, Kommunledningskontoret") {
		t.Fatalf("the demo's attendees are not what the test expects: %v", want)
	}
	for _, name := range names {
		var lines []string
		for _, l := range page {
			if strings.Contains(l, name) { // the first is in the lists, before the signatures
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			t.Errorf("%s is not on the front page", name)
			continue
		}
		if !strings.Contains(lines[0], want[name]) {
			t.Errorf("%s's line is %q, want it to hold %q", name, strings.TrimSpace(lines[0]), want[name])
		}
		for _, other := range names {
			if other != name && strings.Contains(lines[0], other) {
				t.Errorf("%s shares a line with %s: %q", name, other, strings.TrimSpace(lines[0]))
			}
		}
	}
}
