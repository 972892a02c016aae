package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// The form's fields are filled before they are first drawn (setText puts
// the text in the entry's field); once drawn they show that text, and a
// text set after that, as a merge after a conflict does, shows too.
func TestTheFormsFieldsShowTheTextTheyAreFilledWith(t *testing.T) {
	w, _ := fakeWindow(t)
	summary := strings.Repeat("Skolans personal lär sig se tecken på våld i hemmet. ", 12)
	p := model.Proposal{ID: 1, Revision: 1, Status: model.StatusDraft, Content: model.Content{
		Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser", Summary: summary}}
	f := w.openEditForm(p)
	if f.summary.Text != summary || !testapp.Contains(testapp.Labels(f.summary), summary) {
		t.Fatalf("the summary field holds %q and shows %q", f.summary.Text, testapp.Labels(f.summary))
	}
	merged := p.Content
	merged.Summary = "Sammanfattningen som Bo sparade."
	f.fill(merged)
	if shown := testapp.Labels(f.summary); !testapp.Contains(shown, merged.Summary) || testapp.Contains(shown, summary) {
		t.Fatalf("after filling it again the summary field shows %q", shown)
	}
	if f.changed() {
		t.Error("a form just filled says it has changes")
	}
}

// A long field asks for as many lines as Fyne's own entry asked to show
// them, though its rows are set before it is a widget.
func TestALongFieldIsAsTallAsItsRows(t *testing.T) {
	fakeWindow(t)
	for _, rows := range []int{2, 6, 12} {
		plain := widget.NewMultiLineEntry()
		plain.SetMinRowsVisible(rows)
		if got, want := newFormEntry(true, rows, nil).MinSize(), plain.MinSize(); got != want {
			t.Errorf("%d rows: the form's entry asks for %v, Fyne's for %v", rows, got, want)
		}
	}
}
