package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/applog"
	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// Exit codes of the command line (DESIGN.md §5).
const (
	exitOK     = 0
	exitFailed = 1 // a check or verification failed
	exitUsage  = 2 // bad usage or bad input
)

// version is set at build time with -ldflags "-X main.version=…"; the
// commit comes from the build information Go records.
var version = "0.1.0"

// command is one subcommand: it parses its own flags from args.
type command func(ctx context.Context, args []string, stdout, stderr io.Writer) int

var commands = map[string]command{
	"demo":   runDemo,
	"check":  runCheck,
	"backup": runBackup, // backup_cmd.go
	"copy":   runCopy,   // copy_cmd.go
	"export": runExport,
	"import": runImport,
	// The Word template a team writes its proposals in (template_cmd.go).
	"template": runTemplate,

	// The PDF documents (pdf_cmds.go).
	"minutes": runMinutes,
	"extract": runExtract,
	"basis":   runBasis,
	// The follow-up report (followup_cmd.go).
	"followup-report": runFollowUpReport,
	// The user's handbook (handbook_cmd.go).
	"handbook": runHandbook,

	// Signatures (ca_cmd.go, identity_cmd.go, sign_cmd.go, verify_cmd.go,
	// trust_cmd.go).
	"ca":       runCA,
	"identity": runIdentity,
	"sign":     runSign,
	"verify":   runVerify,
	"trust":    runTrust,

	// A shared store's server (server_cmd.go).
	"server": runServer,
}

// tortureArea is the area whose proposals `styrgrupp torture` writes
// (torture_cmd.go, a test aid built only with -tags torture) and its tests
// read back.
const tortureArea = "900"

// clock is the time the commands act at: time.Now, a fixed one in tests
// that name the demo's dates.
var clock = time.Now

// run runs the command line args. Its messages are in the language of
// --lang, given before the command or among its flags, or else of the
// system's locale (messageLanguage).
func run(args []string, stdout, stderr io.Writer) int {
	model.SetErrorLog(applog.Error)
	ctx := model.WithActor(model.WithClock(context.Background(), func() time.Time { return clock() }), actorName())
	var badLang string
	cliLang, badLang = messageLanguage(args, os.Getenv)
	if badLang != "" {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_language", badLang))
		return exitUsage
	}
	rest := afterLang(args)
	if askedForHelp(rest) {
		fmt.Fprint(stdout, msg("cli.usage"))
		return exitOK
	}
	if len(rest) > 0 {
		if cmd, ok := commands[rest[0]]; ok {
			return cmd(ctx, rest[1:], stdout, stderr)
		}
	}
	fs := newFlagSet("styrgrupp", stderr)
	store := fs.String("store", "", msg("cli.flag.store_default"))
	demo := fs.Bool("demo", false, msg("cli.flag.demo"))
	lang := fs.String("lang", "", msg("cli.flag.lang"))
	showVersion := fs.Bool("version", false, msg("cli.flag.version"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	for _, arg := range fs.Args() {
		if !importable(arg) {
			fmt.Fprintf(stderr, "%s\n\n%s", msg("cli.unknown_command", arg), msg("cli.usage"))
			return exitUsage
		}
	}
	if *showVersion {
		fmt.Fprintln(stdout, versionString())
		return exitOK
	}
	var language model.Language
	if *lang != "" {
		language = cliLang
	}
	return runGUI(ctx, guiOptions{store: *store, demo: *demo, lang: language, imports: fs.Args()}, stderr)
}

// afterLang drops a --lang given first (styrgrupp --lang en check …):
// run has read it, and before a command it names the messages' language
// only.
func afterLang(args []string) []string {
	switch {
	case len(args) >= 2 && (args[0] == "--lang" || args[0] == "-lang"):
		return args[2:]
	case len(args) >= 1 && (strings.HasPrefix(args[0], "--lang=") || strings.HasPrefix(args[0], "-lang=")):
		return args[1:]
	}
	return args
}

// askedForHelp tells whether the command line asks for help: -h, -help
// or --help as the command (styrgrupp --help) or right after it
// (styrgrupp import --help, styrgrupp identity new -h, styrgrupp help).
func askedForHelp(args []string) bool {
	isHelp := func(a string) bool { return a == "-h" || a == "-help" || a == "--help" || a == "help" }
	for i, a := range args {
		if i > 2 || (i > 0 && !isHelp(a) && a != "new") {
			break
		}
		if isHelp(a) {
			return true
		}
	}
	return false
}

// importable tells whether arg names a file the app can import, so that
// "styrgrupp förslag.xlsx" (or opening the file with Styrgrupp) shows the
// import's preview.
func importable(arg string) bool {
	if !slices.Contains(importer.Extensions, strings.ToLower(filepath.Ext(arg))) {
		return false
	}
	_, err := os.Stat(arg)
	return err == nil
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, msg("cli.usage")) }
	return fs
}

func versionString() string {
	commit := "unknown"
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				commit = s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("Styrgrupp %s (%s)", version, commit)
}

// actorName names the person at the keyboard for the audit log of command
// line writes.
func actorName() string {
	for _, v := range []string{"USER", "USERNAME"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "styrgrupp"
}

// openStore opens the store named by --store, reporting a missing flag or a
// failure to open on stderr.
func openStore(path string, stderr io.Writer) (store, int) {
	if path == "" {
		fmt.Fprintln(stderr, msg("cli.need_store"))
		return nil, exitUsage
	}
	s, err := openAsking(context.Background(), path, stderr)
	if err != nil {
		return nil, fail(stderr, err)
	}
	if lite, ok := s.(*sqlite.Store); ok {
		if old, backup := lite.MigratedFrom(); backup != "" {
			fmt.Fprintln(stderr, msg("cli.store_migrated", path, old, sqlite.SchemaVersion(), backup))
		}
	}
	return s, exitOK
}

// openExisting opens, read-only, a store that must already exist, for the
// commands that only read (sqlite.OpenReadOnly): they neither migrate it
// nor wait for the write lock, work on a write-protected copy and leave
// no empty database behind a typo. A PostgreSQL database opens as for
// openStore: it has no read-only file.
func openExisting(path string, stderr io.Writer) (store, int) {
	if path == "" {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.need_store"))
		return nil, exitUsage
	}
	if outfile.IsURL(path) {
		return openStore(path, stderr)
	}
	if storeMissing(path) {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.store_not_found", path))
		return nil, exitUsage
	}
	s, err := sqlite.OpenReadOnly(path)
	if err != nil {
		return nil, fail(stderr, err)
	}
	return s, exitOK
}

// fail prints err's message in cliLang, a line each, with the cause for
// the log, and returns the exit code for bad input. Both may quote a file
// or the store: they are printed with model.Printable. A server that
// cannot be reached is told in the command line's words: the window's
// (what is on screen stays) do not fit a command.
func fail(stderr io.Writer, err error) int {
	text, details := model.ErrorMessage(err, cliLang), err
	var e *model.Error
	if errors.As(err, &e) && e.Key == "store_unreachable" && len(e.Args) == 2 && e.Err != nil {
		text, details = msg("cli.store_unreachable", e.Args[0], e.Args[1]), e.Err
	}
	for _, line := range strings.Split(text, "\n") {
		fmt.Fprintln(stderr, msg("cli.error"), model.Printable(line))
	}
	if !errors.As(err, &e) || e.Err != nil {
		fmt.Fprintln(stderr, msg("cli.details"), model.Printable(details.Error()))
	}
	return exitUsage
}
