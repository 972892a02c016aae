package document_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// TestEveryLineIsInBothLanguages: each message key this package and the
// document commands use is in the Swedish and the English catalogue,
// with as many placeholders in each.
func TestEveryLineIsInBothLanguages(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	cmd, _ := filepath.Glob("../../cmd/styrgrupp/*.go")
	key := regexp.MustCompile(`"((?:verify|document|sign|signer)_[a-z_]+|cli_error)"`)
	found := map[string]bool{}
	for _, f := range append(files, cmd...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range key.FindAllStringSubmatch(string(src), -1) {
			found[m[1]] = true
		}
	}
	if len(found) < 60 {
		t.Fatalf("found only %d keys", len(found))
	}
	for k := range found {
		sv := model.Errorf(model.EInternal, k).Message(model.Swedish)
		en := model.Errorf(model.EInternal, k).Message(model.English)
		if sv == k || en == k || sv == en && k != "verify_where_section" && k != "verify_signer" {
			t.Errorf("%s: sv %q, en %q", k, sv, en)
		}
		if strings.Count(sv, "%!") != strings.Count(en, "%!") {
			t.Errorf("%s: the languages have different placeholders: %q, %q", k, sv, en)
		}
	}
}
