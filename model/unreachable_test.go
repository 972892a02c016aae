package model_test

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// Each reason reads in both languages, inside store_unreachable.
func TestUnreachableReasonsInWords(t *testing.T) {
	for _, r := range model.UnreachableReasons {
		for _, l := range []model.Language{model.Swedish, model.English} {
			if _, ok := model.Catalogue[l]["unreachable."+string(r)]; !ok {
				t.Errorf("reason %q has no %s words", r, l)
			}
		}
	}
	e := model.Errorf(model.EUnavailable, "store_unreachable", "db.kommun.se:5432", model.ReasonConnectionLost)
	want := "Servern db.kommun.se:5432 svarar inte (anslutningen bröts)."
	if got := e.Message(model.Swedish); !strings.HasPrefix(got, want) {
		t.Errorf("Swedish: %q", got)
	}
	want = "The server db.kommun.se:5432 does not answer (the connection was broken)."
	if got := e.Message(model.English); !strings.HasPrefix(got, want) {
		t.Errorf("English: %q", got)
	}
	if !model.Unreachable(e) {
		t.Error("not Unreachable")
	}
}
