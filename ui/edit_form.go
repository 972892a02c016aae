package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// editForm is the dialog in which a proposal is written: every field of its
// content, a red message under each field at fault, Spara and Avbryt, and a
// guard against leaving with unsaved changes. One form edits one proposal
// (or creates one); a new form is built each time.
type editForm struct {
	w *MainWindow
	// orig is the proposal being edited; its ID is 0 for a new one, and its
	// Revision is the revision the edit started from.
	orig model.Proposal
	// saved is what the widgets held when the form was filled, to tell
	// whether anything has changed.
	saved string

	dialog   *dialog.CustomDialog
	scroll   *container.Scroll
	general  *widget.Label            // errors that belong to no field
	errs     map[string]*widget.Label // field → its message, under the field
	saveBtn  *widgets.Button
	closeBtn *widgets.Button
	// guard asks whether to save when the form is left with changes;
	// conflict tells that someone else saved first. Nil until shown.
	guard    *dialog.CustomDialog
	conflict *uikit.Confirm
	closed   bool
	// asking tells that the question about unsaved changes is shown;
	// afterGuard is what to do once it is answered with a successful
	// Spara or with Släng (closing the window, say); nil for Avbryt.
	asking     bool
	afterGuard func()
	// overlay is the form's dialog on the window's canvas, to tell whether
	// it is on top when Ctrl+S is pressed.
	overlay fyne.CanvasObject

	// entries are the inputs of the fields typed as text, by name, one for
	// each field of model.Fields but the enumerations, which have kind,
	// problemAreas and preventionLevel.
	entries         map[string]*formEntry
	kind            *widget.Select
	problemAreas    *widget.CheckGroup
	preventionLevel *widget.Select
	// The entries the form itself and its tests reach by name.
	ref, title, summary, evidence, responsible, partners, start, end, cost, funding *formEntry
}

// saveShortcut is Ctrl+S (Cmd+S on a Mac), which saves the open form as
// its Spara button does.
var saveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

// formEntry is an entry of the form in which Ctrl+S saves the form. Fyne
// hands a shortcut to the entry that has the focus and not to the window,
// and a plain entry ignores Ctrl+S.
type formEntry struct {
	widget.Entry
	onSave   func()
	onEscape func() // Escape: Avbryt, which asks about unsaved changes
	drawn    bool   // its renderer has been made (CreateRenderer)
}

// CreateRenderer notes that the entry is drawn from now on.
func (e *formEntry) CreateRenderer() fyne.WidgetRenderer {
	e.drawn = true
	return e.Entry.CreateRenderer()
}

// setText sets the entry's text. Before the entry is first drawn the text
// goes in its field, which its renderer starts from: SetText would wrap a
// long text at no width, a line a word, and then again when the form is
// shown.
func (e *formEntry) setText(text string) {
	if e.drawn {
		e.SetText(text)
		return
	}
	e.Text = text
}

