package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// The tests of this file and crash_test.go run the real program, built
// once per test run, as other processes: `styrgrupp torture` (see
// torture_cmd.go) writes and acknowledges each write on its standard out.

// program is the program built once per test run with a set of build
// tags.
type program struct {
	tags string
	once sync.Once
	path string
	err  error
}

var (
	// binDir holds the programs the tests built.
	binDir string
	// shipped is the program as users get it; tortured has the torture
	// command too (-tags torture, torture_cmd.go).
	shipped, tortured = &program{}, &program{tags: "torture"}
)

// TestMain removes the programs the tests built, keeps the error log
// (applog) of the tests out of the user's data folder and the user's
// locale out of the tests.
func TestMain(m *testing.M) {
	data, err := os.MkdirTemp("", "styrgrupp-data-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_DATA_HOME", data)
	os.Unsetenv("LOCALAPPDATA")
	// The tests expect Swedish, the language of a system whose locale
	// names none; cli_lang_test.go sets one where it tests another.
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		os.Unsetenv(v)
	}
	code := m.Run()
	os.RemoveAll(data)
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// realBinary builds styrgrupp from this package, once, and returns its
// path.
func realBinary(t *testing.T) string { return shipped.build(t) }

// tortureBinary builds styrgrupp with the torture command, once, and
// returns its path.
func tortureBinary(t *testing.T) string { return tortured.build(t) }

var binDirOnce sync.Once

func (p *program) build(t *testing.T) string {
	t.Helper()
	p.once.Do(func() {
		var err error
		binDirOnce.Do(func() { binDir, err = os.MkdirTemp("", "styrgrupp-bin-") })
		if binDir == "" {
			p.err = fmt.Errorf("no folder for the programs: %v", err)
			return
		}
		p.path = filepath.Join(binDir, "styrgrupp"+p.tags)
		if runtime.GOOS == "windows" {
			p.path += ".exe"
		}
		// go test puts its own go first on PATH.
		out, err := exec.Command("go", "build", "-tags", p.tags, "-o", p.path, ".").CombinedOutput()
		if err != nil {
			p.err = fmt.Errorf("go build -tags %q: %v\n%s", p.tags, err, out)
		}
	})
	if p.err != nil {
		t.Fatal(p.err)
	}
	return p.path
}

// runProgram runs the built program with args and returns its exit code and
// output.
func runProgram(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runBinary(t, realBinary(t), args...)
}

// runBinary runs the program at bin with args and returns its exit code
// and output.
func runBinary(t *testing.T, bin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
}

// tortureStore writes a store with the torture world in dir and returns
// its path; the program closes it, so the file holds everything and no
// write-ahead log is left beside it.
func tortureStore(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "tortyr.db")
	if code, out, errOut := runBinary(t, tortureBinary(t), "torture", "--store", path, "--setup"); code != exitOK || out != "ok setup\n" {
		t.Fatalf("torture --setup: exit %d\n%s%s", code, out, errOut)
	}
	return path
}

// copyStore copies the store file from to the path to.
func copyStore(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// acks is what a torture process acknowledged on its standard out.
type acks struct {
	seed, part  int
	writes      []string // "ok comment|decision|revision …" lines
	importBegun bool
	imported    bool // "ok import" was printed
	done        bool
}

// parseAcks reads a torture process's output; a last line cut short by
// the kill is no acknowledgement.
func parseAcks(seed, part int, out string) acks {
	a := acks{seed: seed, part: part}
	for _, line := range strings.SplitAfter(out, "\n") {
		if !strings.HasSuffix(line, "\n") {
			break
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "begin import":
			a.importBegun = true
		case strings.HasPrefix(line, "ok import "):
			a.imported = true
		case strings.HasPrefix(line, "done "):
			a.done = true
		case strings.HasPrefix(line, "ok "):
			a.writes = append(a.writes, line)
		}
	}
	return a
}

// mark is the text a torture write puts in what it writes.
func (a acks) mark(n int) string { return fmt.Sprintf("Tortyr s%d p%d n%d", a.seed, a.part, n) }

// missing opens the store and returns, one line each, the acknowledged
// writes it does not hold. A decision may since have been replaced by a
// later write of the same process, acknowledged or not.
func (a acks) missing(t *testing.T, path string) []string {
	t.Helper()
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatalf("opening %s after the run: %v", path, err)
	}
	defer s.Close()
	ctx := context.Background()
	comments, decisions := map[int64]string{}, map[int64]string{}
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	must(t, err)
	for _, p := range ps {
		if p.Ref == tortureArea || strings.HasPrefix(p.Ref, tortureArea+".") {
			cs, err := s.Comments(ctx, p.ID)
			must(t, err)
			for _, c := range cs {
				comments[c.ID] = c.Body
			}
		}
	}
	ms, err := s.Meetings(ctx)
	must(t, err)
	for _, m := range ms {
		for _, it := range m.Items {
			if it.Decision != nil {
				decisions[it.ID] = it.Decision.Text
			}
		}
	}
	var lost []string
	for _, line := range a.writes {
		var id, rev int64
		var n int
		ok := false
		switch {
		case scanAll(line, "ok comment %d %d", &id, &n):
			ok = comments[id] == a.mark(n)
		case scanAll(line, "ok decision %d %d", &id, &n):
			var seed, part, got int
			ok = scanAll(decisions[id], "Tortyr s%d p%d n%d", &seed, &part, &got) && seed == a.seed && part == a.part && got >= n
		case scanAll(line, "ok revision %d %d %d", &id, &rev, &n):
			r, err := s.Revision(ctx, id, int(rev))
			ok = err == nil && r.Content.Summary == a.mark(n)
		default:
			t.Fatalf("torture printed %q", line)
		}
		if !ok {
			lost = append(lost, line)
		}
	}
	return lost
}

