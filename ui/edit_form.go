package ui

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
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
	saveBtn  *widget.Button
	closeBtn *widget.Button
	// guard asks whether to save when the form is left with changes;
	// conflict tells that someone else saved first. Nil until shown.
	guard    *dialog.CustomDialog
	conflict *dialog.ConfirmDialog
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
	onSave func()
}

func newFormEntry(multiLine bool, onSave func()) *formEntry {
	e := &formEntry{onSave: onSave}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut saves on Ctrl+S and leaves the rest to the entry.
func (e *formEntry) TypedShortcut(s fyne.Shortcut) {
	if s.ShortcutName() == saveShortcut.ShortcutName() && e.onSave != nil {
		e.onSave()
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
	line := func() *formEntry { return newFormEntry(false, f.saveFromKeyboard) }
	multi := func(rows int) *formEntry {
		e := newFormEntry(true, f.saveFromKeyboard)
		e.SetMinRowsVisible(rows)
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
	f.saveBtn = widget.NewButton(lang.L("edit.save"), f.save)
	f.saveBtn.Importance = widget.HighImportance
	f.closeBtn = widget.NewButton(lang.L("edit.cancel"), f.cancel)
	f.dialog = dialog.NewCustomWithoutButtons(title, f.scroll, f.w.win)
	f.dialog.SetButtons([]fyne.CanvasObject{f.closeBtn, f.saveBtn})
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

// isEntry tells whether the form takes the field as typed text; the
// enumerations are chosen from their values.
func isEntry(fd model.Field) bool {
	return fd.Kind != model.FieldEnum && fd.Kind != model.FieldEnumList
}

// widget returns the input of a field.
func (f *editForm) widget(fd model.Field) fyne.CanvasObject {
	switch {
	case isEntry(fd):
		return f.entries[fd.Name]
	case fd.Kind == model.FieldEnumList:
		return f.problemAreas
	case fd.Identity:
		return f.kind
	}
	return f.preventionLevel
}

// entryText writes a field as its entry shows it: a list an item a line,
// evidence as model.ParseEvidence reads it, a date as 2027-03-01, an
// amount as 1 250 000.
func entryText(fd model.Field, c model.Content) string {
	switch v := fd.Value(&c).(type) {
	case []string:
		return strings.Join(v, "\n")
	case []model.Evidence:
		return formatEvidence(v)
	case model.Date:
		return dateText(v)
	case model.Money:
		return costText(v)
	}
	return fd.Display(&c, uikit.Language())
}

// readEntry sets a field of c from its entry's text: trimmed, a list a
// line, dates and amounts as an import reads them. The error is a
// *model.Error of the field.
func readEntry(fd model.Field, c *model.Content, s string) error {
	switch fd.Value(c).(type) {
	case []string:
		fd.Set(c, uikit.Lines(s))
	case []model.Evidence, model.Money:
		return fd.Parse(c, s)
	case model.Date:
		d, err := uikit.ParseDate(fd.Name, s)
		fd.Set(c, d)
		return err
	default:
		fd.Set(c, strings.TrimSpace(s))
	}
	return nil
}

// fill puts c into the widgets and takes it as the unchanged state.
func (f *editForm) fill(c model.Content) {
	for _, fd := range model.Fields {
		if e, ok := f.entries[fd.Name]; ok {
			e.SetText(entryText(fd, c))
		}
	}
	f.kind.SetSelected(c.Kind.Label(uikit.Language()))
	var areas []string
	for _, a := range c.ProblemAreas {
		areas = append(areas, a.Label(uikit.Language()))
	}
	f.problemAreas.SetSelected(areas)
	if c.PreventionLevel == "" {
		f.preventionLevel.SetSelected(lang.L("edit.level_none"))
	} else {
		f.preventionLevel.SetSelected(c.PreventionLevel.Label(uikit.Language()))
	}
	f.saved = f.state()
}

// state is the text of every widget, to compare with what was filled.
func (f *editForm) state() string {
	parts := []string{f.kind.Selected, strings.Join(f.problemAreas.Selected, "\x1f"), f.preventionLevel.Selected}
	for _, fd := range model.Fields {
		if e, ok := f.entries[fd.Name]; ok {
			parts = append(parts, e.Text)
		}
	}
	return strings.Join(parts, "\x1e")
}

// changed tells whether the user has changed anything since the form was
// filled.
func (f *editForm) changed() bool { return f.state() != f.saved }

// content reads the widgets into a Content; a field that cannot be read
// (a date, an amount) is an error with its Field set.
func (f *editForm) content() (model.Content, error) {
	var c model.Content
	var errs model.Errors
	for _, fd := range model.Fields {
		if e, ok := f.entries[fd.Name]; ok {
			if err := readEntry(fd, &c, e.Text); err != nil {
				errs = append(errs, err.(*model.Error))
			}
		}
	}
	for _, k := range model.Kinds {
		if k.Label(uikit.Language()) == f.kind.Selected {
			c.Kind = k
		}
	}
	// The areas keep the order they had; newly ticked ones follow in the
	// order of the star.
	for _, a := range f.orig.ProblemAreas {
		if slices.Contains(f.problemAreas.Selected, a.Label(uikit.Language())) {
			c.ProblemAreas = append(c.ProblemAreas, a)
		}
	}
	for _, a := range model.ProblemAreas {
		if slices.Contains(f.problemAreas.Selected, a.Label(uikit.Language())) && !slices.Contains(c.ProblemAreas, a) {
			c.ProblemAreas = append(c.ProblemAreas, a)
		}
	}
	for _, l := range model.PreventionLevels {
		if l.Label(uikit.Language()) == f.preventionLevel.Selected {
			c.PreventionLevel = l
		}
	}
	if len(errs) > 0 {
		// Report what Validate finds too, so every fault shows at once, but
		// for the dates and the amount, which were not all read.
		var verrs model.Errors
		if errors.As(c.Validate(), &verrs) {
			for _, e := range verrs {
				if fd, _ := model.FieldByName(e.Field); fd.Kind != model.FieldDate && fd.Kind != model.FieldMoney {
					errs = append(errs, e)
				}
			}
		}
		return c, errs
	}
	return c, c.Validate()
}

// save writes the form: nothing when a field is at fault (the messages
// show under the fields), otherwise a new proposal or a new revision.
func (f *editForm) save() { f.trySave() }

// trySave saves as save does and reports whether the form was saved (or
// had nothing to save) and closed.
func (f *editForm) trySave() bool {
	f.clearErrors()
	c, err := f.content()
	if err != nil {
		f.showErrors(err)
		return false
	}
	if f.orig.ID != 0 && !f.changed() {
		f.close()
		return true
	}
	var p model.Proposal
	if f.orig.ID == 0 {
		p, err = f.w.store.CreateProposal(f.w.ctx, c)
	} else {
		p, err = f.w.store.UpdateProposal(f.w.ctx, f.orig.ID, c, f.orig.Revision)
	}
	var e *model.Error
	switch {
	case err == nil:
	case errors.As(err, &e) && e.Key == "revision_conflict":
		f.showConflict(err)
		return false
	case model.ErrorCode(err) == model.EInternal:
		f.w.showError(err)
		return false
	default:
		f.showErrors(err)
		return false
	}
	f.close()
	f.w.Reload()
	f.w.Select(p.Ref)
	return true
}

// showErrors puts each message under its field, or above the fields when
// it names none, and scrolls to the first.
func (f *editForm) showErrors(err error) {
	if model.ErrorCode(err) != model.EInvalid {
		fyne.LogError("styrgrupp: edit "+f.orig.Ref, err)
	}
	var list model.Errors
	var one *model.Error
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = model.Errors{one}
	default:
		list = model.Errors{model.Errorf(model.EInternal, "internal")}
	}
	texts := map[*widget.Label][]string{}
	var order []*widget.Label
	for _, e := range list {
		field := e.Field
		if field == "" && strings.HasPrefix(e.Key, "ref_") {
			field = "ref"
		}
		l, ok := f.errs[field]
		if !ok {
			l = f.general
		}
		if texts[l] == nil {
			order = append(order, l)
		}
		texts[l] = append(texts[l], e.Message(uikit.Language()))
	}
	for _, l := range order {
		l.SetText(strings.Join(texts[l], "\n"))
		l.Show()
	}
	if f.general.Hidden {
		f.general.SetText(lang.L("edit.fix_errors"))
		f.general.Show()
	}
	if f.scroll != nil && len(order) > 0 {
		f.scroll.Refresh()
		if order[0] != f.general {
			f.scroll.Offset.Y = max(0, order[0].Position().Y-3*order[0].MinSize().Height)
			f.scroll.Refresh()
		}
	}
}

func (f *editForm) clearErrors() {
	for _, l := range append([]*widget.Label{f.general}, mapValues(f.errs)...) {
		l.SetText("")
		l.Hide()
	}
}

func mapValues(m map[string]*widget.Label) []*widget.Label {
	out := make([]*widget.Label, 0, len(m))
	for _, l := range m {
		out = append(out, l)
	}
	return out
}

// showConflict tells that someone else saved the proposal since the form
// was opened, and offers to read their version into the form.
func (f *editForm) showConflict(err error) {
	msg := widget.NewLabel(model.ErrorMessage(err, uikit.Language()))
	msg.Wrapping = fyne.TextWrapWord
	f.conflict = dialog.NewCustomConfirm(lang.L("edit.conflict_title"), lang.L("edit.reload"), lang.L("edit.keep_editing"),
		msg, f.onConflictAnswer, f.w.win)
	f.conflict.Resize(fyne.NewSize(520, 220))
	f.conflict.Show()
}

func (f *editForm) onConflictAnswer(reload bool) {
	if reload {
		f.reload()
	}
}

// reload reads the revision saved since the form was opened and merges it
// with what was typed (model.MergeContent): a field the user changed keeps
// the user's value, every other field shows the saved one. A field both
// changed keeps the user's value and says, beneath it, what the other
// saved. Nothing is saved until the user saves again, now on the new
// revision.
func (f *editForm) reload() {
	p, err := f.w.store.Proposal(f.w.ctx, f.orig.ID)
	if err != nil {
		f.w.showError(err)
		return
	}
	mine, _ := f.content() // read while the form was valid: the conflict came from a save
	merged, clashes := model.MergeContent(f.orig.Content, mine, p.Content)
	f.orig = p
	f.clearErrors()
	f.fill(p.Content)
	saved := f.saved
	f.fill(merged)
	f.saved = saved // what the user typed is still unsaved
	who := actorName(p.UpdatedBy)
	for _, field := range clashes {
		l := f.errs[field]
		theirs := clip(fieldValue(p.Content, field), 300)
		if theirs == "" {
			theirs = lang.L("detail.history.empty_value")
		}
		l.SetText(lang.L("edit.merge_clash", map[string]any{"Who": who, "Value": theirs}))
		l.Show()
	}
	f.general.SetText(lang.L("edit.merged", map[string]any{"Who": who}))
	f.general.Show()
	f.scroll.Offset.Y = 0
	f.scroll.Refresh()
}

// clip shortens s to at most n runes, ending with an ellipsis when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + " …"
}

// cancel leaves the form, asking first when there are unsaved changes.
func (f *editForm) cancel() {
	if !f.changed() {
		f.close()
		return
	}
	f.askUnsaved(nil)
}

// askUnsaved asks whether to save the changes: Spara saves, Släng closes
// the form without saving, Fortsätt redigera goes back to the form. After
// a successful Spara or after Släng, then is called when it is not nil.
// Asked again while the question is shown, it only takes the new then.
func (f *editForm) askUnsaved(then func()) {
	f.afterGuard = then
	if f.asking {
		return
	}
	f.asking = true
	msg := widget.NewLabel(lang.L("edit.unsaved_message"))
	msg.Wrapping = fyne.TextWrapWord
	f.guard = dialog.NewCustomWithoutButtons(lang.L("edit.unsaved_title"), msg, f.w.win)
	save := widget.NewButton(lang.L("edit.save"), f.guardSave)
	save.Importance = widget.HighImportance
	f.guard.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.L("edit.keep_editing"), f.guardKeep),
		widget.NewButton(lang.L("edit.discard"), f.guardDiscard),
		save,
	})
	f.guard.Resize(fyne.NewSize(480, 180))
	f.guard.Show()
}