// TypedKey is Avbryt on Escape, which the form's first field has at
// once, and leaves the rest to the entry.
func (e *formEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// newFormEntry returns an entry of one line, or of rows visible lines of
// wrapping text when multiLine. Nothing of it is drawn until it is shown
// (setText).
func newFormEntry(multiLine bool, rows int, onSave func()) *formEntry {
	e := &formEntry{onSave: onSave}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(rows) // before ExtendBaseWidget, where it refreshes nothing
	}
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false, so that Tab and Shift+Tab leave the form's long
// fields as its short ones; Ctrl+Tab types a tab (TypedShortcut).
func (e *formEntry) AcceptsTab() bool { return false }

// TypedShortcut saves on Ctrl+S and Ctrl+Enter (Enter itself starts a
// new line in a long field), types a tab on Ctrl+Tab and leaves the rest
// to the entry.
func (e *formEntry) TypedShortcut(s fyne.Shortcut) {
	if widgets.IsSaveShortcut(s) && e.onSave != nil {
		e.onSave()
		return
	}
	if widgets.InsertTab(&e.Entry, s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// editProposal opens the form on p. A proposal that can no longer be
// edited (decided, withdrawn or signed off) is refused with the rule's
// message and no form.
func (w *MainWindow) editProposal(p model.Proposal) { w.openEditForm(p) }

// openEditForm opens the form on p and returns it; nil when p cannot be
// edited.
func (w *MainWindow) openEditForm(p model.Proposal) *editForm {
	if w.refuseUnlessSecretary() {
		return nil
	}
	if err := p.CheckEditable(); err != nil {
		w.showError(err)
		return nil
	}
	f := newEditForm(w, p)
	f.show(lang.L("edit.title_edit", map[string]any{"Ref": p.Ref, "Title": p.Title}))
	return f
}

// newProposal opens an empty form for a new area, or for a new
// intervention under the area with ref areaRef; the ref is filled with the
// next free number.
func (w *MainWindow) newProposal(kind model.Kind, areaRef string) { w.openNewForm(kind, areaRef) }

// openNewForm opens the form for a new proposal and returns it.
func (w *MainWindow) openNewForm(kind model.Kind, areaRef string) *editForm {
	if w.refuseUnlessSecretary() {
		return nil
	}
	if kind != model.KindIntervention {
		kind, areaRef = model.KindArea, ""
	}
	p := model.Proposal{Content: model.Content{Kind: kind, Ref: w.nextRef(kind, areaRef)}}
	f := newEditForm(w, p)
	title := lang.L("edit.title_new_area")
	if kind == model.KindIntervention {
		title = lang.L("edit.title_new_intervention")
	}
	f.show(title)
	return f
}

// nextRef returns the next free ref: one above the highest area, or one
// above the highest intervention of the area. It returns "" for an
// intervention without an area, leaving the ref to the user.
func (w *MainWindow) nextRef(kind model.Kind, areaRef string) string {
	if kind == model.KindIntervention && areaRef == "" {
		return ""
	}
	ps, err := w.store.Proposals(w.ctx, model.ProposalFilter{})
	if err != nil {
		fyne.LogError("styrgrupp: next ref", err)
	}
	taken := make([]model.Ref, len(ps))
	for i, p := range ps {
		taken[i] = model.Ref(p.Ref)
	}
	if kind == model.KindArea {
		areaRef = ""
	}
	return string(model.NextRef(model.Ref(areaRef), taken))
}

func newEditForm(w *MainWindow, p model.Proposal) *editForm {
	f := &editForm{w: w, orig: p, errs: map[string]*widget.Label{}}
	line := func() *formEntry {
		e := newFormEntry(false, 0, f.saveFromKeyboard)
		e.onEscape = f.cancel
		return e
	}
	multi := func(rows int) *formEntry {
		e := newFormEntry(true, rows, f.saveFromKeyboard)
		e.onEscape = f.cancel
		return e
	}
	f.ref = line()
	f.kind = widget.NewSelect(kindLabels(), nil)
	f.problemAreas = widget.NewCheckGroup(problemAreaLabels(), nil)
	f.problemAreas.Horizontal = true
	f.preventionLevel = widget.NewSelect(levelLabels(), nil)
	// The long fields show a few lines more than their text usually needs
	// at the start (Field.Lines); each still fits the form's view on a
	// 1366 × 768 screen, so the form scrolls past it.
	f.entries = map[string]*formEntry{}
	for _, fd := range model.Fields {
		switch {
		case !isEntry(fd):
		case fd.Lines > 0:
			f.entries[fd.Name] = multi(fd.Lines)
		default:
			f.entries[fd.Name] = line()
		}
	}
	e := f.entries
	f.ref, f.title, f.summary, f.evidence, f.responsible = e["ref"], e["title"], e["summary"], e["evidence"], e["responsible"]
	f.partners, f.start, f.end, f.cost, f.funding = e["partners"], e["start"], e["end"], e["cost"], e["funding"]
	f.start.SetPlaceHolder("2027-01-01")
	f.end.SetPlaceHolder("2027-12-31")
	f.cost.SetPlaceHolder("1 250 000")
	e["registry_number"].SetPlaceHolder("KS 2026/124")
	f.general = uikit.ErrorLabel()
	f.fill(p.Content)
	if p.ID == 0 {
		// Set after fill, so that only the user's choice moves the ref.
		f.kind.OnChanged = f.onNewKind
	}
	return f
}

// onNewKind keeps a new proposal's suggested ref in step with its kind: an
// area gets the next free area number, and an intervention, whose area the
// form cannot know, an empty ref with an example of the form it takes.
func (f *editForm) onNewKind(label string) {
	ref := strings.TrimSpace(f.ref.Text)
	switch {
	case label == model.KindArea.Label(uikit.Language()) && !model.Ref(ref).IsArea():
		f.ref.SetText(f.w.nextRef(model.KindArea, ""))
	case label == model.KindIntervention.Label(uikit.Language()) && ref != "" && model.Ref(ref).IsArea():
		f.ref.SetText("")
		f.ref.SetPlaceHolder(lang.L("edit.ref_placeholder_intervention"))
	}
}

// show builds the dialog around the fields and shows it over the window.
func (f *editForm) show(title string) {
	hint := func(key string, args ...any) fyne.CanvasObject {
		l := widget.NewLabel(lang.L(key, args...))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.LowImportance
		return l
	}
	var kinds []string
	for _, k := range model.EvidenceKinds {
		kinds = append(kinds, k.Label(uikit.Language()))
	}
	// Each kind of field that is typed in a form of its own says how.
	hints := map[model.FieldKind]func() fyne.CanvasObject{
		model.FieldEvidence: func() fyne.CanvasObject {
			return hint("edit.hint.evidence", map[string]any{"Kinds": strings.Join(kinds, ", ")})
		},
		model.FieldList:  func() fyne.CanvasObject { return hint("edit.hint.lines") },
		model.FieldDate:  func() fyne.CanvasObject { return hint("edit.hint.date") },
		model.FieldMoney: func() fyne.CanvasObject { return hint("edit.hint.cost") },
	}
	box := container.NewVBox(f.general)
	for _, fd := range model.Fields {
		heading := widget.NewLabelWithStyle(lang.L(fd.LabelKey()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Add(heading)
		if h, ok := hints[fd.Kind]; ok {
			box.Add(h())
		}
		box.Add(f.widget(fd))
		l := uikit.ErrorLabel()
		f.errs[fd.Name] = l
		box.Add(l)
	}
	f.scroll = container.NewVScroll(container.NewPadded(box))
	f.saveBtn = widgets.NewButton(lang.L("edit.save"), f.save)
	f.saveBtn.Importance = widget.HighImportance
	f.closeBtn = widgets.NewButton(lang.L("edit.cancel"), f.cancel)
	f.dialog = dialog.NewCustomWithoutButtons(title, f.scroll, f.w.win)
	f.dialog.SetButtons([]fyne.CanvasObject{f.closeBtn, f.saveBtn})
	uikit.EscapeKeys(f.dialog, f.w.win.Canvas(), f.cancel, f.saveFromKeyboard, nil)
	f.dialog.Resize(fyne.NewSize(900, 650))
	f.dialog.Show()
	f.w.form = f
	c := f.w.win.Canvas()
	f.overlay = c.Overlays().Top()
	c.AddShortcut(saveShortcut, func(fyne.Shortcut) { f.saveFromKeyboard() })
	c.Focus(f.title)
}

// saveFromKeyboard saves on Ctrl+S while the form is open and on top (not
// under its own question about unsaved changes, say).
func (f *editForm) saveFromKeyboard() {
	if f.closed || f.dialog == nil || f.w.win.Canvas().Overlays().Top() != f.overlay {
		return
	}
	f.save()
}
