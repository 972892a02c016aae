package ui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
)

// filedialogChosen hands path to a PDF request as the system's save
// dialog does, and returns what the request was given.
func filedialogChosen(t *testing.T, w *MainWindow, overwrite bool, path string) (*newFileDialog, *string) {
	t.Helper()
	got := new(string)
	d := &newFileDialog{win: w.win, onError: w.showError, req: newFileRequest{
		kind: filedialog.Export, title: "PDF", confirm: "Spara", prepare: pdfPath, overwrite: overwrite,
		done: func(p string) { *got = p },
	}}
	d.chosen(path)
	return d, got
}

// The system dialog's choice: used as it is, with the ending added, after
// asking when the ending names a file that is there, and shown in the
// form with the reason when a new file may not replace one.
func TestFileDialogSystemChoiceIsChecked(t *testing.T) {
	w, _ := editWindow(t)
	dir := filepath.Join(t.TempDir(), "Protokoll åäö")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	taken := filepath.Join(dir, "utdrag §3.pdf")
	if err := os.WriteFile(taken, []byte("%PDF"), 0o600); err != nil {
		t.Fatal(err)
	}

	_, got := filedialogChosen(t, w, true, filepath.Join(dir, "nytt utdrag"))
	if want := filepath.Join(dir, "nytt utdrag.pdf"); *got != want || topOverlay(w) != nil {
		t.Errorf("a new name gave %q (a dialog shown: %v), want %q at once", *got, topOverlay(w) != nil, want)
	}
	if start := filedialog.StartDir(filedialog.Request{Kind: filedialog.Export, Dir: "/elsewhere"}); start != dir {
		t.Errorf("the next PDF dialog starts in %q, want %q", start, dir)
	}

	_, got = filedialogChosen(t, w, true, taken)
	if *got != taken || topOverlay(w) != nil {
		t.Errorf("the file the system dialog asked about gave %q (a dialog shown: %v)", *got, topOverlay(w) != nil)
	}

	_, got = filedialogChosen(t, w, true, filepath.Join(dir, "utdrag §3"))
	if *got != "" || topOverlay(w) == nil {
		t.Fatalf("the ending naming a file that is there did not ask (got %q)", *got)
	}
	tapButton(t, w, "Ersätt")
	if *got != taken {
		t.Errorf("after Ersätt the path is %q, want %q", *got, taken)
	}

	d, got := filedialogChosen(t, w, false, taken)
	if *got != "" || d.dlg == nil || !d.message.Visible() || !testapp.Contains([]string{d.message.Text}, "finns redan") {
		t.Fatalf("a file that may not be replaced was not shown in the form (got %q)", *got)
	}
	if d.dir != dir || d.name.Text != "utdrag §3.pdf" {
		t.Errorf("the form shows %q / %q", d.dir, d.name.Text)
	}
}