func (f *editForm) guardSave() {
	then := f.answered()
	if f.trySave() && then != nil {
		then()
	}
}

func (f *editForm) guardDiscard() {
	then := f.answered()
	f.close()
	if then != nil {
		then()
	}
}

func (f *editForm) guardKeep() { f.answered() }

// answered hides the question and returns what was to follow it.
func (f *editForm) answered() func() {
	f.guard.Hide()
	f.asking = false
	then := f.afterGuard
	f.afterGuard = nil
	return then
}

func (f *editForm) close() {
	f.closed = true
	if f.w.form == f {
		f.w.form = nil
	}
	if f.dialog != nil {
		f.w.win.Canvas().RemoveShortcut(saveShortcut)
		f.dialog.Hide()
	}
}

// markReady marks the shown proposal for decision (för beslut); a move
// the rules forbid shows their message and changes nothing.
func (w *MainWindow) markReady() {
	p := w.detail.shown
	if p.ID == 0 {
		w.showNoProposal()
		return
	}
	gaps := p.DecisionGaps()
	if len(gaps) == 0 {
		w.markReadyNow(p.ID)
		return
	}
	names := make([]string, len(gaps))
	for i, g := range gaps {
		names[i] = strings.ToLower(lang.L("field." + g))
	}
	w.readyAsk = dialog.NewCustomConfirm(lang.L("edit.ready_gaps_title"), lang.L("edit.ready_anyway"), lang.L("edit.cancel"),
		wrapped(lang.L("edit.ready_gaps_message", map[string]any{"Ref": p.Ref, "Missing": strings.Join(names, ", ")})),
		func(ok bool) {
			if ok {
				w.markReadyNow(p.ID)
			}
		}, w.win)
	w.readyAsk.Resize(fyne.NewSize(520, 220))
	w.readyAsk.Show()
}

