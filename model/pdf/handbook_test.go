package pdf

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
)

// handbookText writes the handbook in l (opened at open) to a file and
// returns the file and the text pdftotext reads from it.
func handbookText(t *testing.T, l model.Language, open string) (string, string) {
	t.Helper()
	b, err := Handbook(l, open)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "handbok.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("HANDBOOK_KEEP") != "" {
		_ = os.WriteFile(filepath.Join(os.Getenv("HANDBOOK_KEEP"), "handbok-"+string(l)+".pdf"), b, 0o600)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return path, string(out)
}

// The handbook's PDF holds the title of every section, in each language,
// with the Swedish letters as they are written.
func TestHandbookPDFHasEverySection(t *testing.T) {
	for _, l := range []model.Language{model.Swedish, model.English} {
		blocks, err := handbook.Blocks(l)
		if err != nil {
			t.Fatal(err)
		}
		_, got := handbookText(t, l, "")
		flat := strings.Join(strings.Fields(got), " ")
		for _, b := range blocks {
			if b.Kind == handbook.Heading && !strings.Contains(flat, handbook.Plain(b.Text)) {
				t.Errorf("%s: the PDF lacks the heading %q", l, handbook.Plain(b.Text))
			}
		}
		for _, want := range map[model.Language][]string{
			model.Swedish: {"Leda mötet i mötesläge", "Beslutsförhet", "Jäv", "Sida 1 av"},
			model.English: {"Run the meeting in meeting mode", "Beslutsförhet (quorum)", "Page 1 of"},
		}[l] {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: the PDF lacks %q", l, want)
			}
		}
	}
}

// qpdfOpenPage is the page (from 1) the PDF at path opens at, as qpdf
// reads its catalog's /OpenAction and its pages; 0 when it names none.
func qpdfOpenPage(t *testing.T, path string) int {
	t.Helper()
	run := func(args ...string) string {
		out, err := exec.Command("qpdf", args...).Output()
		if err != nil {
			t.Fatalf("qpdf %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	root := regexp.MustCompile(`/Root (\d+) 0 R`).FindStringSubmatch(run("--show-object=trailer", path))
	if root == nil {
		t.Fatal("qpdf finds no /Root in the trailer")
	}
	action := regexp.MustCompile(`/OpenAction \[ (\d+ 0 R)`).FindStringSubmatch(run("--show-object="+root[1], path))
	if action == nil {
		return 0
	}
	var doc struct {
		Pages []struct {
			Object string `json:"object"`
		} `json:"pages"`
	}
	if err := json.Unmarshal([]byte(run("--json", "--json-key=pages", path)), &doc); err != nil {
		t.Fatal(err)
	}
	for i, p := range doc.Pages {
		if p.Object == action[1] {
			return i + 1
		}
	}
	t.Fatalf("the /OpenAction names %s, which is no page", action[1])
	return 0
}

// Opened at a topic, the handbook's PDF opens at the page that has the
// topic's heading, as qpdf reads the updated catalog; the file is sound
// (qpdf --check) and has the same text as the handbook opened at its
// start, which opens at no particular page.
func TestHandbookPDFOpensAtTheTopic(t *testing.T) {
	for l, topics := range map[model.Language][]handbook.Topic{
		model.Swedish: {handbook.Justering, handbook.Trust}, // a part in the middle of a page, the last one
		model.English: {handbook.Recusal, handbook.Importing},
	} {
		start, whole := handbookText(t, l, "")
		if p := qpdfOpenPage(t, start); p > 1 {
			t.Errorf("%s: the handbook opens at page %d", l, p)
		}
		for _, topic := range topics {
			path, got := handbookText(t, l, topic.Anchor(l))
			if got != whole {
				t.Errorf("%s, %s: the text differs from the handbook's", l, topic)
			}
			if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
				t.Errorf("%s, %s: qpdf --check: %v\n%s", l, topic, err, out)
			}
			page := qpdfOpenPage(t, path)
			text, err := exec.Command("pdftotext", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			heading := ""
			blocks, _ := handbook.Blocks(l)
			for _, b := range blocks {
				if b.Slug == topic.Anchor(l) {
					heading = handbook.Plain(b.Text)
				}
			}
			if heading == "" || !regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(heading)+`$`).Match(text) {
				t.Errorf("%s, %s: the PDF opens at page %d, which has no heading %q:\n%s", l, topic, page, heading, text)
			}
		}
	}
}

// An anchor the handbook lacks is refused, not ignored.
func TestHandbookPDFRefusesAnUnknownSection(t *testing.T) {
	_, err := Handbook(model.Swedish, "finns-inte")
	if err == nil || !strings.Contains(err.Error(), "finns-inte") || !strings.Contains(err.Error(), "handbok.md") {
		t.Errorf("got %v, want an error naming the section and the file", err)
	}
}
