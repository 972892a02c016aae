package model_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// sourceFiles returns the package's own .go files, without tests.
func sourceFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			out = append(out, f)
		}
	}
	if len(out) < 10 {
		t.Fatalf("found only %d source files: %v", len(out), out)
	}
	return out
}

// keyCalls finds the message keys passed to Errorf(code, "key", …),
// FieldError("field", "key", …) and Wrap(err, "key", …).
var keyCalls = regexp.MustCompile(`\b(?:Errorf\(\s*[\w.]+|FieldError\(\s*(?:"[^"]*"|[\w.]+)|Wrap\(\s*[\w.]+)\s*,\s*"([^"]+)"`)

// TestEveryKeyInBothCatalogues: a key used in the code but missing from a
// catalogue would show users a bare key.
func TestEveryKeyInBothCatalogues(t *testing.T) {
	used := map[string]string{}
	for _, f := range sourceFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyCalls.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = f
		}
	}
	// The scan must find the keys we know are there, or it finds nothing.
	for _, k := range []string{"ref_required", "move_not_allowed", "meeting_locked", "followup_move", "internal", "cost_invalid", "signoff_twice"} {
		if _, ok := used[k]; !ok {
			t.Errorf("scan did not find key %q: the pattern is broken", k)
		}
	}
	if len(used) < 40 {
		t.Errorf("scan found only %d keys", len(used))
	}
	for key, file := range used {
		for _, l := range []model.Language{model.Swedish, model.English} {
			if _, ok := model.Catalogue[l][key]; !ok {
				t.Errorf("%s: key %q has no %s message", file, key, l)
			}
		}
	}
}

// TestKeyArgsMatchPlaceholders parses the source and checks that each call
// with a literal key passes as many arguments as its messages have
// placeholders.
func TestKeyArgsMatchPlaceholders(t *testing.T) {
	fset := token.NewFileSet()
	calls := 0
	for _, f := range sourceFiles(t) {
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			if name != "Errorf" && name != "FieldError" && name != "Wrap" {
				return true
			}
			if len(call.Args) < 2 || call.Ellipsis.IsValid() {
				return true
			}
			lit, ok := call.Args[1].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			nargs := len(call.Args) - 2
			calls++
			for _, l := range []model.Language{model.Swedish, model.English} {
				if n := len(verbs(model.Catalogue[l][key])); n != nargs {
					t.Errorf("%s: key %q gets %d arguments, its %s message has %d placeholders",
						fset.Position(call.Pos()), key, nargs, l, n)
				}
			}
			return true
		})
	}
	if calls < 40 {
		t.Errorf("found only %d calls", calls)
	}
}

