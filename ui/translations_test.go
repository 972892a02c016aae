package ui

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// keys returns the keys of the translation files for lang other than
// Fyne's own (styrgrupp's sv.json and any screen's comments.sv.json).
func keys(t *testing.T, lang string) map[string]bool {
	t.Helper()
	entries, err := assets.Translations.ReadDir("translations")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, "fyne.") || (name != lang+".json" && !strings.HasSuffix(name, "."+lang+".json")) {
			continue
		}
		b, err := assets.Translations.ReadFile("translations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k := range m {
			if out[k] {
				t.Errorf("%q is in two %s files", k, lang)
			}
			out[k] = true
		}
	}
	return out
}

// fyneKeys returns the keys of Fyne's own strings for lang.
func fyneKeys(t *testing.T, lang string) map[string]bool {
	t.Helper()
	b, err := assets.Translations.ReadFile("translations/fyne." + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// Every string the screens ask lang.L for is in both languages, and the
// two files hold the same keys.
func TestEveryStringIsTranslated(t *testing.T) {
	sv, en := keys(t, "sv"), keys(t, "en")
	fyneSv, fyneEn := fyneKeys(t, "sv"), fyneKeys(t, "en")
	for k := range sv {
		if !en[k] {
			t.Errorf("%q is in sv.json but not in en.json", k)
		}
	}
	for k := range en {
		if !sv[k] {
			t.Errorf("%q is in en.json but not in sv.json", k)
		}
	}
	var files []string // the screens' files, in this package and those under it
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	call := regexp.MustCompile(`lang\.L\("([^"]+)"`)
	found := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			found++
			if strings.HasSuffix(m[1], ".") { // a prefix: checked below
				continue
			}
			if !(sv[m[1]] || fyneSv[m[1]]) || !(en[m[1]] || fyneEn[m[1]]) {
				t.Errorf("%s: lang.L(%q) has no translation in both files", f, m[1])
			}
		}
	}
	var dynamic []string
	for _, f := range model.FieldNames {
		dynamic = append(dynamic, "field."+f)
	}
	for _, k := range []importer.ChangeKind{importer.New, importer.Changed, importer.Refused} {
		dynamic = append(dynamic, "import.kind."+string(k))
	}
	for _, k := range dynamic {
		if !sv[k] || !en[k] {
			t.Errorf("%q has no translation in both files", k)
		}
	}
	if found < 20 {
		t.Fatalf("found only %d lang.L calls: the pattern no longer matches the code", found)
	}
}
