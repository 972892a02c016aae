package filedialog

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

func TestZenityArguments(t *testing.T) {
	r := Request{Title: "Välj en fil att importera", FilterName: "Kalkylblad", Extensions: []string{".xlsx", ".CSV"}, Name: "export 1.csv"}
	cases := []struct {
		m    mode
		want []string
	}{
		{openFile, []string{"--file-selection", "--title=Välj en fil att importera", "--filename=/home/anna/Mina dokument/",
			"--file-filter=Kalkylblad | *.xlsx *.XLSX *.csv *.CSV", "--file-filter=filedialog.all_files | *"}},
		{saveFile, []string{"--file-selection", "--title=Välj en fil att importera", "--save", "--filename=/home/anna/Mina dokument/export 1.csv",
			"--file-filter=Kalkylblad | *.xlsx *.XLSX *.csv *.CSV", "--file-filter=filedialog.all_files | *"}},
		{chooseFolder, []string{"--file-selection", "--title=Välj en fil att importera", "--directory", "--filename=/home/anna/Mina dokument/"}},
	}
	for _, tc := range cases {
		if got := zenity.args(tc.m, r, "/home/anna/Mina dokument"); !slices.Equal(got, tc.want) {
			t.Errorf("mode %d:\n got %q\nwant %q", tc.m, got, tc.want)
		}
	}
	if got := zenity.args(openFile, Request{Title: "Öppna"}, ""); !slices.Equal(got, []string{"--file-selection", "--title=Öppna"}) {
		t.Errorf("without folder or filter: %q", got)
	}
}

func TestKdialogArguments(t *testing.T) {
	r := Request{Title: "Spara PDF", Extensions: []string{".pdf"}, Name: "protokoll §1.pdf"}
	cases := []struct {
		m    mode
		want []string
	}{
		{openFile, []string{"--title", "Spara PDF", "--getopenfilename", "/home/åsa", "Spara PDF (*.pdf *.PDF)"}},
		{saveFile, []string{"--title", "Spara PDF", "--getsavefilename", "/home/åsa/protokoll §1.pdf", "Spara PDF (*.pdf *.PDF)"}},
		{chooseFolder, []string{"--title", "Spara PDF", "--getexistingdirectory", "/home/åsa"}},
	}
	for _, tc := range cases {
		if got := kdialog.args(tc.m, r, "/home/åsa"); !slices.Equal(got, tc.want) {
			t.Errorf("mode %d:\n got %q\nwant %q", tc.m, got, tc.want)
		}
	}
}

func TestParseOutput(t *testing.T) {
	for out, want := range map[string]string{
		"/home/anna/Mina filer/Förslag åäö.xlsx\n": "/home/anna/Mina filer/Förslag åäö.xlsx",
		"/home/anna/slutar med mellanslag \n":      "/home/anna/slutar med mellanslag ",
		`C:\Users\Åsa\Dokument\a b.csv` + "\r\n":   `C:\Users\Åsa\Dokument\a b.csv`,
		"/utan/radslut": "/utan/radslut",
	} {
		got, err := parseOutput([]byte(out))
		if err != nil || got != want {
			t.Errorf("parseOutput(%q) = %q, %v; want %q", out, got, err, want)
		}
	}
	for _, out := range []string{"", "\n", "/a\n/b\n"} {
		if got, err := parseOutput([]byte(out)); err == nil {
			t.Errorf("parseOutput(%q) = %q, want an error", out, got)
		}
	}
}

// Each kind of file starts where the last one of its kind was chosen; a
// folder that is gone gives the request's own.
func TestLastFolderIsRememberedPerKind(t *testing.T) {
	f := &fakeSystem{}
	c, _ := f.chooser(t)
	imports, exports := filepath.Join(t.TempDir(), "import åäö"), filepath.Join(t.TempDir(), "pdf")
	for _, d := range []string{imports, exports} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	c.remember(Import, openFile, filepath.Join(imports, "team.xlsx"))
	c.remember(Export, chooseFolder, exports)
	for k, want := range map[Kind]string{Import: imports, Export: exports, Store: "/default", Identity: "/default"} {
		if got := c.StartDir(Request{Kind: k, Dir: "/default"}); got != want {
			t.Errorf("%s starts in %q, want %q", k, got, want)
		}
	}
	if err := os.Remove(exports); err != nil {
		t.Fatal(err)
	}
	if got := c.StartDir(Request{Kind: Export, Dir: "/default"}); got != "/default" {
		t.Errorf("a removed folder is still offered: %q", got)
	}
	if got := c.StartDir(Request{Dir: "/default"}); got != "/default" {
		t.Errorf("a request without kind starts in %q", got)
	}
}

// Without a system dialog, Save hands the caller the folder to start its
// own form in, before it returns.
func TestSaveWithoutNativeCallsFallback(t *testing.T) {
	f := &fakeSystem{}
	c, win := f.chooser(t)
	dir := t.TempDir()
	c.Remember(Store, dir)
	got := ""
	c.Save(win, Request{Kind: Store, Dir: "/elsewhere"}, func(string) { t.Error("done called") }, func(d string) { got = d })
	if got != dir {
		t.Errorf("fallback got %q, want the remembered %q", got, dir)
	}
}

// runCommand gives back what the program wrote and its exit status, and
// an error only when it cannot be run.
func TestRunCommand(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh:", err)
	}
	out, err := runCommand(context.Background(), sh, []string{"-c", "printf '/hem/Mina filer/å.csv\\n'; echo varning >&2; exit 1"})
	if err != nil || string(out.Stdout) != "/hem/Mina filer/å.csv\n" || string(out.Stderr) != "varning\n" || out.Status != 1 {
		t.Errorf("got %q, %q, status %d, %v", out.Stdout, out.Stderr, out.Status, err)
	}
	if _, err := runCommand(context.Background(), filepath.Join(t.TempDir(), "finns-inte"), nil); err == nil {
		t.Error("a missing program gave no error")
	}
}
