package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// heldWindow is a main window on a fake store whose background work waits
// in held until the test runs it.
func heldWindow(t *testing.T, s *fakeStore) (*MainWindow, *[]func()) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, s)
	held := &[]func(){}
	run := func(f func()) { *held = append(*held, f) }
	w.background = run
	w.comments.setBackground(run)
	return w, held
}

// Markera för beslut writes off the UI goroutine; until the store answers
// its button says Sparar … and cannot be pressed again.
func TestMarkReadySaysSavingUntilTheStoreAnswers(t *testing.T) {
	s := newFakeStore()
	writes := 0
	s.MarkReadyFn = func(_ context.Context, id int64) (model.Proposal, error) {
		writes++
		p, _ := s.ProposalFn(context.Background(), id)
		p.Status = model.StatusReady
		s.proposals[0] = p
		return p, nil
	}
	w, held := heldWindow(t, s)
	w.Select("1")
	label := w.readyBtn.Text
	w.markReadyNow(1)
	if w.readyBtn.Text != "Sparar …" || !w.readyBtn.Disabled() || writes != 0 {
		t.Fatalf("while saving the button says %q, disabled %v, %d writes made", w.readyBtn.Text, w.readyBtn.Disabled(), writes)
	}
	for _, f := range *held {
		f()
	}
	if writes != 1 || w.readyBtn.Text != label || w.detail.shown.Status != model.StatusReady {
		t.Errorf("after saving: %d writes, button %q, shown %s", writes, w.readyBtn.Text, w.detail.shown.Status)
	}
}

// Skicka on a comment writes off the UI goroutine, the button saying
// Sparar … until the store answers; the typed text goes once it is stored.
func TestSendingACommentSaysSavingUntilStored(t *testing.T) {
	s := newFakeStore()
	var stored []model.Comment
	s.AddCommentFn = func(_ context.Context, c model.Comment) (model.Comment, error) {
		stored = append(stored, c)
		return c, nil
	}
	w, held := heldWindow(t, s)
	w.who.set(s.people[0])
	w.Select("1")
	for len(*held) > 0 { // the comments' reading
		f := (*held)[0]
		*held = (*held)[1:]
		f()
	}
	w.comments.entry.SetText("Vem följer upp?")
	test.Tap(w.comments.send)
	if w.comments.send.Text != "Sparar …" || !w.comments.send.Disabled() || len(stored) != 0 {
		t.Fatalf("while saving the button says %q, disabled %v, %d stored", w.comments.send.Text, w.comments.send.Disabled(), len(stored))
	}
	if w.comments.entry.Text != "Vem följer upp?" {
		t.Error("the text went before it was stored")
	}
	(*held)[0]()
	if len(stored) != 1 || stored[0].Body != "Vem följer upp?" || stored[0].AuthorID != s.people[0].ID {
		t.Errorf("stored %+v", stored)
	}
	if w.comments.send.Text == "Sparar …" || w.comments.entry.Text != "" {
		t.Errorf("after saving the button says %q and the field %q", w.comments.send.Text, w.comments.entry.Text)
	}
}
