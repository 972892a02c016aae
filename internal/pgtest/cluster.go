package pgtest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Cluster is a PostgreSQL cluster of one test's own, started with
// .ci/pg-cluster, that the test may kill and restart as a server that
// dies and comes back: the cluster that Env names is shared by every
// test and never is.
type Cluster struct {
	t      testing.TB
	script string
	dir    string
	url    string
}

// NewCluster starts a cluster for the test, stopped and removed when the
// test ends. It is skipped or fails as URL is without Env: a test run
// without the shared cluster has no PostgreSQL to start either.
func NewCluster(t testing.TB) *Cluster {
	t.Helper()
	base(t)
	script, err := findScript()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	out, err := exec.Command(script, "start").Output()
	if err != nil {
		t.Fatalf("pgtest: %s start: %v\n%s", script, err, stderr(err))
	}
	c := &Cluster{t: t, script: script}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		name, value, _ := strings.Cut(strings.TrimPrefix(sc.Text(), "export "), "=")
		switch name {
		case "STYRGRUPP_PG_CLUSTER":
			c.dir = value
		case Env:
			c.url = value
		}
	}
	if c.dir == "" || c.url == "" {
		t.Fatalf("pgtest: %s start printed no cluster:\n%s", script, out)
	}
	t.Cleanup(func() { c.run("stop") })
	return c
}

// Database creates a database of its own on the cluster, as URL does on
// the shared one, and returns its URL.
func (c *Cluster) Database(t testing.TB) string {
	t.Helper()
	return database(t, c.url)
}

// Kill ends the server at once (an immediate shutdown): its connections
// break and what was not committed is lost, as when it dies.
func (c *Cluster) Kill() { c.run("kill") }

// Restart starts the killed server again on the same port; it recovers
// from its log before it takes connections.
func (c *Cluster) Restart() { c.run("restart") }

func (c *Cluster) run(cmd string) {
	c.t.Helper()
	if out, err := exec.Command(c.script, cmd, c.dir).CombinedOutput(); err != nil {
		c.t.Fatalf("pgtest: %s %s: %v\n%s", c.script, cmd, err, out)
	}
}

// findScript finds .ci/pg-cluster in the folder of the module (go.mod)
// that holds the working directory.
func findScript() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, ".ci", "pg-cluster"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod in %s or above it", wd)
		}
		dir = parent
	}
}

// stderr is what a failed command wrote to its standard error.
func stderr(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
