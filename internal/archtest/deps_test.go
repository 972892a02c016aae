// Package archtest holds the tests that keep the shape of the code as
// DESIGN.md §4 and the README's "How the code is laid out" draw it: the
// one-way arrows between the packages (deps_test.go) and the one home of
// the proposal's fields, model's field table (fields_test.go). It has no
// code of its own, only these tests.
package archtest

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// module is the module's path; the rules below name packages under it
// without it.
const module = "github.com/styrgrupp/styrgrupp"

// deps returns, for each of the module's packages (tests not counted),
// every package it depends on, directly or not, as `go list -deps` lists
// them, named by local.
func deps(t *testing.T) map[string][]string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		// go test puts the go command's GOROOT in the environment.
		goCmd = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
		if _, err := os.Stat(goCmd); err != nil {
			t.Fatalf("no go command to list the packages with: %v", err)
		}
	}
	cmd := exec.Command(goCmd, "list", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, "./...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	all := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		var ds []string
		for _, d := range f[1:] {
			ds = append(ds, local(d))
		}
		all[local(f[0])] = ds
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(all["model"]) == 0 && all["ui"] == nil {
		t.Fatalf("go list found neither model nor ui:\n%s", out)
	}
	return all
}

// local names a package of the module without the module path, and
// marks a package from elsewhere (the standard library, fyne) with a
// leading "/" so the two never mix: "model" is ours, "/database/sql" not.
func local(path string) string {
	if rest, ok := strings.CutPrefix(path, module+"/"); ok {
		return rest
	}
	return "/" + path
}

// under tells whether package p is dir or a package below it.
func under(p, dir string) bool { return p == dir || strings.HasPrefix(p, dir+"/") }

// rule is one arrow the code must not have: no package that from
// matches depends on a package that to matches.
type rule struct {
	why      string
	from, to func(string) bool
}

func is(names ...string) func(string) bool {
	return func(p string) bool {
		for _, n := range names {
			if p == n {
				return true
			}
		}
		return false
	}
}

func below(dirs ...string) func(string) bool {
	return func(p string) bool {
		for _, d := range dirs {
			if under(p, d) {
				return true
			}
		}
		return false
	}
}

var rules = []rule{
	{"the window sees the store through model's interfaces; cmd opens the store and hands it on",
		below("ui"), is("model/sqlite", "model/postgres", "model/sqlstore", "/database/sql")},
	{"model imports none of its adapters, no window and no database",
		is("model"), func(p string) bool {
			return p != "model" && (below("model", "ui", "cmd")(p)) || p == "/database/sql" || under(p, "/fyne.io/fyne/v2")
		}},
	{"the stores do not import each other",
		is("model/sqlite"), is("model/postgres")},
	{"the stores do not import each other",
		is("model/postgres"), is("model/sqlite")},
	{"the store logic both adapters share knows neither adapter",
		is("model/sqlstore"), is("model/sqlite", "model/postgres")},
	{"the documents, the importer and the use cases know no window and no store adapter",
		below("model/document", "model/pdf", "model/importer", "model/docx", "model/protocol", "model/signing", "model/identity"),
		func(p string) bool {
			return under(p, "/fyne.io/fyne/v2") || p == "/database/sql" || is("model/sqlite", "model/postgres", "model/sqlstore")(p)
		}},
	{"nothing under model/ knows the window or the command line",
		below("model"), func(p string) bool { return below("ui", "cmd")(p) || under(p, "/fyne.io/fyne/v2") }},
	{"the meetings window, the widgets and the helpers do not import the main window",
		below("ui/meeting", "ui/widgets", "ui/uikit", "ui/async"), is("ui")},
	{"only the command line is a program; nothing imports it",
		func(p string) bool { return !under(p, "cmd") }, below("cmd")},
}

// The packages depend on each other one way only, as the README draws it.
func TestTheArrowsGoOneWay(t *testing.T) {
	all := deps(t)
	for _, r := range rules {
		for p, ds := range all {
			if !r.from(p) {
				continue
			}
			for _, d := range ds {
				if r.to(d) {
					t.Errorf("%s depends on %s: %s", p, d, r.why)
				}
			}
		}
	}
}

// The rules hold: a package that breaks one is found. (A rule that
// matches nothing would pass on any code.)
func TestTheRulesMatchThePackages(t *testing.T) {
	all := deps(t)
	for _, want := range []string{"model", "ui", "ui/meeting", "model/sqlite", "model/postgres", "model/pdf", "model/document", "model/importer", "cmd/styrgrupp"} {
		if _, ok := all[want]; !ok {
			t.Errorf("go list does not list %s; the rules name it", want)
		}
	}
	if !contains(all["cmd/styrgrupp"], "model/sqlite") || !contains(all["cmd/styrgrupp"], "ui") {
		t.Error("cmd/styrgrupp does not depend on model/sqlite and ui: the dependencies are not read right")
	}
	if !contains(all["ui"], "model") || !contains(all["ui"], "/fyne.io/fyne/v2") {
		t.Error("ui does not depend on model and fyne: the dependencies are not read right")
	}
}

func contains(ds []string, p string) bool {
	for _, d := range ds {
		if d == p {
			return true
		}
	}
	return false
}
