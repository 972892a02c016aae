package importer_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// registryFile writes a file of the given kind with the registry number
// under header: one area and one intervention, the area's number with
// space around it.
func registryFile(t *testing.T, ext, header string, numbers [2]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dnr."+ext)
	rows := [][]any{{"Ref", "Titel", header}, {"3", "Trygga skolor", numbers[0]}, {"3.1", "Skolkuratorer", numbers[1]}}
	switch ext {
	case "csv":
		var b strings.Builder
		for _, r := range rows {
			fmt.Fprintf(&b, "%s;%s;%s\r\n", r...)
		}
		writeFile(t, path, b.String())
	case "json":
		writeFile(t, path, fmt.Sprintf(`{"format_version": 1, "proposals": [
			{"ref": "3", "title": "Trygga skolor", "registry_number": %q},
			{"ref": "3.1", "title": "Skolkuratorer", "registry_number": %q}]}`, numbers[0], numbers[1]))
	case "xlsx":
		f := excelize.NewFile()
		defer f.Close()
		for i, r := range rows {
			if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &r); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// The registry number is read under each of its headers (in any case)
// from each kind of file, trimmed; it is never required.
func TestReadRegistryNumber(t *testing.T) {
	for _, ext := range []string{"csv", "xlsx", "json"} {
		headers := []string{"Dnr", "Diarienummer", "Registry number", "DIARIENUMMER", "registry NUMBER"}
		if ext == "json" {
			headers = []string{"registry_number"}
		}
		for _, h := range headers {
			t.Run(ext+" "+h, func(t *testing.T) {
				res, err := importer.ReadFile(registryFile(t, ext, h, [2]string{"  KS 2026/124 ", ""}))
				if err != nil {
					t.Fatal(importer.AsProblems(err).Message(model.Swedish))
				}
				if len(res.Warnings) != 0 {
					t.Errorf("warnings: %q", messages(res.Warnings))
				}
				if len(res.Records) != 2 || res.Records[0].Content.RegistryNumber != "KS 2026/124" || res.Records[1].Content.RegistryNumber != "" {
					t.Errorf("records: %+v", res.Records)
				}
			})
		}
	}
}

// A registry number over 40 characters is refused at its row and column.
func TestRegistryNumberTooLong(t *testing.T) {
	long := "KS 2026/" + strings.Repeat("1", 33)
	for ext, want := range map[string]string{
		"csv":  "dnr.csv, rad 3, kolumn Dnr: Texten är för lång: 41 tecken, högst 40",
		"xlsx": "dnr.xlsx, blad Sheet1, rad 3, kolumn Dnr: Texten är för lång: 41 tecken, högst 40",
		"json": "dnr.json, rad 2, kolumn registry_number: Texten är för lång: 41 tecken, högst 40",
	} {
		t.Run(ext, func(t *testing.T) {
			_, ps := readAndPlan(emptyStore{}, registryFile(t, ext, "Dnr", [2]string{"KS 2026/1", long}))
			if got := ps.Message(model.Swedish); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// The export writes each proposal's registry number, under Diarienummer
// and registry_number, and reads it back.
func TestExportCarriesRegistryNumber(t *testing.T) {
	ctx := context.Background()
	e, err := importer.Collect(ctx, demoStore(t))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, p := range e.Proposals {
		if p.RegistryNumber == "" {
			t.Errorf("%s: the demo proposal has no registry number", p.Ref)
		}
		want[p.Ref] = p.RegistryNumber
	}
	for name, write := range map[string]func(*bytes.Buffer, importer.Export) error{
		"export.csv":  func(b *bytes.Buffer, e importer.Export) error { return importer.WriteCSV(b, e) },
		"export.json": func(b *bytes.Buffer, e importer.Export) error { return importer.WriteJSON(b, e) },
	} {
		var b bytes.Buffer
		if err := write(&b, e); err != nil {
			t.Fatal(err)
		}
		if name == "export.csv" && !strings.Contains(b.String(), ";Diarienummer;") {
			t.Errorf("%s: no Diarienummer column", name)
		}
		if name == "export.json" && !strings.Contains(b.String(), `"registry_number": "KS 2026/`) {
			t.Errorf("%s: no registry_number", name)
		}
		res, err := importer.Read(name, &b)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Records {
			if r.Content.RegistryNumber != want[r.Content.Ref] {
				t.Errorf("%s: %s reads back %q, want %q", name, r.Content.Ref, r.Content.RegistryNumber, want[r.Content.Ref])
			}
		}
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
