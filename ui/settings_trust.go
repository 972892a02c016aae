package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/help"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// trustPane is Inställningar → Signering: the authorities (and their
// revocation lists) whose members' signatures the group trusts. Once one
// is trusted, the sign-off and every signed document take only an
// identity it issued (identity.RequireTrusted).
type trustPane struct {
	d       *settingsDialog
	store   model.TrustStore
	files   []model.TrustedFile
	list    *widget.List
	chosen  int
	add     *widgets.Button
	remove  *widgets.Button
	message *widget.Label
	empty   *widget.Label
}

// newTrustPane builds the pane over store; its files are read when
// reload is called.
func newTrustPane(d *settingsDialog, store model.TrustStore) *trustPane {
	return &trustPane{d: d, store: store, chosen: -1}
}

func (p *trustPane) buildUI() fyne.CanvasObject {
	intro := widget.NewLabel(lang.L("settings.trust.intro"))
	intro.Wrapping = fyne.TextWrapWord
	p.empty = widget.NewLabel(lang.L("settings.trust.none"))
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.Importance = widget.LowImportance
	// A row is two lines, so that a long name cuts only itself and the
	// fingerprint, which the user compares with what IT gave, stays whole.
	p.list = widget.NewList(func() int { return len(p.files) },
		func() fyne.CanvasObject {
			return container.NewVBox(widgets.CutWhenNarrow(widget.NewLabel("")), widgets.CutWhenNarrow(widget.NewLabel("")))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			lines := o.(*fyne.Container).Objects
			name, details := trustedFileLines(p.files[i])
			widgets.SetCutText(widgets.CutLabel(lines[0]), name)
			widgets.SetCutText(widgets.CutLabel(lines[1]), details)
		})
	p.list.OnSelected = func(i widget.ListItemID) { p.chosen = i; p.enable() }
	p.list.OnUnselected = func(widget.ListItemID) { p.chosen = -1; p.enable() }
	p.add = widgets.NewButton(lang.L("settings.trust.add"), p.chooseFile)
	p.remove = widgets.NewButton(lang.L("settings.trust.remove"), p.confirmRemove)
	p.message = widget.NewLabel("")
	p.message.Wrapping = fyne.TextWrapWord
	p.message.Importance = widget.DangerImportance
	p.message.Hide()
	p.enable()
	top := container.NewVBox(intro, help.Link(p.d.app, p.d.win, handbook.Trust), p.empty)
	bottom := container.NewVBox(p.message, container.NewHBox(p.add, p.remove))
	return container.NewBorder(top, bottom, nil, nil, p.list)
}

// trustedFileLines are the two lines of a row of the list: what the file
// is and whose; its fingerprint and who added it when.
func trustedFileLines(f model.TrustedFile) (name, details string) {
	name = lang.L("settings.trust.row_name", map[string]any{
		"Kind": lang.L("settings.trust.kind." + f.Kind), "Name": model.Printable(f.Name)})
	details = lang.L("settings.trust.row_details", map[string]any{
		"Fingerprint": model.ShortFingerprint(f.SHA256), "Date": f.AddedAt.Local().Format("2006-01-02"),
		"By": model.Printable(f.AddedBy)})
	return name, details
}

// enable offers adding when the user may change the trust, and removing
// when a file is chosen too.
func (p *trustPane) enable() {
	uikit.EnableIf(p.add, !p.d.readOnly)
	uikit.EnableIf(p.remove, !p.d.readOnly && p.chosen >= 0 && p.chosen < len(p.files))
	if p.empty != nil {
		p.empty.Hidden = len(p.files) > 0
		p.empty.Refresh()
	}
}

// reload reads the trusted files again.
func (p *trustPane) reload() {
	files, err := p.store.TrustedFiles(p.d.ctx)
	if err != nil {
		p.d.onError(err)
		return
	}
	p.files, p.chosen = files, -1
	p.list.UnselectAll()
	p.list.Refresh()
	p.enable()
}

// chooseFile asks for an authority's certificate or a revocation list.
func (p *trustPane) chooseFile() {
	filedialog.Open(p.d.win, filedialog.Request{
		Kind: filedialog.Certificate, Title: lang.L("filedialog.title.certificate"),
		FilterName: lang.L("filedialog.types.certificate"),
		Extensions: []string{".pem", ".crt", ".cer", ".der", ".crl"}, Dir: documentsFolder(),
	}, func(path string) {
		data, err := identity.ReadTrustedFile(path)
		if err != nil {
			p.showMessage(err)
			return
		}
		p.addFile(data)
	})
}

// addFile adds the file whose bytes are data to what the group trusts,
// off the UI goroutine, and shows the list again or why not.
func (p *trustPane) addFile(data []byte) {
	ctx := p.d.ctx
	saveWith(p.d.run, p.add, func() error {
		_, err := identity.AddTrusted(ctx, p.store, data)
		return err
	}, p.done)
}

// confirmRemove asks before the chosen file is no longer trusted.
func (p *trustPane) confirmRemove() {
	if p.chosen < 0 || p.chosen >= len(p.files) {
		return
	}
	f := p.files[p.chosen]
	// Enter, as Escape, keeps the file trusted: removing it is the
	// user's click.
	d := uikit.NewConfirm(lang.L("settings.trust.remove_title"),
		lang.L("settings.trust.remove_confirm", map[string]any{"Name": model.Printable(f.Name)}),
		func(ok bool) {
			if ok {
				p.removeFile(f.ID)
			}
		}, p.d.win)
	uikit.CloseOnKeys(d, p.d.win.Canvas())
	d.Show()
}

// removeFile removes a trusted file off the UI goroutine.
func (p *trustPane) removeFile(id int64) {
	ctx := p.d.ctx
	saveWith(p.d.run, p.remove, func() error { return p.store.RemoveTrustedFile(ctx, id) }, p.done)
}

// done shows the list as it now is, or the refusal.
func (p *trustPane) done(err error) {
	if err != nil {
		p.showMessage(err)
		return
	}
	p.message.Hide()
	p.reload()
}

// showMessage shows why a file was refused; a store that failed goes to
// the window.
func (p *trustPane) showMessage(err error) {
	if model.ErrorCode(err) == model.EInternal || model.Unreachable(err) {
		p.d.onError(err)
		return
	}
	p.message.SetText(model.ErrorMessage(err, uikit.Language()))
	p.message.Show()
	p.enable()
}
