package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// englishBy are the two ways to ask for English: the flag, and the
// system's locale.
var englishBy = []struct {
	name string
	env  map[string]string
	flag []string
}{
	{"--lang en", nil, []string{"--lang", "en"}},
	{"LANG=en_GB.UTF-8", map[string]string{"LANG": "en_GB.UTF-8"}, nil},
}

// setLocale sets the locale variables to env's, the rest unset.
func setLocale(t *testing.T, env map[string]string) {
	t.Helper()
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		t.Setenv(v, env[v])
	}
}

// TestUsageInEnglish: every command's --help is the usage in English,
// asked for with --lang en or by an English locale.
func TestUsageInEnglish(t *testing.T) {
	for _, by := range englishBy {
		setLocale(t, by.env)
		for _, cmd := range []string{"", "demo", "check", "backup", "import", "export", "minutes", "extract", "basis", "identity", "sign", "verify"} {
			args := append([]string{}, by.flag...)
			if cmd != "" {
				args = append(args, cmd)
			}
			code, out, errOut := runCLI(append(args, "--help")...)
			if code != exitOK || !strings.Contains(out, "\nUsage:\n") || strings.Contains(out, "Användning") || errOut != "" {
				t.Errorf("%s: styrgrupp %s --help: exit %d, stdout %.60q, stderr %q", by.name, cmd, code, out, errOut)
			}
		}
	}
}

// TestErrorsInEnglish: the command line's own errors, and the domain's
// it prints, are in English when English is asked for, and in Swedish
// otherwise.
func TestErrorsInEnglish(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	cases := []struct {
		args    []string
		english string
		swedish string
	}{
		{[]string{"export"}, "error: give the database with --store FILE\n", "fel: ange databasen med --store FIL\n"},
		{[]string{"check", "--store", missing}, "error: cannot find " + missing + "\n", "fel: hittar inte " + missing + "\n"},
		{[]string{"backup", "--store", missing}, "error: give the copy's file with -o COPY\n", "fel: ange kopians fil med -o KOPIA\n"},
		{[]string{"import", "--store", missing}, "error: give at least one file to import (.xlsx, .csv, .json or .docx)\n", "fel: ange minst en fil att importera (.xlsx, .csv, .json eller .docx)\n"},
		{[]string{"export", "--store", missing, "--format", "xml"}, `error: unknown format "xml": choose json, csv or docx` + "\n", `fel: okänt format "xml": välj json, csv eller docx` + "\n"},
		{[]string{"identity", "new", "--org", "Kommunen", "-o", filepath.Join(dir, "id.p12")}, "error: give the name of the person who will sign with --name\n", "fel: ange namnet på den som ska signera med --name\n"},
		{[]string{"--lang", "xx"}, `error: unknown language "xx": choose sv or en` + "\n", `fel: okänt språk "xx": välj sv eller en` + "\n"},
	}
	for _, by := range englishBy {
		setLocale(t, by.env)
		for _, c := range cases {
			if c.args[0] == "--lang" && by.flag != nil {
				continue // a second --lang is not a way to ask
			}
			args := append(append([]string{}, by.flag...), c.args...)
			code, out, errOut := runCLI(args...)
			if code != exitUsage || out != "" || errOut != c.english {
				t.Errorf("%s: styrgrupp %s: exit %d, stdout %q, stderr %q, want %q", by.name, strings.Join(args, " "), code, out, errOut, c.english)
			}
		}
	}
	// With a Swedish locale, C or none, and with --lang sv under an
	// English one, the same errors are in Swedish.
	for _, env := range []map[string]string{{"LANG": "sv_SE.UTF-8"}, {"LANG": "C.UTF-8"}, {"LC_ALL": "C", "LANG": "en_GB.UTF-8"}, {}, {"LANG": "en_GB.UTF-8", "FLAG": "sv"}} {
		setLocale(t, env)
		for _, c := range cases {
			args := c.args
			if env["FLAG"] != "" && c.args[0] != "--lang" {
				args = append([]string{"--lang", env["FLAG"]}, c.args...)
			}
			want := c.swedish
			if c.args[0] == "--lang" && env["LANG"] == "en_GB.UTF-8" && env["LC_ALL"] == "" {
				want = c.english // an unknown --lang leaves the locale to decide
			}
			if code, _, errOut := runCLI(args...); code != exitUsage || errOut != want {
				t.Errorf("%v: styrgrupp %s: exit %d, stderr %q, want %q", env, strings.Join(args, " "), code, errOut, want)
			}
		}
	}
}

// TestLangAmongACommandsFlags: --lang may follow the command, as the
// document commands' --lang does.
func TestLangAmongACommandsFlags(t *testing.T) {
	setLocale(t, nil)
	code, _, errOut := runCLI("export", "--lang=en", "--format", "xml")
	if code != exitUsage || errOut != `error: unknown format "xml": choose json, csv or docx`+"\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
