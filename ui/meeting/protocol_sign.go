package meeting

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// protocolSigners returns the sign-offs of a signed-off meeting whose
// signature the stored protocol still lacks: those made with an identity
// (the others cannot sign it), once the protocol exists or is to be made.
func (m *Window) protocolSigners(mt model.Meeting) []model.SignOff {
	if !mt.SignedOff() {
		return nil
	}
	var out []model.SignOff
	for _, s := range m.protocols[mt.ID].Missing {
		if s.CertSHA256 != "" {
			out = append(out, s)
		}
	}
	return out
}

// protocolDialog lets one of those who signed the minutes off add their
// signature to the meeting's stored protocol.
type protocolDialog struct {
	m       *Window
	meeting model.Meeting
	signers []model.SignOff
	who     *widget.RadioGroup
	picker  *uikit.IdentityPicker
	message *widget.Label
	dlg     *dialog.CustomDialog
}

// onSignProtocol opens the dialog for the meeting shown and returns it,
// or nil when no one can sign.
func (m *Window) onSignProtocol() *protocolDialog {
	mt, ok := m.current()
	if !ok {
		return nil
	}
	p := &protocolDialog{m: m, meeting: mt, signers: m.protocolSigners(mt)}
	if len(p.signers) == 0 {
		return nil
	}
	var names []string
	for _, s := range p.signers {
		names = append(names, s.Role.Label(uikit.Language())+": "+orDash(m.members[s.MemberID].Name))
	}
	p.picker = uikit.NewIdentityPicker(m.app, m.win)
	p.message = uikit.ErrorLabel()
	p.who = widget.NewRadioGroup(names, func(string) {
		if i := p.chosen(); i >= 0 {
			p.picker.ForMember(m.store.Path(), p.signers[i].MemberID)
		}
		p.message.Hide()
	})
	p.who.Required = true
	p.picker.OnEdit(p.message.Hide)
	p.picker.OnSubmit(p.submit)
	me := m.shell.Me()
	p.who.SetSelected(names[0])
	for i, s := range p.signers {
		if s.MemberID == me {
			p.who.SetSelected(names[i])
		}
	}
	intro := widget.NewLabel(lang.L("protocol.intro"))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("protocol.signer"), p.who),
		widget.NewFormItem(lang.L("signoff.identity"), p.picker.Object()),
		widget.NewFormItem(lang.L("signoff.passphrase"), p.picker.Passphrase()),
	)
	sign := widgets.NewButton(lang.L("protocol.sign"), p.submit)
	sign.Importance = widget.HighImportance
	p.dlg = dialog.NewCustomWithoutButtons(lang.L("protocol.title"), container.NewVBox(intro, form, p.message), m.win)
	p.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("meetings.cancel"), p.dlg.Hide), sign})
	p.dlg.Resize(fyne.NewSize(640, 340))
	uikit.DialogKeys(p.dlg, m.win.Canvas(), p.submit, nil)
	p.picker.CloseOn(p.dlg)
	p.dlg.Show()
	m.win.Canvas().Focus(p.picker.Passphrase())
	return p
}

func (p *protocolDialog) chosen() int {
	for i, s := range p.signers {
		if p.who.Selected == s.Role.Label(uikit.Language())+": "+orDash(p.m.members[s.MemberID].Name) {
			return i
		}
	}
	return -1
}

// submit loads the identity and signs; the dialog closes once the
// signature is stored.
func (p *protocolDialog) submit() {
	if i := p.chosen(); i >= 0 {
		p.picker.SetMember(p.m.store.Path(), p.signers[i].MemberID)
	}
	id, err := p.picker.Load()
	if err != nil {
		p.fail(err)
		return
	}
	p.m.signProtocol(p.meeting.ID, id, func(err error) {
		if err != nil {
			p.fail(err)
			return
		}
		p.picker.Remember()
		p.dlg.Hide()
	})
}

func (p *protocolDialog) fail(err error) {
	fyne.LogError("styrgrupp: sign the protocol", err)
	p.message.SetText(uikit.UserMessage(err))
	p.message.Show()
}

// signProtocol adds id's signature to the meeting's protocol off the UI
// goroutine (the first signer makes it from the frozen minutes), then
// reloads and calls done on the UI goroutine with the outcome.
func (m *Window) signProtocol(meetingID int64, id *identity.Identity, done func(error)) {
	opts := protocol.Options{Reason: lang.L("protocol.reason"), PDF: pdf.Options{Language: uikit.Language(),
		Body: strings.TrimSpace(m.app.Preferences().StringWithFallback(uikit.BodyPreference, pdf.DefaultBody)), Location: time.Local}}
	progress := dialog.NewCustomWithoutButtons(lang.L("protocol.title"), widget.NewProgressBarInfinite(), m.win)
	progress.Show()
	ctx := m.ctx()
	m.background(func() {
		_, err := protocol.Sign(ctx, m.store, meetingID, id, opts)
		fyne.Do(func() {
			progress.Hide()
			if err == nil {
				m.changed()
			}
			done(err)
		})
	})
}
