package pgtest_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
)

// Without the CA's path a TLS test is skipped on a developer's machine
// but fails in CI, as one without a cluster is. The test runs itself
// again with the environment of each case.
func TestCAWithoutTLSSkipsLocallyFailsInCI(t *testing.T) {
	if os.Getenv("PGTEST_CHILD") != "" {
		pgtest.CA(t)
		t.Log("pgtest: went on without a CA")
		return
	}
	for _, tc := range []struct {
		ci       string
		wantFail bool
		want     string
	}{{"", false, "SKIP"}, {"true", true, "FAIL"}} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCAWithoutTLSSkipsLocallyFailsInCI$", "-test.v")
		cmd.Env = append(os.Environ(), "PGTEST_CHILD=1", pgtest.CAEnv+"=", "CI="+tc.ci)
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.wantFail || !strings.Contains(string(out), tc.want) || strings.Contains(string(out), "went on") {
			t.Errorf("CI=%q: %v\n%s", tc.ci, err, out)
		}
	}
}