// scanAll is fmt.Sscanf that tells whether every verb was filled.
func scanAll(s, format string, args ...any) bool {
	n, err := fmt.Sscanf(s, format, args...)
	return err == nil && n == len(args)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestTortureIsNotShipped: the program users get has no torture command;
// only the tests' build (-tags torture) has.
func TestTortureIsNotShipped(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	code, out, errOut := runProgram(t, "torture")
	if code != exitUsage || out != "" || !strings.Contains(errOut, `okänt kommando "torture"`) {
		t.Errorf("torture in the shipped program: exit %d, stdout %q, stderr %.80q", code, out, errOut)
	}
}

// Two programs writing to one store at full speed both get every write
// through: no "database is locked" reaches either, every write each
// acknowledged is there, and the store passes check.
func TestTwoProcessesWriteOneStore(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the program")
	}
	path := tortureStore(t, t.TempDir())
	const writes = 400
	var procs [2]*exec.Cmd
	var outs, errs [2]bytes.Buffer
	for i := range procs {
		procs[i] = exec.Command(tortureBinary(t), "torture", "--store", path, "--seed", fmt.Sprint(i+1),
			"--part", fmt.Sprintf("%d/2", i), "--writes", fmt.Sprint(writes))
		procs[i].Stdout, procs[i].Stderr = &outs[i], &errs[i]
		must(t, procs[i].Start())
	}
	for i, p := range procs {
		if err := p.Wait(); err != nil {
			t.Errorf("process %d: %v\n%s", i, err, errs[i].String())
		}
	}
	for i := range procs {
		a := parseAcks(i+1, i, outs[i].String())
		if len(a.writes) != writes || !a.done {
			t.Errorf("process %d acknowledged %d writes of %d", i, len(a.writes), writes)
		}
		if lost := a.missing(t, path); len(lost) > 0 {
			t.Errorf("process %d: %d acknowledged writes are not in the store, first %q", i, len(lost), lost[0])
		}
	}
	if code, out, errOut := runProgram(t, "check", "--store", path); code != exitOK {
		t.Fatalf("check: exit %d\n%s%s", code, out, errOut)
	}
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// writeCrashCSV writes a proposals file as Swedish Excel saves it (";"
// between cells, lists a line each) with areas areas and interventions
// spread over them, every row with text in most columns, and returns how
// many rows it has.
func writeCrashCSV(t *testing.T, path string, areas, interventions int) int {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.Comma, w.UseCRLF = ';', true
	w.Write([]string{"Ref", "Typ", "Titel", "Sammanfattning", "Beskrivning", "Motivering", "Evidens",
		"Riskfaktorer", "Skyddsfaktorer", "Preventionsstjärnan", "Preventionsnivå", "Målgrupp", "Ansvarig",
		"Start", "Slut", "Kostnad"})
	text := strings.Repeat("Insatsen ger barn och unga stöd i skolan och på fritiden, nära hemmet. ", 6)
	for a := 1; a <= areas; a++ {
		w.Write([]string{fmt.Sprint(a), "Område", fmt.Sprintf("Område %d för en kommun fri från våld", a), text,
			"", "", "", "", "", "", "", "", "", "", "", ""})
	}
	for i := range interventions {
		a := i%areas + 1
		w.Write([]string{fmt.Sprintf("%d.%d", a, i/areas+1), "Insats", fmt.Sprintf("Insats %d i område %d", i/areas+1, a),
			text, text + text, text,
			"Forskning: Folkhälsomyndigheten 2023\nBeprövad erfarenhet: Örebro kommun",
			"Skolfrånvaro\nKonflikter i familjen", "Trygga vuxna\nFritidsaktiviteter", "våld\nohälsa",
			"universell", "Elever i årskurs 7–9", "Socialförvaltningen", "2027-01-01", "2028-12-31", "1 250 000"})
	}
	w.Flush()
	must(t, w.Error())
	must(t, os.WriteFile(path, b.Bytes(), 0o644))
	return areas + interventions
}
