package meeting

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// sectionRange writes the § of the meeting's agenda as the minutes do:
// "§ 8" for one item, "§§ 8–10" for several, "" for an empty agenda.
func sectionRange(mt model.Meeting) string {
	first, last := mt.SectionRange()
	return sectionSpan(first, last)
}

// sectionSpan writes § first to last: "§ 8", "§§ 8–10", or "" when first
// is 0.
func sectionSpan(first, last int) string {
	switch {
	case first == 0:
		return ""
	case first == last:
		return lang.L("meetings.section_one", map[string]any{"N": first})
	}
	return lang.L("meetings.section_range", map[string]any{"First": first, "Last": last})
}

// meetingHeading is the meeting's title and day.
func meetingHeading(mt model.Meeting) string {
	if t := strings.TrimSpace(mt.Title); t != "" {
		return t + " – " + uikit.FormatDate(model.DateOf(mt.StartsAt.Local()))
	}
	return lang.L("meetings.meeting") + " " + uikit.FormatDate(model.DateOf(mt.StartsAt.Local()))
}

// meetingState says in words how far the meeting has come: who has
// signed off and who is awaited, and then who has signed the protocol.
func meetingState(mt model.Meeting, st protocol.Status) string {
	decided := 0
	for _, it := range mt.Items {
		if it.Decision != nil {
			decided++
		}
	}
	switch {
	case mt.SignedOff():
		return protocolState(mt, st)
	case len(mt.SignOffs) > 0:
		s := mt.SignOffs[0]
		waiting := model.RoleAdjuster
		if s.Role == model.RoleAdjuster {
			waiting = model.RoleChair
		}
		return lang.L("protocol.state.one_signed_off", map[string]any{"Role": s.Role.Label(uikit.Language()),
			"Date": shortDate(s.SignedAt), "Waiting": strings.ToLower(waiting.Label(uikit.Language()))})
	case len(mt.Items) > 0 && decided == len(mt.Items):
		return lang.L("meetings.state.decided")
	case decided > 0:
		return lang.L("meetings.state.running", map[string]any{"Decided": decided, "Items": len(mt.Items)})
	default:
		return lang.L("meetings.state.planned")
	}
}

// protocolState says whose signature the protocol of a signed-off
// meeting waits for, or who signed it. A meeting signed off without
// identities (before the protocol was kept) is just signed off.
func protocolState(mt model.Meeting, st protocol.Status) string {
	for _, s := range mt.SignOffs {
		if s.CertSHA256 == "" {
			return lang.L("meetings.state.signed")
		}
	}
	if st.Done() {
		var names []string
		for _, s := range st.Signed {
			names = append(names, signOffName(s))
		}
		return lang.L("protocol.state.done", map[string]any{"Names": joinAnd(names)})
	}
	chair, adjuster := st.SignedBy(model.RoleChair), st.SignedBy(model.RoleAdjuster)
	switch {
	case chair:
		return lang.L("protocol.state.wait_adjuster")
	case adjuster:
		return lang.L("protocol.state.wait_chair")
	}
	return lang.L("protocol.state.wait_both")
}

// signOffName is the signer's name as the certificate gives it, without
// the organisation and fingerprint the sign-off records with it.
func signOffName(s model.SignOff) string {
	name := s.Signer
	if i := strings.IndexAny(name, ",("); i > 0 {
		name = name[:i]
	}
	return strings.TrimSpace(name)
}

// joinAnd joins names as one says them: "A", "A och B", "A, B och C".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + lang.L("protocol.and") + " " + names[len(names)-1]
}

// shortDate writes a day as "6 dec", in the computer's zone.
func shortDate(t time.Time) string {
	t = t.Local()
	months := strings.Fields(lang.L("protocol.months"))
	if len(months) != 12 {
		return uikit.FormatDate(model.DateOf(t))
	}
	return fmt.Sprintf("%d %s", t.Day(), months[t.Month()-1])
}

// protocolStates reads how far the protocol of each signed-off meeting
// has come.
func protocolStates(ctx context.Context, s model.MeetingStore, meetings []model.Meeting) (map[int64]protocol.Status, error) {
	out := map[int64]protocol.Status{}
	for _, mt := range meetings {
		if !mt.SignedOff() {
			continue
		}
		st, err := protocol.StatusOf(ctx, s, mt)
		if err != nil {
			return nil, err
		}
		out[mt.ID] = st
	}
	return out, nil
}
