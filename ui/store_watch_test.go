package ui

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

func TestOutsideChangeShowsUnlessADialogIsOpen(t *testing.T) {
	w, s := editWindow(t)
	other, err := sqlite.Open(s.Path()) // another window on the same file
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ctx := testCtx("Annan")
	add := func(ref string) {
		t.Helper()
		if _, err := other.CreateProposal(ctx, model.Content{Ref: ref, Kind: model.KindArea, Title: "Område " + ref}); err != nil {
			t.Fatal(err)
		}
	}

	add("7")
	if _, mine, err := s.Version(ctx); err != nil || mine {
		t.Fatalf("the window's store takes the other's change as its own (err %v)", err)
	}
	if !w.showOutsideChange(s) {
		t.Fatal("not shown with no dialog open")
	}
	if _, ok := w.tree.byRef["7"]; !ok {
		t.Fatal("the tree lacks the proposal the other window made")
	}

	add("8")
	d := uikit.ShowErrorMessage(w.win, "Ett fel")
	if w.showOutsideChange(s) {
		t.Error("shown under an open dialog")
	}
	if _, ok := w.tree.byRef["8"]; ok {
		t.Error("the tree changed under an open dialog")
	}
	d.Hide()
	if !w.showOutsideChange(s) {
		t.Error("not shown once the dialog closed")
	}
	if _, ok := w.tree.byRef["8"]; !ok {
		t.Error("the tree lacks the second proposal")
	}
}
