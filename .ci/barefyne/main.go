// Command barefyne is the baseline of the start-up benchmark
// (.ci/bench-app): a bare Fyne app, one window showing one label and
// nothing else, to which Styrgrupp's time to its first frame and its
// resident memory are compared.
//
//	go build -o barefyne ./.ci/barefyne
//
// It lives under .ci so that `go build ./...` and `go test ./...` skip it.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("se.styrgrupp.barefyne")
	w := a.NewWindow("Bare Fyne")
	w.SetContent(widget.NewLabel("Styrgrupp"))
	w.ShowAndRun()
}