// markReadyNow marks the proposal for decision and shows it so.
func (w *MainWindow) markReadyNow(id int64) { w.moveProposal(w.readyBtn, w.store.MarkReady, id) }

// withdraw asks, then withdraws the shown proposal (återtar det). A move
// the rules forbid is refused with their message before anything is asked.
func (w *MainWindow) withdraw() {
	p := w.detail.shown
	if p.ID == 0 {
		w.showNoProposal()
		return
	}
	check := p
	if err := check.Withdraw(); err != nil {
		w.showError(err)
		return
	}
	dialog.ShowCustomConfirm(lang.L("edit.withdraw_title"), lang.L("edit.withdraw_confirm"), lang.L("edit.cancel"),
		wrapped(lang.L("edit.withdraw_message", map[string]any{"Ref": p.Ref, "Title": p.Title})),
		func(ok bool) {
			if ok {
				w.withdrawNow(p.ID)
			}
		}, w.win)
}

func (w *MainWindow) withdrawNow(id int64) { w.moveProposal(w.withdrawBtn, w.store.Withdraw, id) }

func (w *MainWindow) showNoProposal() {
	dialog.ShowInformation(lang.L("edit.no_proposal_title"), lang.L("edit.no_proposal"), w.win)
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func kindLabels() []string {
	var out []string
	for _, k := range model.Kinds {
		out = append(out, k.Label(uikit.Language()))
	}
	return out
}

func problemAreaLabels() []string {
	var out []string
	for _, a := range model.ProblemAreas {
		out = append(out, a.Label(uikit.Language()))
	}
	return out
}

func levelLabels() []string {
	out := []string{lang.L("edit.level_none")}
	for _, l := range model.PreventionLevels {
		out = append(out, l.Label(uikit.Language()))
	}
	return out
}

func dateText(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// costText writes an amount as the form shows it: "1 250 000" or
// "1 250 000,50", with plain spaces.
func costText(m model.Money) string {
	s := strings.TrimSuffix(m.Swedish(), "\u00a0kr")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.Replace(s, "−", "-", 1)
}

// formatEvidence writes the items one a line, as model.ParseEvidence reads
// them.
func formatEvidence(es []model.Evidence) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Line(uikit.Language())
	}
	return strings.Join(out, "\n")
}
