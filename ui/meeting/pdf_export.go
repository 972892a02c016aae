package meeting

import (
	"context"

	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// pdfExport is the dialog that writes the minutes of the meeting shown, or
// an extract of one §, as a PDF, signed when the user gives an identity.
type pdfExport struct {
	m       *Window
	meeting model.Meeting
	kind    *widget.RadioGroup
	section *widget.Select
	body    *widget.Entry
	sign    *widget.Check
	picker  *uikit.IdentityPicker
	message *widget.Label
	dlg     *dialog.CustomDialog
	// stored is set when the store keeps the meeting's signed protocol,
	// which the minutes are then exported as, unchanged.
	stored bool
}

// onExport opens the export dialog for the meeting shown and returns it,
// or nil when there is none.
func (m *Window) onExport() *pdfExport {
	mt, ok := m.current()
	if !ok {
		return nil
	}
	e := &pdfExport{m: m, meeting: mt}
	if mt.SignedOff() {
		doc, err := m.store.Protocol(m.ctx(), mt.ID)
		if err != nil {
			m.showError(err)
			return nil
		}
		e.stored = doc != nil
	}
	e.kind = widget.NewRadioGroup([]string{lang.L("pdfexport.minutes"), lang.L("pdfexport.extract")}, nil)
	e.kind.Required = true
	e.kind.SetSelected(lang.L("pdfexport.minutes"))
	var sections []string
	for _, it := range mt.Items {
		p := m.proposals[it.ProposalID]
		sections = append(sections, fmt.Sprintf("§ %d  %s %s", it.Number, p.Ref, p.Title))
	}
	e.section = widget.NewSelect(sections, nil)
	if len(sections) > 0 {
		e.section.SetSelectedIndex(0)
	}
	e.body = widget.NewEntry()
	e.body.SetText(m.app.Preferences().StringWithFallback(uikit.BodyPreference, pdf.DefaultBody))
	e.picker = uikit.NewIdentityPicker(m.app, m.win)
	e.picker.ForMember(m.store.Path(), m.shell.Me())
	sign, signRows := e.picker.Optional()
	e.sign = sign
	e.message = uikit.ErrorLabel()
	note := widget.NewLabel(lang.L("pdfexport.draft_note"))
	note.Wrapping = fyne.TextWrapWord
	if mt.SignedOff() {
		note.SetText(lang.L("pdfexport.signed_note"))
	}
	if e.stored {
		note.SetText(lang.L("protocol.stored_note"))
	}
	form := widget.NewForm(append([]*widget.FormItem{
		widget.NewFormItem(lang.L("pdfexport.document"), e.kind),
		widget.NewFormItem(lang.L("pdfexport.section"), e.section),
		widget.NewFormItem(lang.L("pdfexport.body"), e.body),
	}, signRows...)...)
	next := widgets.NewButton(lang.L("pdfexport.choose_file"), e.chooseFile)
	next.Importance = widget.HighImportance
	e.dlg = dialog.NewCustomWithoutButtons(lang.L("pdfexport.title"), container.NewVBox(note, form, e.message), m.win)
	e.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("meetings.cancel"), e.dlg.Hide), next})
	e.dlg.Resize(fyne.NewSize(680, 420))
	uikit.DialogKeys(e.dlg, m.win.Canvas(), e.chooseFile, nil)
	e.picker.CloseOn(e.dlg)
	// The callbacks come last: setting a choice calls them.
	e.kind.OnChanged = func(string) { e.refresh() }
	e.refresh()
	e.dlg.Show()
	return e
}

// refresh enables the § choice for an extract only, and signing for
// anything but a stored protocol, which is exported as it is.
func (e *pdfExport) refresh() {
	if e.kind.Selected == lang.L("pdfexport.extract") {
		e.section.Enable()
	} else {
		e.section.Disable()
	}
	if e.asStored() {
		e.sign.SetChecked(false)
		e.sign.Disable()
	} else {
		e.sign.Enable()
	}
}

// asStored tells whether the export is the stored protocol.
func (e *pdfExport) asStored() bool {
	return e.stored && e.kind.Selected == lang.L("pdfexport.minutes")
}

// chooseFile checks the identity first (a wrong passphrase is said at
// once), then asks where the PDF goes.
func (e *pdfExport) chooseFile() {
	var id *identity.Identity
	if e.sign.Checked && !e.asStored() {
		var err error
		if id, err = e.picker.Load(); err != nil {
			e.fail(err)
			return
		}
	}
	e.message.Hide()
	name := "protokoll-" + e.meeting.StartsAt.Local().Format("2006-01-02")
	section := 0
	if e.kind.Selected == lang.L("pdfexport.extract") {
		i := e.section.SelectedIndex()
		if i < 0 {
			e.fail(uikit.Problem(lang.L("pdfexport.no_section")))
			return
		}
		section = e.meeting.Items[i].Number
		name = fmt.Sprintf("utdrag-%s-%d", e.meeting.StartsAt.Local().Format("2006"), section)
	}
	e.m.app.Preferences().SetString(uikit.BodyPreference, strings.TrimSpace(e.body.Text))
	e.dlg.Hide()
	e.m.shell.AskNewPDF(lang.L("pdfexport.title"), name, func(path string) { e.write(path, section, id) })
}

func (e *pdfExport) fail(err error) {
	fyne.LogError("styrgrupp: PDF export", err)
	text := uikit.UserMessage(err)
	e.message.SetText(text)
	e.message.Show()
}

// write makes the document off the UI goroutine, signs it with id when
// given, and writes it to path through a temporary file, so a failure
// leaves no half file.
func (e *pdfExport) write(path string, section int, id *identity.Identity) {
	// Times as the window shows them: in the computer's zone.
	opts := pdf.Options{Language: uikit.Language(), Body: strings.TrimSpace(e.body.Text), Location: time.Local}
	progress := dialog.NewCustomWithoutButtons(lang.L("pdfexport.title"), widget.NewProgressBarInfinite(), e.m.win)
	progress.Show()
	ctx := e.m.ctx()
	e.m.background(func() {
		err := writeMeetingPDF(ctx, e.m, path, e.meeting.ID, section, id, opts)
		fyne.Do(func() {
			progress.Hide()
			if err != nil {
				e.m.showError(err)
				return
			}
			uikit.ShowSavedPDF(e.m.app, e.m.win, path, id, e.m.showError)
		})
	})
}

// writeMeetingPDF writes, with ctx, the minutes (section 0) or the
// extract of one § to path. The minutes of a meeting whose signed protocol the store
// keeps are that file, byte for byte, and id is not used.
func writeMeetingPDF(ctx context.Context, m *Window, path string, meetingID int64, section int, id *identity.Identity, opts pdf.Options) error {
	kind := pdf.KindMinutes
	if section != 0 {
		kind = pdf.KindExtract
	}
	_, err := document.Write(ctx, m.store, document.Request{
		Kind: kind, Meeting: meetingID, Section: section, Options: opts,
		Signer: id, Reason: lang.L("pdfexport.reason"), Out: outfile.Target{Path: path, Store: m.store.Path()},
	})
	return err
}
