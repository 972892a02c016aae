package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// maxWarningsShown is how many warnings the preview lists above the
// changes before it only counts the rest, so the changes stay in view.
const maxWarningsShown = 4

// importFlow takes files through an import: read them and work out the
// plan off the UI goroutine, show the plan for the user to accept, then
// write it with a progress bar and say what was done.
type importFlow struct {
	w *MainWindow

	plan    importer.Plan
	summary *widget.Label // the counts in the preview
	bar     *widget.ProgressBar
}

// openImport asks for files with the file dialog (Arkiv → Importera…).
func (w *MainWindow) openImport() {
	if w.refuseUnlessSecretary() {
		return
	}
	filedialog.Open(w.win, filedialog.Request{
		Kind: filedialog.Import, Title: lang.L("import.choose"), FilterName: lang.L("filedialog.types.import"),
		Extensions: importer.Extensions, Dir: documentsFolder(),
	}, func(path string) { w.ImportFiles([]string{path}) })
}

// onDropped imports the files dropped onto the window.
func (w *MainWindow) onDropped(_ fyne.Position, uris []fyne.URI) { w.importURIs(uris) }

// ImportFiles reads the files at paths and shows what importing them
// would do, as a drop of them onto the window does.
func (w *MainWindow) ImportFiles(paths []string) {
	uris := make([]fyne.URI, len(paths))
	for i, p := range paths {
		uris[i] = storage.NewFileURI(p)
	}
	w.importURIs(uris)
}

// importURIs reads the files and shows the plan for them.
func (w *MainWindow) importURIs(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) == 0 || w.refuseUnlessSecretary() {
		return
	}
	f := &importFlow{w: w}
	busy := dialog.NewCustomWithoutButtons(lang.L("import.reading"), widget.NewProgressBarInfinite(), w.win)
	busy.Show()
	ctx, store := w.ctx, w.store
	w.background(func() {
		plan, err := importer.PlanFiles(ctx, store, paths...)
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				f.showProblems(err)
				return
			}
			f.showPreview(plan)
		})
	})
}

// showProblems lists what is wrong in the files; nothing was imported.
func (f *importFlow) showProblems(err error) {
	ps := importer.AsProblems(err)
	if ps == nil {
		f.w.showError(err)
		return
	}
	text := widget.NewLabel(ps.Message(uikit.Language()))
	text.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(widget.NewLabel(lang.L("import.problems", map[string]any{"N": len(ps)})), nil, nil, nil,
		container.NewVScroll(text))
	d := uikit.NewCustom(lang.L("import.failed"), lang.L("Close"), body, f.w.win)
	uikit.CloseOnKeys(d, f.w.win.Canvas())
	d.Resize(fyne.NewSize(820, 480))
	d.Show()
}

// showPreview shows the plan: counts, the proposals that change, the
// warnings, and Importera / Avbryt.
func (f *importFlow) showPreview(p importer.Plan) {
	f.plan = p
	f.summary = widget.NewLabel(planCounts(p))
	f.summary.TextStyle = fyne.TextStyle{Bold: true}
	var rows []string
	for _, c := range p.Changes {
		if c.Kind != importer.Unchanged {
			rows = append(rows, changeLine(c))
		}
	}
	rows = append(rows, followUpLines(p)...)
	list := widget.NewList(func() int { return len(rows) },
		func() fyne.CanvasObject {
			return widgets.CutWhenNarrow(widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { widgets.SetCutText(widgets.CutLabel(o), rows[i]) })
	parts := []fyne.CanvasObject{f.summary}
	warnings := p.Warnings
	if len(warnings) > maxWarningsShown {
		warnings = warnings[:maxWarningsShown]
	}
	for _, w := range warnings {
		warn := widget.NewLabel("⚠ " + w.Message(uikit.Language()))
		warn.Wrapping = fyne.TextWrapWord
		warn.Importance = widget.WarningImportance
		parts = append(parts, warn)
	}
	if more := len(p.Warnings) - len(warnings); more > 0 {
		parts = append(parts, widget.NewLabel(lang.L("import.more_warnings", map[string]any{"N": more})))
	}
	body := container.NewBorder(container.NewVBox(parts...), nil, nil, nil, list)
	var d dialog.Dialog
	if p.Count(importer.New)+p.Count(importer.Changed)+p.CountFollowUps(importer.Changed) == 0 {
		d = uikit.NewCustom(lang.L("import.preview"), lang.L("Close"), body, f.w.win)
		uikit.CloseOnKeys(d, f.w.win.Canvas())
	} else {
		ask := uikit.NewCustomConfirm(lang.L("import.preview"), lang.L("import.do"), lang.L("Cancel"), body, func(ok bool) {
			if ok {
				f.apply()
			}
		}, f.w.win)
		uikit.ConfirmKeys(ask, f.w.win.Canvas(), nil)
		d = ask
	}
	d.Resize(fyne.NewSize(900, 560))
	d.Show()
}

// apply writes the plan with a progress bar, then says what was done and
// shows the new proposals.
func (f *importFlow) apply() {
	f.bar = widget.NewProgressBar()
	busy := dialog.NewCustomWithoutButtons(lang.L("import.writing"), f.bar, f.w.win)
	busy.Show()
	ctx, store, plan, bar := f.w.ctx, f.w.store, f.plan, f.bar
	plan.Author = f.w.member().ID
	f.w.background(func() {
		err := importer.Apply(ctx, store, plan, func(done, total int) {
			fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
		})
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				f.w.showError(err)
				return
			}
			f.w.Reload()
			uikit.ShowInformation(lang.L("import.done"), planCounts(f.plan), f.w.win)
		})
	})
}

// planCounts sums the plan up in one line: the proposals, and the
// follow-ups when the files have follow-up rows.
func planCounts(p importer.Plan) string {
	var parts []string
	if len(p.Changes) > 0 || len(p.FollowUps) == 0 {
		parts = append(parts, lang.L("import.counts", map[string]any{
			"New": p.Count(importer.New), "Changed": p.Count(importer.Changed),
			"Unchanged": p.Count(importer.Unchanged), "Refused": p.Count(importer.Refused),
		}))
	}
	if len(p.FollowUps) > 0 {
		parts = append(parts, lang.L("import.followup_counts", map[string]any{
			"Changed": p.CountFollowUps(importer.Changed), "Unchanged": p.CountFollowUps(importer.Unchanged),
		}))
	}
	return strings.Join(parts, "; ")
}

// changeLine describes one new, changed or refused proposal.
func changeLine(c importer.Change) string {
	content := c.Record.Content
	line := fmt.Sprintf("%s  %s  %s", lang.L("import.kind."+string(c.Kind)), content.Ref, content.Title)
	switch c.Kind {
	case importer.Changed:
		line += "  (" + strings.Join(fieldLabels(c.Fields), ", ") + ")"
	case importer.Refused:
		line += ": " + model.ErrorMessage(c.Reason, uikit.Language())
	}
	return line
}

// fieldLabels names fields as the form does.
func fieldLabels(fields []string) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = strings.ToLower(lang.L("field." + f))
	}
	return out
}
