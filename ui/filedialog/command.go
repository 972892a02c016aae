package filedialog

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// tool is a desktop's file dialog program, run as a command.
type tool int

const (
	zenity  tool = iota // GNOME's, and many others'
	kdialog             // KDE's
)

func (t tool) String() string { return [...]string{"zenity", "kdialog"}[t] }

// command is a system dialog shown by running zenity or kdialog.
type command struct {
	tool tool
	path string   // the program found on PATH
	pre  []string // arguments before the tool's own: env's, when path is env
	run  func(ctx context.Context, path string, args []string) (Output, error)
}

// commandDialog returns the desktop's dialog program found on PATH, KDE's
// first on a KDE desktop and GNOME's first elsewhere, or nil when there
// is no display or neither is installed.
func (c *Chooser) commandDialog() native {
	if c.GOOS == "darwin" || c.Getenv("DISPLAY") == "" && c.Getenv("WAYLAND_DISPLAY") == "" {
		return nil
	}
	order := []tool{zenity, kdialog}
	if strings.Contains(strings.ToUpper(c.Getenv("XDG_CURRENT_DESKTOP")), "KDE") {
		order = []tool{kdialog, zenity}
	}
	for _, t := range order {
		if path, err := c.LookPath(t.String()); err == nil {
			return c.inUTF8(&command{tool: t, path: path, run: c.Run})
		}
	}
	return nil
}

// noDisplay matches what zenity (GTK) and kdialog (Qt) say when they
// cannot reach the display; zenity then exits with 1, as on a cancel.
var noDisplay = regexp.MustCompile(`(?i)cannot open display|could not connect to display|failed to start the application`)

// choose runs the program and reads the path it prints: exit status 1 is
// a cancel, unless the program could not show itself; any other failure
// is an error.
func (d *command) choose(ctx context.Context, m mode, r Request, dir string) (string, error) {
	out, err := d.run(ctx, d.path, append(slices.Clip(d.pre), d.tool.args(m, r, dir)...))
	switch {
	case err != nil:
		return "", err
	case noDisplay.Match(out.Stderr):
		return "", fmt.Errorf("%s could not show its dialog: %s", d.tool, bytes.TrimSpace(out.Stderr))
	case out.Status == 1:
		return "", errCancelled
	case out.Status != 0:
		return "", fmt.Errorf("%s exited with status %d: %s", d.tool, out.Status, bytes.TrimSpace(out.Stderr))
	}
	return parseOutput(out.Stdout)
}

// args returns the command line that asks for m as r describes, starting
// in dir.
func (t tool) args(m mode, r Request, dir string) []string {
	start := dir
	if m == saveFile && r.Name != "" {
		start = filepath.Join(dir, r.Name)
	}
	if t == kdialog {
		args := []string{"--title", r.Title}
		switch m {
		case openFile:
			args = append(args, "--getopenfilename", start)
		case saveFile:
			args = append(args, "--getsavefilename", start)
		case chooseFolder:
			return append(args, "--getexistingdirectory", start)
		}
		if len(r.Extensions) > 0 {
			args = append(args, filterName(r)+" ("+strings.Join(patterns(r.Extensions), " ")+")")
		}
		return args
	}
	args := []string{"--file-selection", "--title=" + r.Title}
	switch m {
	case saveFile:
		args = append(args, "--save")
	case chooseFolder:
		args = append(args, "--directory")
	}
	if start != "" {
		if m != saveFile {
			start += string(filepath.Separator) // zenity opens a folder named with a trailing slash
		}
		args = append(args, "--filename="+start)
	}
	if len(r.Extensions) > 0 && m != chooseFolder {
		args = append(args,
			"--file-filter="+filterName(r)+" | "+strings.Join(patterns(r.Extensions), " "),
			"--file-filter="+lang.L("filedialog.all_files")+" | *")
	}
	return args
}

// patterns returns the glob patterns for the extensions, in lower and
// upper case both (GTK's patterns tell case apart), once each.
func patterns(exts []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range exts {
		e = strings.TrimPrefix(e, ".")
		for _, v := range []string{strings.ToLower(e), strings.ToUpper(e)} {
			if !seen[v] {
				seen[v] = true
				out = append(out, "*."+v)
			}
		}
	}
	return out
}

func filterName(r Request) string {
	if r.FilterName != "" {
		return r.FilterName
	}
	return r.Title
}

// parseOutput returns the path the program printed on its one line; the
// path keeps its spaces, only the line's end is removed.
func parseOutput(out []byte) (string, error) {
	path := strings.TrimSuffix(strings.TrimSuffix(string(out), "\n"), "\r")
	if path == "" || strings.Contains(path, "\n") {
		return "", fmt.Errorf("the file dialog answered %q, not one path", out)
	}
	return path, nil
}

// runCommand runs path with args, ended when ctx is.
func runCommand(ctx context.Context, path string, args []string) (Output, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	out := Output{Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	var exit *exec.ExitError
	if errors.As(err, &exit) && ctx.Err() == nil {
		out.Status, err = exit.ExitCode(), nil
	}
	return out, err
}
