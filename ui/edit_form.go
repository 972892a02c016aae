package ui

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
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

	ref               *formEntry
	kind              *widget.Select
	title             *formEntry
	summary           *formEntry
	description       *formEntry
	rationale         *formEntry
	evidence          *formEntry
	riskFactors       *formEntry
	protectiveFactors *formEntry
	problemAreas      *widget.CheckGroup
	preventionLevel   *widget.Select
	targetGroup       *formEntry
	responsible       *formEntry
	partners          *formEntry
	start             *formEntry
	end               *formEntry
	cost              *formEntry
	funding           *formEntry
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
	highest := 0
	for _, p := range ps {
		var last string
		switch {
		case kind == model.KindArea && p.Kind == model.KindArea:
			last = p.Ref
		case kind == model.KindIntervention && p.Kind == model.KindIntervention && p.AreaRef() == areaRef:
			last = p.Ref[len(areaRef)+1:]
		default:
			continue
		}
		if n, err := strconv.Atoi(last); err == nil && n > highest {
			highest = n
		}
	}
	if kind == model.KindArea {
		return strconv.Itoa(highest + 1)
	}
	return areaRef + "." + strconv.Itoa(highest+1)
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
	f.title = line()
	// The long fields show a few lines more than their text usually needs
	// at the start; each still fits the form's view on a 1366 × 768
	// screen, so the form scrolls past it.
	f.summary = multi(4)
	f.description = multi(8)
	f.rationale = multi(6)
	f.evidence = multi(6)
	f.riskFactors = multi(5)
	f.protectiveFactors = multi(5)
	f.problemAreas = widget.NewCheckGroup(problemAreaLabels(), nil)
	f.problemAreas.Horizontal = true
	f.preventionLevel = widget.NewSelect(levelLabels(), nil)
	f.targetGroup = line()
	f.responsible = line()
	f.partners = multi(5)
	f.start = line()
	f.end = line()
	f.cost = line()
	f.funding = multi(3) // often a sentence or two: who pays what, for how long
	f.start.SetPlaceHolder("2027-01-01")
	f.end.SetPlaceHolder("2027-12-31")
	f.cost.SetPlaceHolder("1 250 000")
	f.general = errorLabel()
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
	case label == model.KindArea.Label(current) && strings.Contains(ref, "."):
		f.ref.SetText(f.w.nextRef(model.KindArea, ""))
	case label == model.KindIntervention.Label(current) && ref != "" && !strings.Contains(ref, "."):
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
		kinds = append(kinds, k.Label(current))
	}
	hints := map[string]fyne.CanvasObject{
		"evidence":           hint("edit.hint.evidence", map[string]any{"Kinds": strings.Join(kinds, ", ")}),
		"risk_factors":       hint("edit.hint.lines"),
		"protective_factors": hint("edit.hint.lines"),
		"partners":           hint("edit.hint.lines"),
		"start":              hint("edit.hint.date"),
		"end":                hint("edit.hint.date"),
		"cost":               hint("edit.hint.cost"),
	}
	box := container.NewVBox(f.general)
	for _, name := range model.FieldNames {
		heading := widget.NewLabelWithStyle(lang.L("field."+name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Add(heading)
		if h, ok := hints[name]; ok {
			box.Add(h)
		}
		box.Add(f.widget(name))
		l := errorLabel()
		f.errs[name] = l
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

// widget returns the input of a field.
func (f *editForm) widget(name string) fyne.CanvasObject {
	return map[string]fyne.CanvasObject{
		"ref": f.ref, "kind": f.kind, "title": f.title, "summary": f.summary,
		"description": f.description, "rationale": f.rationale, "evidence": f.evidence,
		"risk_factors": f.riskFactors, "protective_factors": f.protectiveFactors,
		"problem_areas": f.problemAreas, "prevention_level": f.preventionLevel,
		"target_group": f.targetGroup, "responsible": f.responsible, "partners": f.partners,
		"start": f.start, "end": f.end, "cost": f.cost, "funding": f.funding,
	}[name]
}

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// fill puts c into the widgets and takes it as the unchanged state.
func (f *editForm) fill(c model.Content) {
	f.ref.SetText(c.Ref)
	f.kind.SetSelected(c.Kind.Label(current))
	f.title.SetText(c.Title)
	f.summary.SetText(c.Summary)
	f.description.SetText(c.Description)
	f.rationale.SetText(c.Rationale)
	f.evidence.SetText(formatEvidence(c.Evidence))
	f.riskFactors.SetText(strings.Join(c.RiskFactors, "\n"))
	f.protectiveFactors.SetText(strings.Join(c.ProtectiveFactors, "\n"))
	var areas []string
	for _, a := range c.ProblemAreas {
		areas = append(areas, a.Label(current))
	}
	f.problemAreas.SetSelected(areas)
	if c.PreventionLevel == "" {
		f.preventionLevel.SetSelected(lang.L("edit.level_none"))
	} else {
		f.preventionLevel.SetSelected(c.PreventionLevel.Label(current))
	}
	f.targetGroup.SetText(c.TargetGroup)
	f.responsible.SetText(c.Responsible)
	f.partners.SetText(strings.Join(c.Partners, "\n"))
	f.start.SetText(dateText(c.Start))
	f.end.SetText(dateText(c.End))
	f.cost.SetText(costText(c.Cost))
	f.funding.SetText(c.Funding)
	f.saved = f.state()
}

// state is the text of every widget, to compare with what was filled.
func (f *editForm) state() string {
	parts := []string{
		f.ref.Text, f.kind.Selected, f.title.Text, f.summary.Text, f.description.Text,
		f.rationale.Text, f.evidence.Text, f.riskFactors.Text, f.protectiveFactors.Text,
		strings.Join(f.problemAreas.Selected, "\x1f"), f.preventionLevel.Selected,
		f.targetGroup.Text, f.responsible.Text, f.partners.Text, f.start.Text, f.end.Text,
		f.cost.Text, f.funding.Text,
	}
	return strings.Join(parts, "\x1e")
}

// changed tells whether the user has changed anything since the form was
// filled.
func (f *editForm) changed() bool { return f.state() != f.saved }

// content reads the widgets into a Content; a field that cannot be read
// (a date, an amount) is an error with its Field set.
func (f *editForm) content() (model.Content, error) {
	c := model.Content{
		Ref:               strings.TrimSpace(f.ref.Text),
		Title:             strings.TrimSpace(f.title.Text),
		Summary:           strings.TrimSpace(f.summary.Text),
		Description:       strings.TrimSpace(f.description.Text),
		Rationale:         strings.TrimSpace(f.rationale.Text),
		Evidence:          parseEvidenceLines(f.evidence.Text),
		RiskFactors:       lines(f.riskFactors.Text),
		ProtectiveFactors: lines(f.protectiveFactors.Text),
		TargetGroup:       strings.TrimSpace(f.targetGroup.Text),
		Responsible:       strings.TrimSpace(f.responsible.Text),
		Partners:          lines(f.partners.Text),
		Funding:           strings.TrimSpace(f.funding.Text),
	}
	for _, k := range model.Kinds {
		if k.Label(current) == f.kind.Selected {
			c.Kind = k
		}
	}
	// The areas keep the order they had; newly ticked ones follow in the
	// order of the star.
	for _, a := range f.orig.ProblemAreas {
		if slices.Contains(f.problemAreas.Selected, a.Label(current)) {
			c.ProblemAreas = append(c.ProblemAreas, a)
		}
	}
	for _, a := range model.ProblemAreas {
		if slices.Contains(f.problemAreas.Selected, a.Label(current)) && !slices.Contains(c.ProblemAreas, a) {
			c.ProblemAreas = append(c.ProblemAreas, a)
		}
	}
	for _, l := range model.PreventionLevels {
		if l.Label(current) == f.preventionLevel.Selected {
			c.PreventionLevel = l
		}
	}
	var errs model.Errors
	var err error
	if c.Start, err = parseDate("start", f.start.Text); err != nil {
		errs = append(errs, err.(*model.Error))
	}
	if c.End, err = parseDate("end", f.end.Text); err != nil {
		errs = append(errs, err.(*model.Error))
	}
	if c.Cost, err = parseCost(f.cost.Text); err != nil {
		errs = append(errs, err.(*model.Error))
	}
	if len(errs) > 0 {
		// Report what Validate finds too, so every fault shows at once.
		var verrs model.Errors
		if errors.As(c.Validate(), &verrs) {
			for _, e := range verrs {
				if e.Field != "start" && e.Field != "end" && e.Field != "cost" {
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
		texts[l] = append(texts[l], e.Message(current))
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
	msg := widget.NewLabel(model.ErrorMessage(err, current))
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
		out = append(out, k.Label(current))
	}
	return out
}

func problemAreaLabels() []string {
	var out []string
	for _, a := range model.ProblemAreas {
		out = append(out, a.Label(current))
	}
	return out
}

func levelLabels() []string {
	out := []string{lang.L("edit.level_none")}
	for _, l := range model.PreventionLevels {
		out = append(out, l.Label(current))
	}
	return out
}

// lines returns the non-empty lines of s, trimmed.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func dateText(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func parseDate(field, s string) (model.Date, error) {
	s = strings.TrimSpace(s)
	d, err := model.ParseISODate(s)
	if err != nil {
		return model.Date{}, model.FieldError(field, "date_invalid", s)
	}
	return d, nil
}

// costText writes an amount as the form shows it: "1 250 000" or
// "1 250 000,50", with plain spaces.
func costText(m model.Money) string {
	s := strings.TrimSuffix(m.Swedish(), "\u00a0kr")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.Replace(s, "−", "-", 1)
}

// parseCost reads an amount by the import's rules, as an error of the
// cost field when it cannot.
func parseCost(s string) (model.Money, error) {
	orig := strings.TrimSpace(s)
	m, err := importer.ParseCost(orig)
	switch {
	case err == nil:
		return m, nil
	case strings.HasPrefix(orig, "-"), strings.HasPrefix(orig, "−"), strings.HasPrefix(orig, "–"):
		return model.Money{}, model.FieldError("cost", "cost_negative")
	}
	return model.Money{}, model.FieldError("cost", "cost_invalid", orig)
}

// formatEvidence writes the items one a line, "Forskning: citation link",
// as parseEvidenceLines reads them.
func formatEvidence(es []model.Evidence) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Kind.Label(current) + ": " + e.Citation
		if e.URL != "" {
			out[i] += " " + e.URL
		}
	}
	return strings.Join(out, "\n")
}

// parseEvidenceLines reads one item a line by the import's rules.
func parseEvidenceLines(s string) []model.Evidence { return importer.ParseEvidence(s) }
