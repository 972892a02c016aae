package meeting

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/ui/help"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// justeringRounds reads the justering round of every meeting not signed
// off, when the store keeps rounds.
func justeringRounds(ctx context.Context, s Store, meetings []model.Meeting) (map[int64]model.JusteringRound, error) {
	out := map[int64]model.JusteringRound{}
	js, ok := s.(model.JusteringStore)
	if !ok {
		return out, nil
	}
	for _, mt := range meetings {
		if mt.SignedOff() {
			continue
		}
		r, err := js.JusteringRound(ctx, mt.ID)
		if err != nil {
			return nil, err
		}
		out[mt.ID] = r
	}
	return out, nil
}

// justeringWaits says why the sign-off waits for the justering round,
// "" when it does not (model.JusteringRound.CheckClosed).
func (m *Window) justeringWaits(mt model.Meeting) string {
	if n := len(m.rounds[mt.ID].OpenNotes()); n > 0 && !mt.SignedOff() {
		return lang.L("justering.open_notes", map[string]any{"N": n})
	}
	return ""
}

// onJustering shows the justering round of the meeting shown: the state
// of the draft, "Skicka för justering" for its secretary, its notes by §
// with "Stäng med svar" for the secretary, and "Ny anteckning" for its
// chair and adjuster.
func (m *Window) onJustering() {
	mt, ok := m.current()
	js, isJ := m.store.(model.JusteringStore)
	if !ok || !isJ {
		return
	}
	r := m.rounds[mt.ID]
	me := m.shell.Me()
	open := !mt.SignedOff()
	var d dialog.Dialog
	done := func(err error) {
		if err != nil {
			m.showError(err)
			return
		}
		d.Hide()
		m.changed()
	}
	state := lang.L("justering.not_sent")
	if r.Sent() {
		state = lang.L("justering.sent", map[string]any{"When": uikit.FormatTime(r.SentAt), "Who": m.members[r.SentBy].Name})
	}
	box := container.NewVBox(widget.NewLabel(state), help.Link(m.app, m.win, handbook.Justering))
	send := widgets.NewButton(lang.L("justering.send"), func() {
		m.write(func(ctx context.Context) error { _, err := js.SendForJustering(ctx, mt.ID, me); return err }, done)
	})
	uikit.EnableIf(send, open && me == mt.SecretaryID && m.shell.Rights().Secretary)
	add := widgets.NewButton(lang.L("justering.new_note"), func() { m.newJusteringNote(js, mt, done) })
	uikit.EnableIf(add, open && r.Sent() && me != 0 && (me == mt.ChairID || me == mt.AdjusterID))
	box.Add(container.NewHBox(send, add))
	box.Add(widget.NewSeparator())
	if len(r.Notes) == 0 {
		box.Add(widget.NewLabel(lang.L("justering.no_notes")))
	}
	for _, n := range r.Notes {
		line := widget.NewLabel("§ " + strconv.Itoa(n.Section) + " · " + m.members[n.AuthorID].Name + ": " + n.Text)
		line.Wrapping = fyne.TextWrapWord
		box.Add(line)
		if n.Closed {
			reply := widget.NewLabel(lang.L("justering.answered", map[string]any{"Who": m.members[n.ClosedBy].Name, "Reply": n.Reply}))
			reply.Wrapping, reply.Importance = fyne.TextWrapWord, widget.LowImportance
			box.Add(reply)
			continue
		}
		closeBtn := widgets.NewButton(lang.L("justering.close"), func() { m.closeJusteringNote(js, n, done) })
		uikit.EnableIf(closeBtn, open && me == mt.SecretaryID && m.shell.Rights().Secretary)
		box.Add(container.NewHBox(closeBtn))
	}
	d = uikit.NewCustom(lang.L("justering.title"), lang.L("justering.done"), container.NewVScroll(box), m.win)
	uikit.CloseOnKeys(d, m.win.Canvas())
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}

// write runs fn off the UI goroutine and hands its error to done on it.
func (m *Window) write(fn func(ctx context.Context) error, done func(error)) {
	ctx := m.ctx()
	m.background(func() {
		err := fn(ctx)
		fyne.Do(func() { done(err) })
	})
}

func (m *Window) newJusteringNote(js model.JusteringStore, mt model.Meeting, done func(error)) {
	var secs []string
	for _, n := range mt.Sections() {
		secs = append(secs, "§ "+strconv.Itoa(n))
	}
	sec := widget.NewSelect(secs, nil)
	if len(secs) > 0 {
		sec.SetSelectedIndex(0)
	}
	text := widget.NewMultiLineEntry()
	d := uikit.NewForm(lang.L("justering.new_note"), lang.L("justering.new_note"), lang.L("meetings.cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("justering.section"), sec), widget.NewFormItem(lang.L("justering.text"), text)},
		func(ok bool) {
			if !ok {
				return
			}
			n, _ := strconv.Atoi(strings.TrimPrefix(sec.Selected, "§ "))
			note := model.JusteringNote{MeetingID: mt.ID, Section: n, AuthorID: m.shell.Me(), Text: text.Text}
			m.write(func(ctx context.Context) error { _, err := js.AddJusteringNote(ctx, note); return err }, done)
		}, m.win)
	showFormWithKeys(d, m.win)
}

// showFormWithKeys shows a form that Escape cancels and Enter, outside
// its multi-line fields, submits.
func showFormWithKeys(d *uikit.Form, win fyne.Window) {
	uikit.DialogKeys(d, win.Canvas(), d.Submit, nil)
	d.Show()
}

func (m *Window) closeJusteringNote(js model.JusteringStore, n model.JusteringNote, done func(error)) {
	reply := widget.NewMultiLineEntry()
	d := uikit.NewForm(lang.L("justering.close"), lang.L("justering.close"), lang.L("meetings.cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("justering.reply"), reply)},
		func(ok bool) {
			if !ok {
				return
			}
			me := m.shell.Me()
			m.write(func(ctx context.Context) error {
				_, err := js.CloseJusteringNote(ctx, n.ID, me, reply.Text)
				return err
			}, done)
		}, m.win)
	showFormWithKeys(d, m.win)
}
