package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/uitest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// keyboardDialog opens one of the window's dialogs on w.
type keyboardDialog struct {
	name string
	open func(t *testing.T, w *MainWindow)
}

// keyboardDialogs are the dialogs the main window opens from its menus
// and buttons; each closes on Escape, from the field that has the focus
// when it opens or from the dialog itself.
var keyboardDialogs = []keyboardDialog{
	{"Vem är jag", func(_ *testing.T, w *MainWindow) { w.askWhoIAm() }},
	{"Inställningar", func(_ *testing.T, w *MainWindow) { w.openSettings() }},
	{"Importera preview", func(t *testing.T, w *MainWindow) { keyboardPreview(t, w) }},
	{"Exportera", func(_ *testing.T, w *MainWindow) { w.chooseExport() }},
	{"Säkerhetskopiera", func(_ *testing.T, w *MainWindow) { w.chooseBackup() }},
	{"Kontrollera PDF", func(_ *testing.T, w *MainWindow) { w.showPDFCheck("inget.pdf", []byte("ingen pdf")) }},
	{"Anslut till server", func(_ *testing.T, w *MainWindow) { w.chooseServer() }},
	{"Om", func(_ *testing.T, w *MainWindow) { w.showAbout() }},
	{"Kortkommandon", func(_ *testing.T, w *MainWindow) { w.showShortcuts() }},
	{"Redigera", func(_ *testing.T, w *MainWindow) { w.editShown() }},
	{"Markera för beslut", func(t *testing.T, w *MainWindow) { keyboardGaps(t, w); w.markReady() }},
	{"Återta", func(_ *testing.T, w *MainWindow) { w.withdraw() }},
	{"Ingen vald", func(_ *testing.T, w *MainWindow) { w.showNoProposal() }},
	{"Fel", func(_ *testing.T, w *MainWindow) { w.showError(errors.New("trasig")) }},
	{"Vilka är med", func(_ *testing.T, w *MainWindow) { w.who.newFirstStart(w.win, nil).show() }},
	{"Importen misslyckades", func(_ *testing.T, w *MainWindow) {
		(&importFlow{w: w}).showProblems(importer.Problems{{File: "nya.csv", Key: "file_not_found"}})
	}},
	{"PDF sparad", func(_ *testing.T, w *MainWindow) {
		uikit.ShowSavedPDF(w.app, w.win, "/tmp/protokoll.pdf", nil, w.showError)
	}},
	{"Ersätt filen", func(t *testing.T, w *MainWindow) {
		(&newFileDialog{win: w.win}).askReplace(filepath.Join(t.TempDir(), "kopia.db"))
	}},
}

// keyboardDialogWindow is a window that can open every dialog: on the
// demo store, with another store or a server to open, and a draft
// intervention shown.
func keyboardDialogWindow(t *testing.T) *MainWindow {
	t.Helper()
	w, _, _ := serverWindow(t, nil)
	closeDialogs(w)
	w.Select(proposalWith(t, w.store, model.KindIntervention, model.StatusDraft).Ref)
	return w
}

// keyboardDialogReuse gives one keyboardDialogWindow to dialog after
// dialog, each time as it was built (the dialogs closed, the same draft
// shown, the same focus): building it is most of such a test's time.
type keyboardDialogReuse struct {
	w     *MainWindow
	ref   string
	focus fyne.Focusable
}

// window returns the window, built on t at first and after drop.
func (r *keyboardDialogReuse) window(t *testing.T) *MainWindow {
	t.Helper()
	if r.w == nil {
		r.w = keyboardDialogWindow(t)
		r.ref, r.focus = r.w.detail.shown.Ref, r.w.win.Canvas().Focused()
		return r.w
	}
	closeDialogs(r.w)
	r.w.Select(r.ref)
	if c := r.w.win.Canvas(); r.focus == nil {
		c.Unfocus()
	} else {
		c.Focus(r.focus)
	}
	return r.w
}

// drop makes the next window a new one: what a failed dialog left
// behind reaches no other.
func (r *keyboardDialogReuse) drop() { r.w = nil }

// eachKeyboardDialog runs check on every dialog, each in a subtest of
// its name, on one window (keyboardDialogReuse).
func eachKeyboardDialog(t *testing.T, check func(t *testing.T, w *MainWindow, d keyboardDialog)) {
	var r keyboardDialogReuse
	for _, d := range keyboardDialogs {
		w := r.window(t)
		if !t.Run(d.name, func(t *testing.T) { check(t, w, d) }) {
			r.drop()
		}
	}
}

// keyboardPreview shows the import preview of a file with a new
// proposal, 1.5.
func keyboardPreview(t *testing.T, w *MainWindow) {
	t.Helper()
	path := writeFile(t, "nya.csv", "Ref;Titel;Sammanfattning\r\n1.5;Läxhjälp på fritidsgården;Stöd efter skoltid.\r\n")
	plan, err := importer.PlanFiles(w.ctx, w.store, path)
	if err != nil {
		t.Fatal(err)
	}
	(&importFlow{w: w}).showPreview(plan)
}

