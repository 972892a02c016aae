package meeting

import (
	"context"

	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// meetingModeData is what meeting mode reads from the store: the meeting,
// the members, for each item its proposal as it is now and the revision
// put on the agenda, and what the item "Uppföljning av beslut" reports.
type meetingModeData struct {
	meeting   model.Meeting
	members   []model.Member
	proposals map[int64]model.Proposal
	revisions map[int64]model.Revision
	followUps []model.FollowUpLine
	rules     model.GroupRules
}

// read reads the meeting and what its items need with ctx, in one read
// of the store (model.DetailStore.AgendaDetail), and the group's rules at
// the same time, on a connection of their own, so that on a shared store
// they cost one round trip, not two; it touches no widget, so it may run
// off the UI goroutine.
func (m *meetingMode) read(ctx context.Context) (meetingModeData, error) {
	var rules model.GroupRules
	var rulesErr error
	rulesRead := make(chan struct{})
	go func() {
		defer close(rulesRead)
		rules, rulesErr = m.store.GroupRules(ctx)
	}()
	a, err := m.store.AgendaDetail(ctx, m.meetingID)
	<-rulesRead
	if err == nil {
		err = rulesErr
	}
	if err != nil {
		return meetingModeData{}, err
	}
	slices.SortStableFunc(a.Meeting.Items, func(a, b model.Item) int { return a.Position - b.Position })
	fus, err := model.ReadFollowUpReport(ctx, m.store, a.Meeting)
	if err != nil {
		return meetingModeData{}, err
	}
	return meetingModeData{meeting: a.Meeting, members: a.Members, proposals: a.Proposals, revisions: a.Revisions,
		followUps: fus, rules: rules}, nil
}

// load reads the meeting off the UI goroutine, shows it, then calls then.
func (m *meetingMode) load(then func()) {
	ctx := m.ctx()
	m.background(func() {
		d, err := m.read(ctx)
		fyne.Do(func() {
			if err != nil {
				m.showError(err)
				return
			}
			m.apply(d)
			if then != nil {
				then()
			}
		})
	})
}

// apply takes what read found: the title, the banner of a signed-off
// meeting, the agenda and the members offered in the form.
func (m *meetingMode) apply(d meetingModeData) {
	m.meeting, m.proposals, m.revisions, m.followUps = d.meeting, d.proposals, d.revisions, d.followUps
	m.locked = d.meeting.SignedOff() || !m.mayDecide
	m.names = map[int64]string{}
	for _, mb := range d.members {
		m.names[mb.ID] = mb.Name
	}
	m.panel.rules = d.rules
	m.panel.setMembers(offeredMembers(d.meeting, d.members), decidingMembers(d.meeting, d.members))
	name := meetingHeading(d.meeting)
	m.win.SetTitle(lang.L("meetingmode.window_title", map[string]any{"Meeting": name}))
	widgets.SetCutText(m.heading, name)
	uikit.ShowIf(m.banner, d.meeting.SignedOff())
	uikit.ShowIf(m.follow, !m.mayDecide && !d.meeting.SignedOff())
	setNotice(m.notice, d.meeting, model.Now(m.ctx()))
	if m.locked {
		m.keys.SetText(lang.L("meetingmode.keys_locked"))
	} else {
		m.keys.SetText(lang.L("meetingmode.keys") + " · " + lang.L("meetingvote.keys"))
	}
	if !d.meeting.HasAgenda() {
		m.current = -1
		m.position.SetText("")
		m.section.SetText("")
		m.title.SetText(lang.L("meetingmode.empty"))
		m.panel.content.Hide()
		uikit.EnableIf(m.prevBtn, false)
		uikit.EnableIf(m.nextBtn, false)
	} else {
		m.panel.content.Show()
	}
	m.list.Refresh()
	m.followOnProjector()
}

// decidingMembers are the members who can enter a reservation: those
// present and deciding (beslutande), in the order of the attendance.
// Others present took no part in the decision and cannot dissent from it.
func decidingMembers(mt model.Meeting, all []model.Member) []model.Member {
	var out []model.Member
	for _, mb := range all {
		if mt.Deciding(mb.ID) {
			out = append(out, mb)
		}
	}
	byID := map[int64]model.Member{}
	for _, mb := range out {
		byID[mb.ID] = mb
	}
	out = out[:0]
	for _, a := range mt.Attendees {
		if mb, ok := byID[a.MemberID]; ok {
			out = append(out, mb)
			delete(byID, a.MemberID)
		}
	}
	return out
}

// offeredMembers are the members who can enter a note or be recused:
// those present at the meeting, or every active member when no
// attendance is recorded.
func offeredMembers(mt model.Meeting, all []model.Member) []model.Member {
	byID := map[int64]model.Member{}
	for _, mb := range all {
		byID[mb.ID] = mb
	}
	var out []model.Member
	for _, a := range mt.Attendees {
		if mb, ok := byID[a.MemberID]; ok && a.Present {
			out = append(out, mb)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, mb := range all {
		if mb.Active {
			out = append(out, mb)
		}
	}
	return out
}

// memberName names a member, the meeting itself for 0.
func (m *meetingMode) memberName(id int64) string {
	if id == 0 {
		return lang.L("meetingmode.by_meeting")
	}
	if n := m.names[id]; n != "" {
		return n
	}
	return lang.L("meetingmode.unknown_member")
}

// firstUndecided is the first item without a decision, or the first item.
func (m *meetingMode) firstUndecided() int {
	for i, it := range m.meeting.Items {
		if it.Decision == nil {
			return i
		}
	}
	return 0
}

// nextUndecided is the first item after from without a decision, looking
// from the top again after the last; from itself when all are decided.
func (m *meetingMode) nextUndecided(from int) int {
	n := len(m.meeting.Items)
	for k := 1; k < n; k++ {
		if j := (from + k) % n; m.meeting.Items[j].Decision == nil {
			return j
		}
	}
	return from
}

func (m *meetingMode) next()     { m.goTo(m.current + 1) }
func (m *meetingMode) previous() { m.goTo(m.current - 1) }

// goTo shows the item at index i of the agenda, keeping what was typed on
// the item left as a draft.
func (m *meetingMode) goTo(i int) {
	if i < 0 || i >= m.agendaLen() {
		return
	}
	if m.current >= 0 && m.current < len(m.meeting.Items) && m.current != i && !m.locked {
		id := m.meeting.Items[m.current].ID
		if m.panel.dirty() {
			d, _ := m.panel.decision()
			m.drafts[id] = d
		} else {
			delete(m.drafts, id) // changed back to what is stored
		}
		m.list.RefreshItem(m.current)
	}
	m.current = i
	m.list.Select(i)
	m.showItem()
}

// showItem shows the current item: §, ref, title and summary of the
// revision on the agenda, its fingerprint, a warning when the proposal has
// changed since, and its decision (or the draft left on it).
func (m *meetingMode) showItem() {
	m.followOnProjector()
	if m.onFollowUp() {
		m.showFollowUps()
		return
	}
	it := m.meeting.Items[m.current]
	rev := m.revisions[it.ID]
	m.panel.content.Show()
	m.position.SetText(lang.L("meetingmode.position", map[string]any{"N": m.current + 1, "Total": m.agendaLen()}))
	m.section.SetText(lang.L("meetingmode.section", map[string]any{"N": it.Number, "Ref": rev.Content.Ref}))
	m.title.SetText(rev.Content.Title)
	summary := strings.TrimSpace(rev.Content.Summary)
	if summary == "" {
		summary = lang.L("meetingmode.no_summary")
	}
	m.summary.SetText(summary)
	if p := m.proposals[it.ProposalID]; p.Revision > it.Revision {
		m.warning.SetText(lang.L("meetingmode.changed", map[string]any{"From": it.Revision, "To": p.Revision}))
		m.warning.Show()
	} else {
		m.warning.Hide()
	}
	m.basis.SetText(lang.L("meetingmode.basis", map[string]any{"N": rev.Number, "Fingerprint": model.ShortFingerprint(rev.Fingerprint)}))
	m.fingerprint.SetText(lang.L("meetingmode.fingerprint", map[string]any{"Fingerprint": rev.Fingerprint}))
	m.panel.show(it.Decision, m.locked)
	if draft, ok := m.drafts[it.ID]; ok && !m.locked {
		// The draft is shown, and told from what is stored.
		stored := m.panel.state()
		m.panel.show(&draft, false)
		m.panel.setFilled(stored)
	}
	uikit.EnableIf(m.prevBtn, m.current > 0)
	uikit.EnableIf(m.nextBtn, m.current < m.agendaLen()-1)
	m.itemScroll.Content.Refresh() // lay out the new title's and summary's lines
	m.itemScroll.ScrollToTop()
}

// save records the decision on the current item, taken on the revision
// shown. A fault shows beside its field and nothing is stored; when the
// group is not quorate on the item, it asks first (askUnlessQuorate).
// Once stored, the item shows its outcome and the next undecided item is
// shown.
func (m *meetingMode) save() {
	if m.locked || m.saving || m.ask != nil || m.current < 0 || m.current >= len(m.meeting.Items) {
		return
	}
	it := m.meeting.Items[m.current]
	rev := m.revisions[it.ID]
	d, msgs := m.panel.decision()
	d.Revision, d.Fingerprint = rev.Number, rev.Fingerprint
	if err := d.Validate(); err != nil {
		addErrors(msgs, err)
	}
	if err := d.CheckParticipants(m.meeting, it.Number, m.memberName); err != nil {
		addErrors(msgs, err)
	}
	if len(msgs) > 0 {
		m.setStatus("")
		m.panel.showErrors(msgs)
		return
	}
	m.panel.clearErrors()
	m.askUnlessQuorate(d, it.Number, func() { m.record(it, d) })
}

// record stores d as the decision on it, off the UI goroutine.
func (m *meetingMode) record(it model.Item, d model.Decision) {
	m.saving = true
	m.panel.saveBtn.Disable()
	ctx := m.ctx()
	m.background(func() {
		_, err := m.store.RecordDecision(ctx, it.ID, d)
		var data meetingModeData
		var readErr error
		if err == nil {
			data, readErr = m.read(ctx)
		}
		fyne.Do(func() { m.saved(it, err, data, readErr) })
	})
}

// saved shows the outcome of save. Once the decision on it is stored,
// the item shows its outcome and the next undecided item is shown, unless
// the secretary has moved to another item meanwhile.
func (m *meetingMode) saved(it model.Item, err error, data meetingModeData, readErr error) {
	m.saving = false
	uikit.EnableIf(m.panel.saveBtn, !m.locked)
	onIt := m.current >= 0 && m.current < len(m.meeting.Items) && m.meeting.Items[m.current].ID == it.ID
	switch {
	case err != nil && model.ErrorCode(err) == model.EInvalid && onIt:
		msgs := map[string][]string{}
		addErrors(msgs, err)
		m.panel.showErrors(msgs)
		return
	case err != nil:
		m.showError(err)
		if model.ErrorCode(err) == model.ELocked { // signed off meanwhile: show it so
			m.load(func() { m.goTo(m.current) })
		}
		return
	}
	delete(m.drafts, it.ID)
	if onIt {
		m.panel.setFilled(m.panel.state()) // what is shown is stored: no draft
	}
	if readErr != nil {
		m.showError(readErr)
		return
	}
	m.apply(data)
	at := slices.IndexFunc(m.meeting.Items, func(x model.Item) bool { return x.ID == it.ID })
	msg := lang.L("meetingmode.saved", map[string]any{"N": it.Number})
	if at >= 0 && m.nextUndecided(at) == at {
		msg += " " + lang.L("meetingmode.all_decided")
	}
	m.setStatus(msg)
	if at >= 0 && onIt {
		m.unfocus()
		m.goTo(m.nextUndecided(at)) // or the saved item again, as stored
		m.showOnProjector(at)       // the room sees the decision until the secretary moves on
	}
	if m.onDecided != nil {
		m.onDecided()
	}
}

// showError logs err and shows its message in the interface's language.
func (m *meetingMode) showError(err error) {
	fyne.LogError("styrgrupp: meeting mode", err)
	uikit.ShowErrorMessage(m.win, model.ErrorMessage(err, uikit.Language()))
}
