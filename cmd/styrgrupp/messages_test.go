package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

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

// TestEveryCLIMessageInBothLanguages walks every key of the command
// line's catalogue: each has a Swedish and an English text, neither
// empty, with the same fmt verbs in the same order.
func TestEveryCLIMessageInBothLanguages(t *testing.T) {
	sv, en := cliMessages[model.Swedish], cliMessages[model.English]
	if len(sv) < 50 {
		t.Fatalf("only %d Swedish messages", len(sv))
	}
	for _, pair := range [][2]map[string]string{{sv, en}, {en, sv}} {
		for k := range pair[0] {
			if _, ok := pair[1][k]; !ok {
				t.Errorf("key %q is in one language only", k)
			}
		}
	}
	for k, s := range sv {
		e := en[k]
		if !slices.Equal(verbs(s), verbs(e)) {
			t.Errorf("key %q: Swedish verbs %v, English %v", k, verbs(s), verbs(e))
		}
		if strings.TrimSpace(s) == "" || strings.TrimSpace(e) == "" {
			t.Errorf("key %q has an empty message", k)
		}
		if !strings.HasPrefix(k, "cli.") {
			t.Errorf("key %q: the command line's keys start with cli.", k)
		}
	}
}

// TestEveryMsgCallHasItsMessage parses the package's source: each
// msg("key", …) names a key the catalogue has in both languages and
// passes as many arguments as the message has verbs.
func TestEveryMsgCallHasItsMessage(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	calls := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if id, isIdent := call0(call); !ok || !isIdent || id != "msg" || len(call.Args) == 0 {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true // a key built from a prefix, checked below
			}
			key, _ := strconv.Unquote(lit.Value)
			calls++
			for _, l := range []model.Language{model.Swedish, model.English} {
				tmpl, ok := lookup(l, key)
				if !ok {
					t.Errorf("%s: key %q has no %s message", fset.Position(call.Pos()), key, l)
				} else if n := len(verbs(tmpl)); n != len(call.Args)-1 {
					t.Errorf("%s: key %q gets %d arguments, its %s message has %d verbs",
						fset.Position(call.Pos()), key, len(call.Args)-1, l, n)
				}
			}
			return true
		})
	}
	if calls < 50 {
		t.Errorf("found only %d calls of msg", calls)
	}
	for _, reason := range []string{"hash", "link", "sequence"} {
		if _, ok := cliMessages[model.English]["cli.check_chain."+reason]; !ok {
			t.Errorf("no message for the audit chain's break %q", reason)
		}
	}
}

// call0 returns the name of the function call calls, when it is a plain
// identifier.
func call0(call *ast.CallExpr) (string, bool) {
	if call == nil {
		return "", false
	}
	id, ok := call.Fun.(*ast.Ident)
	if !ok {
		return "", false
	}
	return id.Name, true
}

// lookup returns the command line's message for key, or the domain's
// (which msg finds too) as model renders it without arguments.
func lookup(l model.Language, key string) (string, bool) {
	if s, ok := cliMessages[l][key]; ok {
		return s, true
	}
	s := model.Message(l, key)
	return s, s != key
}