// keyboardGaps adds and shows 1.9, a draft without the evidence a
// decision rests on, so that Markera för beslut asks first.
func keyboardGaps(t *testing.T, w *MainWindow) {
	t.Helper()
	if _, err := w.store.CreateProposal(context.Background(), model.Content{Ref: "1.9", Kind: model.KindIntervention, Title: "Bara en titel"}); err != nil {
		t.Fatal(err)
	}
	w.Reload()
	w.Select("1.9")
}

func TestEveryDialogClosesOnEscape(t *testing.T) {
	eachKeyboardDialog(t, func(t *testing.T, w *MainWindow, d keyboardDialog) {
		c := w.win.Canvas()
		d.open(t, w)
		if c.Overlays().Top() == nil {
			t.Fatal("no dialog opened")
		}
		keyboardPress(c, fyne.KeyEscape)
		if top := c.Overlays().Top(); top != nil {
			t.Errorf("Escape left %q open (focus on %T)", texts(top), c.Focused())
		}
	})
}

// Enter takes the dialog's default: closes one that only tells, marks for
// decision, imports, saves the backup; Återta's question, whose answer
// ends the proposal, keeps it on Enter.
func TestEnterTakesTheDialogsDefault(t *testing.T) {
	press := func(w *MainWindow) {
		keyboardPress(w.win.Canvas(), fyne.KeyReturn)
	}
	var r keyboardDialogReuse
	for _, name := range []string{"Om", "Kortkommandon", "Inställningar", "Kontrollera PDF", "Ingen vald", "Fel"} {
		w := r.window(t)
		for _, d := range keyboardDialogs {
			if d.name == name {
				d.open(t, w)
			}
		}
		press(w)
		if top := topOverlay(w); top != nil {
			t.Errorf("%s: Enter left %q open", name, texts(top))
			r.drop()
		}
	}

	w := r.window(t)
	keyboardGaps(t, w)
	w.markReady()
	press(w)
	if got := proposalByRef(t, w.store, "1.9").Status; got != model.StatusReady || topOverlay(w) != nil {
		t.Errorf("Enter in Markera för beslut's question: status %s", got)
	}

	w.Select(proposalWith(t, w.store, model.KindIntervention, model.StatusDraft).Ref)
	p := w.detail.shown
	w.withdraw()
	press(w)
	if got := proposalByRef(t, w.store, p.Ref).Status; got != model.StatusDraft || topOverlay(w) != nil {
		t.Errorf("Enter in Återta's question: status %s", got)
	}

	keyboardPreview(t, w)
	press(w)
	if _, err := w.store.ProposalByRef(context.Background(), "1.5"); err != nil {
		t.Errorf("Enter in the preview did not import: %v", err)
	}

	press(w) // the import's Klart
	if top := topOverlay(w); top != nil {
		t.Errorf("after the import %q is open", texts(top))
	}
	d := w.chooseBackup()
	d.dir = t.TempDir()
	d.name.SetText("kopia.db")
	press(w) // the name field has the keyboard
	if _, err := os.Stat(filepath.Join(d.dir, "kopia.db")); err != nil {
		t.Errorf("Enter in Säkerhetskopiera wrote no backup: %v", err)
	}
}

