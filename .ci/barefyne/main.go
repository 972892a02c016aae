// Command barefyne is the baseline of the start-up benchmark
// (.ci/bench-app): a bare Fyne app, one window showing one label and
// nothing else, to which Styrgrupp's time to its first frame and its
// resident memory are compared.
//
//	go build -o barefyne ./.ci/barefyne
//
// With -sized it is the benchmark's reference instead, not judged: the
// same bare window at Styrgrupp's first size (1200 × 700) showing one
// label in regular and one in bold type, the two text styles every
// Styrgrupp screen uses (Fyne draws button captions in bold). It shows
// what the window's size and a second text style cost before any of
// Styrgrupp's own content.
//
// It lives under .ci so that `go build ./...` and `go test ./...` skip it.
package main

import (
	"flag"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	sized := flag.Bool("sized", false, "1200 × 700, a regular and a bold label (the reference)")
	flag.Parse()
	a := app.NewWithID("se.styrgrupp.barefyne")
	w := a.NewWindow("Bare Fyne")
	if *sized {
		w.SetContent(container.NewVBox(
			widget.NewLabel("Styrgrupp"),
			widget.NewLabelWithStyle("Styrgrupp", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
		w.Resize(fyne.NewSize(1200, 700))
	} else {
		w.SetContent(widget.NewLabel("Styrgrupp"))
	}
	w.ShowAndRun()
}