var verbRE = regexp.MustCompile(`%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// verbs returns the fmt verbs in a message, without "%%".
func verbs(s string) []string {
	var out []string
	for _, v := range verbRE.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

func TestCataloguesHaveSameKeys(t *testing.T) {
	sv, en := model.Catalogue[model.Swedish], model.Catalogue[model.English]
	if len(sv) == 0 || len(en) == 0 {
		t.Fatal("empty catalogue")
	}
	for k := range sv {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q is in Swedish but not in English", k)
		}
	}
	for k := range en {
		if _, ok := sv[k]; !ok {
			t.Errorf("key %q is in English but not in Swedish", k)
		}
	}
	for k, s := range sv {
		e, ok := en[k]
		if !ok {
			continue
		}
		if !slices.Equal(verbs(s), verbs(e)) {
			t.Errorf("key %q: Swedish placeholders %v, English %v", k, verbs(s), verbs(e))
		}
		if strings.TrimSpace(s) == "" || strings.TrimSpace(e) == "" {
			t.Errorf("key %q has an empty message", k)
		}
	}
}

// TestEveryValueHasLabels: the names built from a prefix and a value are
// not found by the source scan, so check them here.
func TestEveryValueHasLabels(t *testing.T) {
	var keys []string
	for _, v := range model.Kinds {
		keys = append(keys, "kind."+string(v))
	}
	for _, v := range model.Statuses {
		keys = append(keys, "status."+string(v))
	}
	for _, v := range model.Outcomes {
		keys = append(keys, "outcome."+string(v), "decision_text."+string(v))
	}
	for _, v := range model.ProblemAreas {
		keys = append(keys, "problem."+string(v))
	}
	for _, v := range model.PreventionLevels {
		keys = append(keys, "level."+string(v))
	}
	for _, v := range model.EvidenceKinds {
		keys = append(keys, "evidence."+string(v))
	}
	for _, v := range model.Roles {
		keys = append(keys, "role."+string(v))
	}
	for _, v := range model.FollowUpStatuses {
		keys = append(keys, "followup."+string(v))
	}
	for _, k := range keys {
		for _, l := range []model.Language{model.Swedish, model.English} {
			if _, ok := model.Catalogue[l][k]; !ok {
				t.Errorf("label %q has no %s name", k, l)
			}
		}
	}
}

// TestEveryMessageRenders fills each message with as many arguments as it
// has placeholders and looks for fmt's complaints.
func TestEveryMessageRenders(t *testing.T) {
	for _, l := range []model.Language{model.Swedish, model.English} {
		for key, tmpl := range model.Catalogue[l] {
			args := make([]any, len(verbs(tmpl)))
			for i, v := range verbs(tmpl) {
				if strings.HasSuffix(v, "d") {
					args[i] = 3
				} else {
					args[i] = "x"
				}
			}
			msg := model.Errorf(model.EInvalid, key, args...).Message(l)
			if strings.Contains(msg, "%!") {
				t.Errorf("%s %q renders as %q", l, key, msg)
			}
		}
	}
}

func TestMessageRendersStatusInLanguage(t *testing.T) {
	p := proposal(model.StatusDraft)
	e := assertErr(t, p.CheckAgenda(), model.EState, "agenda_not_ready")
	sv, en := e.Message(model.Swedish), e.Message(model.English)
	if want := "Förslaget 2.3 är utkast; bara förslag som är markerade för beslut kan sättas upp på dagordningen."; sv != want {
		t.Errorf("sv = %q, want %q", sv, want)
	}
	if want := "Proposal 2.3 is draft; only proposals marked ready for decision can go on the agenda."; en != want {
		t.Errorf("en = %q, want %q", en, want)
	}
	if strings.Contains(sv, "draft") || strings.Contains(en, "utkast") {
		t.Error("a status is named in the wrong language")
	}
	// Error() is the English message.
	if e.Error() != en {
		t.Errorf("Error() = %q", e.Error())
	}
	// Labels that are names keep their capitals; others are lower-cased.
	if got := model.Errorf(model.EInvalid, "followup_move", model.FollowUpNotStarted, model.FollowUpCompleted).Message(model.Swedish); got != "Uppföljningen kan inte gå från ej påbörjad till genomförd." {
		t.Errorf("sv = %q", got)
	}
	if got := model.Errorf(model.EInvalid, "agenda_not_ready", "2", model.ANDTS).Message(model.English); !strings.Contains(got, "is ANDTS;") {
		t.Errorf("en = %q", got)
	}
}

func TestErrorBasics(t *testing.T) {
	cause := errors.New("disk full")
	w := model.Wrap(cause, "store_open", "/tmp/x.db")
	if w.Code != model.EInternal || !errors.Is(w, cause) {
		t.Errorf("Wrap = %+v", w)
	}
	if got, want := w.Error(), "Could not open the database /tmp/x.db.: disk full"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := w.Message(model.Swedish), "Kunde inte öppna databasen /tmp/x.db."; got != want {
		t.Errorf("Message = %q, want %q (no cause for users)", got, want)
	}

	wrapped := fmt.Errorf("saving: %w", model.Errorf(model.ENotFound, "not_found", "förslag", 7))
	if got := model.ErrorCode(wrapped); got != model.ENotFound {
		t.Errorf("ErrorCode(wrapped) = %q", got)
	}
	if got := model.ErrorMessage(wrapped, model.Swedish); got != "Hittade inte förslag 7." {
		t.Errorf("ErrorMessage = %q", got)
	}
	if got := model.ErrorCode(errors.New("x")); got != model.EInternal {
		t.Errorf("ErrorCode(plain) = %q", got)
	}
	if got := model.ErrorCode(nil); got != "" {
		t.Errorf("ErrorCode(nil) = %q", got)
	}
	if got := model.ErrorMessage(errors.New("sql: secret detail"), model.Swedish); got != model.Catalogue[model.Swedish]["internal"] {
		t.Errorf("ErrorMessage(plain) = %q", got)
	}

	// An unknown language falls back to English; an unknown key shows the
	// key and its arguments rather than nothing.
	if got := model.Errorf(model.EInvalid, "title_required").Message("de"); got != "The title is missing." {
		t.Errorf("fallback = %q", got)
	}
	if got := model.Errorf(model.EInvalid, "no_such_key", 1, "a").Message(model.Swedish); !strings.HasPrefix(got, "no_such_key") || strings.Contains(got, "%!") {
		t.Errorf("unknown key = %q", got)
	}

	fe := model.FieldError("title", "title_required")
	if fe.Code != model.EInvalid || fe.Field != "title" || fe.Unwrap() != nil {
		t.Errorf("FieldError = %+v", fe)
	}
}

func TestErrorsList(t *testing.T) {
	var none model.Errors
	if none.Err() != nil {
		t.Error("empty Errors.Err() != nil")
	}
	es := model.Errors{model.FieldError("title", "title_required"), model.Errorf(model.EState, "signoff_empty")}
	err := es.Err()
	if got, want := err.Error(), "The title is missing.\nThe agenda is empty; there is nothing to sign off."; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := model.ErrorMessage(err, model.Swedish); got != "Titel saknas." {
		t.Errorf("ErrorMessage(Errors) = %q, want the first message", got)
	}
	if got := es.Message(model.Swedish); got != "Titel saknas.\nDagordningen är tom; det finns inget att justera." {
		t.Errorf("Message = %q", got)
	}
	var e *model.Error
	if !errors.As(err, &e) || e.Key != "title_required" {
		t.Errorf("errors.As found %+v", e)
	}
	if !errors.Is(err, es[1]) {
		t.Error("errors.Is does not see the second error")
	}
	if got := model.ErrorCode(err); got != model.EInvalid {
		t.Errorf("ErrorCode = %q", got)
	}
	assertKeys(t, fmt.Errorf("import: %w", err), "title_required", "signoff_empty")
}
