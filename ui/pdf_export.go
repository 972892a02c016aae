package ui

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// bodyPreference keeps the name of the deciding body printed on the
// documents.
const bodyPreference = "body_name"

// pdfExport is the dialog that writes the minutes of the meeting shown, or
// an extract of one §, as a PDF, signed when the user gives an identity.
type pdfExport struct {
	m       *meetingsWindow
	meeting model.Meeting
	kind    *widget.RadioGroup
	section *widget.Select
	body    *widget.Entry
	sign    *widget.Check
	picker  *identityPicker
	message *widget.Label
	dlg     *dialog.CustomDialog
	file    *newFileDialog // where the PDF goes, once asked
	// stored is set when the store keeps the meeting's signed protocol,
	// which the minutes are then exported as, unchanged.
	stored bool
	// written is the last file written, for tests.
	written string
}

// onExport opens the export dialog for the meeting shown.
func (m *meetingsWindow) onExport() {
	mt, ok := m.current()
	if !ok {
		return
	}
	e := &pdfExport{m: m, meeting: mt}
	if mt.SignedOff() {
		doc, err := m.store.Protocol(m.ctx, mt.ID)
		if err != nil {
			m.showError(err)
			return
		}
		e.stored = doc != nil
	}
	m.export = e
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
	e.body.SetText(m.app.Preferences().StringWithFallback(bodyPreference, pdf.DefaultBody))
	e.picker = newIdentityPicker(m.app, m.win)
	e.picker.forMember(m.store.Path(), whoAmI{app: m.app, store: m.store, ctx: m.ctx}.chosenID())
	sign, signRows := e.picker.optional()
	e.sign = sign
	e.message = errorLabel()
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
	next := widget.NewButton(lang.L("pdfexport.choose_file"), e.chooseFile)
	next.Importance = widget.HighImportance
	e.dlg = dialog.NewCustomWithoutButtons(lang.L("pdfexport.title"), container.NewVBox(note, form, e.message), m.win)
	e.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("meetings.cancel"), e.dlg.Hide), next})
	e.dlg.Resize(fyne.NewSize(680, 420))
	dialogKeys(e.dlg, m.win.Canvas(), e.chooseFile, nil)
	e.picker.closeOn(e.dlg)
	// The callbacks come last: setting a choice calls them.
	e.kind.OnChanged = func(string) { e.refresh() }
	e.refresh()
	e.dlg.Show()
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
		if id, err = e.picker.load(); err != nil {
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
			e.fail(formProblem(lang.L("pdfexport.no_section")))
			return
		}
		section = e.meeting.Items[i].Number
		name = fmt.Sprintf("utdrag-%s-%d", e.meeting.StartsAt.Local().Format("2006"), section)
	}
	e.m.app.Preferences().SetString(bodyPreference, strings.TrimSpace(e.body.Text))
	dir := documentsFolder()
	e.dlg.Hide()
	e.file = askNewFile(e.m.win, e.m.showError, newFileRequest{
		title: lang.L("pdfexport.title"), confirm: lang.L("pdfexport.save"), hint: lang.L("pdfexport.hint"),
		dir: dir, name: freeName(dir, name, ".pdf"),
		prepare:   pdfPath,
		overwrite: true,
		done:      func(path string) { e.write(path, section, id) },
	})
}

func (e *pdfExport) fail(err error) {
	fyne.LogError("styrgrupp: PDF export", err)
	text := userMessage(err)
	e.message.SetText(text)
	e.message.Show()
}

// write makes the document off the UI goroutine, signs it with id when
// given, and writes it to path through a temporary file, so a failure
// leaves no half file.
func (e *pdfExport) write(path string, section int, id *identity.Identity) {
	// Times as the window shows them: in the computer's zone.
	opts := pdf.Options{Language: current, Body: strings.TrimSpace(e.body.Text), Location: time.Local}
	progress := dialog.NewCustomWithoutButtons(lang.L("pdfexport.title"), widget.NewProgressBarInfinite(), e.m.win)
	progress.Show()
	e.m.background(func() {
		err := writeMeetingPDF(e.m, path, e.meeting.ID, section, id, opts)
		fyne.Do(func() {
			progress.Hide()
			if err != nil {
				e.m.showError(err)
				return
			}
			e.written = path
			showSavedPDF(e.m.app, e.m.win, path, id, e.m.showError)
		})
	})
}

// writeMeetingPDF writes the minutes (section 0) or the extract of one §
// to path, signed by id when given (document.Write). The minutes of a
// meeting whose signed protocol the store keeps are that file, byte for
// byte; the dialog gives no id for them.
func writeMeetingPDF(m *meetingsWindow, path string, meetingID int64, section int, id *identity.Identity, opts pdf.Options) error {
	kind := pdf.KindMinutes
	if section != 0 {
		kind = pdf.KindExtract
	}
	_, err := document.Write(m.ctx, m.store, document.Request{
		Kind: kind, Meeting: meetingID, Section: section, Options: opts,
		Signer: id, Reason: lang.L("pdfexport.reason"), Out: outfile.Target{Path: path, Store: m.store.Path()},
	})
	return err
}

// pdfPath adds .pdf to a name without an ending and refuses another
// ending.
func pdfPath(path string) (string, string) {
	switch strings.ToLower(filepath.Ext(path)) {
	case "":
		return path + ".pdf", ""
	case ".pdf":
		return path, ""
	}
	return "", lang.L("pdfexport.extension")
}

// writeBasisPDF writes the decision basis of the proposal ref to path,
// signed by id when given (document.Write).
func writeBasisPDF(s model.Store, ctx context.Context, path, ref string, opts pdf.Options, id *identity.Identity) error {
	_, err := document.Write(ctx, s, document.Request{
		Kind: pdf.KindBasis, Ref: ref, Options: opts,
		Signer: id, Reason: lang.L("pdfexport.reason"), Out: outfile.Target{Path: path, Store: s.Path()},
	})
	return err
}

// showSavedPDF says where the file went and offers to open it in the
// system's PDF viewer.
func showSavedPDF(a fyne.App, win fyne.Window, path string, id *identity.Identity, onError func(error)) {
	text := lang.L("pdfexport.saved", map[string]any{"File": path})
	if id != nil {
		text += "\n" + lang.L("pdfexport.signed_by", map[string]any{"Name": id.Name()})
	}
	message := widget.NewLabel(text)
	message.Wrapping = fyne.TextWrapWord
	// A custom confirm: Fyne's own draws its question-mark icon behind a
	// long path.
	d := dialog.NewCustomConfirm(lang.L("pdfexport.title"), lang.L("pdfexport.open"), lang.L("pdfexport.close"), message, func(open bool) {
		if open {
			u, err := url.Parse(storage.NewFileURI(path).String())
			if err == nil {
				err = a.OpenURL(u)
			}
			if err != nil {
				onError(err)
			}
		}
	}, win)
	closeOnKeys(d, win.Canvas())
	d.Resize(fyne.NewSize(errorDialogWidth, d.MinSize().Height))
	d.Show()
}
