package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	docpdf "github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// detach saves the PDF's first embedded file with pdfdetach, after
// checking that pdfdetach lists beslut.json, and decodes it.
func detach(t *testing.T, path string) ([]byte, model.Export) {
	t.Helper()
	signingtest.Need(t, "pdfdetach")
	if out, err := exec.Command("pdfdetach", "-list", path).CombinedOutput(); err != nil || !strings.Contains(string(out), "1: beslut.json") {
		t.Fatalf("pdfdetach -list: %v\n%s", err, out)
	}
	saved := filepath.Join(t.TempDir(), "x.json")
	if out, err := exec.Command("pdfdetach", "-save", "1", "-o", saved, path).CombinedOutput(); err != nil {
		t.Fatalf("pdfdetach -save: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	var e model.Export
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatalf("beslut.json: %v\n%s", err, raw)
	}
	return raw, e
}

// The signed minutes' beslut.json, saved by pdfdetach, holds each
// decision of the meeting exactly as `export --format json` writes it
// (compared byte for byte, each decision encoded alone: the export lists
// decisions under their proposals, the attachment under the meeting's
// §§), and verify --store finds it matching.
func TestMinutesAttachmentEqualsTheExport(t *testing.T) {
	dir := t.TempDir()
	store, signed, _ := demoMeetings(t)
	id := sigIdentity(t, dir, "Anna Ordförande")
	out := filepath.Join(dir, "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", store, "--meeting", strconv.FormatInt(signed, 10), "--sign", id, "-o", out)
	_, att := detach(t, out)

	exportPath := filepath.Join(dir, "export.json")
	mustRun(t, exitOK, "export", "--store", store, "--format", "json", "-o", exportPath)
	raw, err := os.ReadFile(exportPath)
	must(t, err)
	var export model.Export
	must(t, json.Unmarshal(raw, &export))
	decided := 0
	for _, it := range att.Meeting.Items {
		if it.Decision == nil {
			continue
		}
		decided++
		var want []byte
		for _, p := range export.Proposals {
			for _, d := range p.Decisions {
				if p.Ref == it.Ref && d.Meeting == signed && d.Section == it.Section {
					want, _ = json.Marshal(d)
				}
			}
		}
		if got, _ := json.Marshal(it.Decision); !bytes.Equal(got, want) {
			t.Errorf("§ %d: beslut.json has\n%s\nthe export\n%s", it.Section, got, want)
		}
	}
	if decided == 0 || att.FormatVersion != export.FormatVersion {
		t.Errorf("beslut.json: %d decisions, format %d", decided, att.FormatVersion)
	}
	if said := mustRun(t, exitOK, "verify", out, "--store", store); !strings.Contains(said, "Bilagan beslut.json stämmer med databasen.") {
		t.Errorf("verify --store:\n%s", said)
	}
}

// Minutes made by hand with a decision text the store does not have, then
// signed with `sign`: verify --store says which § disagrees and exits 1,
// though every printed fingerprint matches.
func TestVerifyStoreRefusesAnAttachmentThatDisagrees(t *testing.T) {
	dir := t.TempDir()
	store, signed, _ := demoMeetings(t)
	id := sigIdentity(t, dir, "Anna Ordförande")
	s, err := sqlite.Open(store)
	must(t, err)
	in, err := docpdf.LoadMinutes(context.Background(), s, signed)
	must(t, s.Close())
	must(t, err)
	section := 0
	for i, it := range in.Meeting.Items {
		if it.Decision != nil && section == 0 {
			d := *it.Decision
			d.Conditions = "Ett villkor som aldrig beslutades."
			in.Meeting.Items[i].Decision, section = &d, it.Number
		}
	}
	var doc bytes.Buffer
	_, err = docpdf.Minutes(&doc, in, docpdf.Options{})
	must(t, err)
	path := filepath.Join(dir, "förfalskat.pdf")
	must(t, os.WriteFile(path, doc.Bytes(), 0o600))
	mustRun(t, exitOK, "sign", "--id", id, path)
	out := mustRun(t, exitFailed, "verify", path, "--store", store)
	if !strings.Contains(out, "STÄMMER INTE: bilagan beslut.json: § "+strconv.Itoa(section)+" stämmer inte med databasen") ||
		!strings.Contains(out, "giltig") || !strings.Contains(out, "KONTROLLEN MISSLYCKADES") {
		t.Errorf("verify --store:\n%s", out)
	}
}
