// Command styrgrupp is the Styrgrupp desktop app and its command line: a
// municipal steering group's proposals, meetings, decisions and signed
// minutes. Run without a subcommand it opens the window; see usage for the
// rest.
package main

import (
	"os"

	// First, so that Fyne's lang package finds a locale it can read
	// (syslocale's doc).
	_ "github.com/styrgrupp/styrgrupp/internal/syslocale"

	"github.com/styrgrupp/styrgrupp/model/importer"
)

func main() {
	importer.CleanTemp()
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	importer.RemoveTemp()
	os.Exit(code)
}
