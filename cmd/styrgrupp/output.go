package main

import (
	"fmt"
	"io"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
)

// outputRefused checks an output path by the one rule for outputs
// (outfile.Check), before anything is read or written, and prints why it
// is refused. Refused is bad usage: exit 2.
func outputRefused(stderr io.Writer, t outfile.Target) bool {
	err := outfile.Check(t)
	if err == nil {
		return false
	}
	fmt.Fprintln(stderr, msg("cli.error"), model.ErrorMessage(err, cliLang))
	return true
}
