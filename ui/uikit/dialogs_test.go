package uikit

import (
	"errors"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// dialogsWindow is an 800 × 600 test window in Swedish.
func dialogsWindow(t *testing.T) fyne.Window {
	t.Helper()
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(800, 600))
	return win
}

// dialogsButtons returns the app's buttons under o, in the order they
// are laid out.
func dialogsButtons(o fyne.CanvasObject) []*widgets.Button {
	var out []*widgets.Button
	switch x := o.(type) {
	case *widgets.Button:
		return []*widgets.Button{x}
	case *widget.Button:
		panic("a Fyne-made button in the dialog: " + x.Text)
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, dialogsButtons(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, dialogsButtons(c)...)
		}
	}
	return out
}

// A confirm dialog has Fyne's two buttons, dismiss then confirm, with
// their icons and the confirm one highlighted; the callback hears true
// from the confirm button or Confirm, false from the dismiss button,
// Hide or Escape on a focused button.
func TestConfirmAnswersAsFynesDoes(t *testing.T) {
	win := dialogsWindow(t)
	c := win.Canvas()
	var answers []bool
	answer := func(ok bool) { answers = append(answers, ok) }
	open := func() (*Confirm, []*widgets.Button) {
		d := NewCustomConfirm("Återta förslaget?", "Återta", "Avbryt", widget.NewLabel("Vill du?"), answer, win)
		ConfirmKeys(d, c, nil)
		d.Show()
		return d, dialogsButtons(c.Overlays().Top())
	}
	_, bs := open()
	if len(bs) != 2 || bs[0].Text != "Avbryt" || bs[1].Text != "Återta" {
		t.Fatalf("the buttons are %v", bs)
	}
	if bs[0].Icon != theme.CancelIcon() || bs[1].Icon != theme.ConfirmIcon() || bs[1].Importance != widget.HighImportance || bs[0].Importance != widget.MediumImportance {
		t.Error("the buttons are not styled as Fyne's confirm dialog's")
	}
	test.Tap(bs[1])
	_, bs = open()
	test.Tap(bs[0])
	d, _ := open()
	d.Confirm()
	d, _ = open()
	d.Hide()
	_, bs = open()
	c.Focus(bs[1])
	bs[1].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if want := []bool{true, false, true, false, false}; !slices.Equal(answers, want) {
		t.Errorf("answers %v, want %v", answers, want)
	}
	if c.Overlays().Top() != nil {
		t.Error("a dialog is still open")
	}
}

// NewConfirm asks with Nej and Ja, NewInformation tells with OK, and
// NewCustom closes with its one button.
func TestTextDialogsHaveFynesLabels(t *testing.T) {
	win := dialogsWindow(t)
	c := win.Canvas()
	q := NewConfirm("Ta bort ärendet?", "Ärendet tas bort från dagordningen.", nil, win)
	q.Show()
	bs := dialogsButtons(c.Overlays().Top())
	if len(bs) != 2 || bs[0].Text != "Nej" || bs[1].Text != "Ja" {
		t.Errorf("NewConfirm's buttons: %v", bs)
	}
	q.Hide()
	NewInformation("Inget förslag valt", "Välj först ett förslag.", win).Show()
	if bs := dialogsButtons(c.Overlays().Top()); len(bs) != 1 || bs[0].Text != "OK" {
		t.Errorf("NewInformation's buttons: %v", bs)
	}
	test.Tap(dialogsButtons(c.Overlays().Top())[0])
	closed := false
	d := NewCustom("Om Styrgrupp", "Stäng", widget.NewLabel("Styrgrupp"), win)
	d.SetOnClosed(func() { closed = true })
	d.Show()
	test.Tap(dialogsButtons(c.Overlays().Top())[0])
	if !closed || c.Overlays().Top() != nil {
		t.Errorf("Stäng: closed %v, %v open", closed, c.Overlays().Top())
	}
}

// A form's confirm button follows its fields' validation, and Submit
// does nothing while they are invalid.
func TestFormConfirmsOnlyValidFields(t *testing.T) {
	win := dialogsWindow(t)
	text := widget.NewEntry()
	text.Validator = func(s string) error {
		if s == "" {
			return errors.New("tom")
		}
		return nil
	}
	var answers []bool
	d := NewForm("Ny anteckning", "Ny anteckning", "Avbryt", []*widget.FormItem{widget.NewFormItem("Text", text)},
		func(ok bool) { answers = append(answers, ok) }, win)
	d.Show()
	if !d.confirm.Disabled() {
		t.Error("the confirm button is enabled with an empty field")
	}
	d.Submit()
	if len(answers) != 0 {
		t.Fatalf("Submit with an empty field answered %v", answers)
	}
	text.SetText("Paragrafen saknar villkoret.")
	if d.confirm.Disabled() {
		t.Fatal("the confirm button stays disabled with a valid field")
	}
	d.Submit()
	if len(answers) != 1 || !answers[0] {
		t.Errorf("Submit answered %v", answers)
	}
}

// A question and a message take the size Fyne's own take: as wide as
// the message within Fyne's bounds, as high as it then needs.
func TestTextDialogsAreSizedAsFynes(t *testing.T) {
	win := dialogsWindow(t)
	c := win.Canvas()
	size := func(d dialog.Dialog) fyne.Size {
		d.Show()
		defer d.Hide()
		return c.Overlays().Top().(*widget.PopUp).Content.Size()
	}
	for _, msg := range []string{"Kort.", "Ärendet tas bort från dagordningen.",
		"Vill du sluta lita på Bollnäs kommun CA? Dokument som signerats med identiteter från den kan inte längre verifieras mot gruppens betrodda filer."} {
		if fy, ours := size(dialog.NewConfirm("Ta bort?", msg, nil, win)), size(NewConfirm("Ta bort?", msg, nil, win)); fy != ours {
			t.Errorf("a question of %d letters is %v, Fyne's %v", len(msg), ours, fy)
		}
		if fy, ours := size(dialog.NewInformation("Obs", msg, win)), size(NewInformation("Obs", msg, win)); fy != ours {
			t.Errorf("a message of %d letters is %v, Fyne's %v", len(msg), ours, fy)
		}
	}
}
