package main

import (
	"strings"
	"testing"
)

// TestImportNamesFilesThatShareABaseName is issue 11's hole 11: two files
// called förslag.csv in different folders are told apart in messages by
// their paths as given (testdata/samma-namn).
func TestImportNamesFilesThatShareABaseName(t *testing.T) {
	store := demoFile(t)
	a, b := "testdata/samma-namn/a/förslag.csv", "testdata/samma-namn/b/förslag.csv"
	code, _, stderr := runCLI("import", "--dry-run", "--store", store, a, b)
	if code != exitUsage || !strings.Contains(stderr, "fel: "+b+", rad 2") || strings.Contains(stderr, "fel: förslag.csv") {
		t.Errorf("import exited %d:\n%s", code, stderr)
	}
}