// In the edit form's long fields Enter starts a new line, Ctrl+Enter
// saves, Tab moves on without typing and Ctrl+Tab types a tab; Escape in
// a field is Avbryt, which asks about unsaved changes, and Escape again
// goes back to the form.
func TestTheEditFormsKeys(t *testing.T) {
	w, s := editWindow(t)
	closeDialogs(w)
	p := proposalByRef(t, s, "1.2")
	before := len(revisions(t, s, p.ID))
	c := w.win.Canvas()
	f := w.openEditForm(p)
	if f == nil {
		t.Fatalf("1.2 (%s) cannot be edited", p.Status)
	}
	c.Focus(f.summary)
	f.summary.SetText("Rad ett")
	f.summary.CursorRow, f.summary.CursorColumn = 0, len([]rune("Rad ett"))
	keyboardPress(c, fyne.KeyReturn)
	test.Type(f.summary, "Rad två")
	f.summary.TypedShortcut(widgets.InsertTabShortcut)
	test.Type(f.summary, "slut")
	if f.summary.Text != "Rad ett\nRad två\tslut" || f.closed {
		t.Fatalf("the summary holds %q (closed %v)", f.summary.Text, f.closed)
	}
	if f.summary.AcceptsTab() {
		t.Error("the summary keeps Tab")
	}

	c.Focus(f.title)
	keyboardPress(c, fyne.KeyEscape)
	if f.closed || f.guard == nil || topOverlay(w) == nil || !contains(texts(topOverlay(w)), "Fortsätt redigera") {
		t.Fatalf("Escape with changes did not ask; closed %v", f.closed)
	}
	keyboardPress(c, fyne.KeyEscape)
	if f.closed || f.asking {
		t.Fatalf("Escape in the question left the form: closed %v, asking %v", f.closed, f.asking)
	}

	c.Focus(f.summary)
	typeShortcut(c, &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if !f.closed || len(revisions(t, s, p.ID)) != before+1 {
		t.Fatalf("Ctrl+Enter did not save: closed %v", f.closed)
	}
	if got := proposalByRef(t, s, "1.2").Summary; got != "Rad ett\nRad två\tslut" {
		t.Errorf("saved the summary %q", got)
	}
}

// Escape closes a dialog also after Tab has moved into it: from a select
// (Vem är jag) or a field (Inställningar' new member's name).
func TestEscapeClosesADialogFromItsFields(t *testing.T) {
	w := keyboardDialogWindow(t)
	c := w.win.Canvas()
	w.askWhoIAm()
	c.FocusNext()
	if _, ok := c.Focused().(*widgets.Select); !ok {
		t.Fatalf("Tab in Vem är jag reached %T", c.Focused())
	}
	keyboardPress(c, fyne.KeyEscape)
	if top := topOverlay(w); top != nil {
		t.Fatalf("Escape in the select left %q open", texts(top))
	}

	d := w.showSettings()
	c.Focus(d.role)
	keyboardPress(c, fyne.KeyEscape)
	if top := topOverlay(w); top != nil {
		t.Errorf("Escape in Inställningar's role left %q open", texts(top))
	}
}

// From a button of a dialog that has the keyboard, Enter presses that
// button and Escape closes the dialog as Avbryt: the edit form's Avbryt
// closes an unchanged form, and Escape on Spara does the same.
func TestADialogsButtonsTakeEnterAndEscape(t *testing.T) {
	w, s := editWindow(t)
	closeDialogs(w)
	c := w.win.Canvas()
	p := proposalByRef(t, s, "1.2")
	f := w.openEditForm(p)
	c.Focus(f.closeBtn)
	keyboardPress(c, fyne.KeyReturn)
	if !f.closed {
		t.Fatal("Enter on Avbryt left the form open")
	}
	f = w.openEditForm(p)
	c.Focus(f.saveBtn)
	keyboardPress(c, fyne.KeyEscape)
	if !f.closed || topOverlay(w) != nil {
		t.Errorf("Escape on Spara: closed %v, %q open", f.closed, texts(topOverlay(w)))
	}
}

// Escape closes every dialog also once Tab has put the keyboard on one
// of its buttons, which Fyne's own buttons swallow Escape on.
func TestEscapeClosesADialogFromItsButtons(t *testing.T) {
	eachKeyboardDialog(t, func(t *testing.T, w *MainWindow, d keyboardDialog) {
		c := w.win.Canvas()
		d.open(t, w)
		if c.Overlays().Top() == nil {
			t.Fatal("no dialog opened")
		}
		label := uitest.TabToButton(t, c)
		keyboardPress(c, fyne.KeyEscape)
		if top := c.Overlays().Top(); top != nil {
			t.Errorf("Escape on %q left %q open", label, texts(top))
		}
	})
}

// A question over another dialog closes on Escape from its buttons and
// leaves the dialog under it open: the edit form's conflict, and
// removing a trusted file in Inställningar.
func TestEscapeOnAQuestionsButtonLeavesTheDialogUnder(t *testing.T) {
	w := keyboardDialogWindow(t)
	c := w.win.Canvas()
	f := w.openEditForm(w.detail.shown)
	if f == nil {
		t.Fatalf("%s cannot be edited", w.detail.shown.Ref)
	}
	under := c.Overlays().Top()
	f.showConflict(errors.New("ändrat av någon annan"))
	uitest.TabToButton(t, c)
	keyboardPress(c, fyne.KeyEscape)
	if top := c.Overlays().Top(); top != under || f.closed {
		t.Errorf("Escape on the conflict's button: %q on top, form closed %v", texts(top), f.closed)
	}
	closeDialogs(w)

	d := w.showSettings()
	if d.trust == nil {
		t.Fatal("Inställningar has no Signering")
	}
	under = c.Overlays().Top()
	d.trust.files = []model.TrustedFile{{ID: 1, Name: "Bollnäs kommun CA"}}
	d.trust.chosen = 0
	d.trust.confirmRemove()
	if c.Overlays().Top() == under {
		t.Fatal("Ta bort asked nothing")
	}
	uitest.TabToButton(t, c)
	keyboardPress(c, fyne.KeyEscape)
	if top := c.Overlays().Top(); top != under {
		t.Errorf("Escape on the question's button left %q on top", texts(top))
	}
}
