package model_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// TestAddedMessagesRenderAsTheDomains: a program's own message is chosen
// by language, formatted with its arguments, and names a labelled value
// in the language, as a domain message does.
func TestAddedMessagesRenderAsTheDomains(t *testing.T) {
	model.AddMessages(map[model.Language]map[string]string{
		model.Swedish: {"test.added": "Förslaget är %s (%d)."},
		model.English: {"test.added": "The proposal is %s (%d)."},
	})
	if got := model.Message(model.English, "test.added", model.StatusDraft, 3); got != "The proposal is draft (3)." {
		t.Errorf("English: %q", got)
	}
	if got := model.Message(model.Swedish, "test.added", model.StatusDraft, 3); got != "Förslaget är utkast (3)." {
		t.Errorf("Swedish: %q", got)
	}
	if got := model.Message(model.Swedish, "identity_wrong_passphrase"); got != "Lösenfrasen är fel." {
		t.Errorf("a domain message: %q", got)
	}
}
