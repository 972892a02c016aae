package document_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// The follow-up report is written, signed and verified as the other
// documents are: its signature holds and its manifest, the revisions the
// interventions were decided on, matches the store. It is never written
// over the store.
func TestWriteFollowUpSignsAndVerifiesAgainstTheStore(t *testing.T) {
	dir := t.TempDir()
	s, err := sqlite.Open(filepath.Join(dir, "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.FollowUpWorld(t, s)
	ctx := model.WithClock(context.Background(), func() time.Time { return storetest.FollowUpToday.Time().Add(9 * time.Hour) })
	out := filepath.Join(dir, "uppfoljning.pdf")
	res, err := document.WriteFollowUp(ctx, s, document.Request{Kind: pdf.KindMinutes, Signer: newIdentity(t), Reason: "Uppföljning",
		Out: outfile.Target{Path: out, Store: s.Path()}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Manifest.Kind != pdf.KindFollowUp || len(res.Manifest.Entries) != 4 || res.Stored {
		t.Fatalf("result %+v", res)
	}
	doc, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := document.Verify(ctx, s, doc)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Join(rep.Lines(model.Swedish), "\n")
	if !rep.OK() || len(rep.Signatures.Signatures) != 1 || !strings.Contains(lines, "Dokument: uppföljningsrapport") ||
		!strings.Contains(lines, "Fingeravtrycken stämmer med databasen") {
		t.Errorf("verify:\n%s", lines)
	}
	if _, err := document.WriteFollowUp(ctx, s, document.Request{Out: outfile.Target{Path: s.Path(), Store: s.Path()}}); err == nil {
		t.Error("the report was written over the store")
	}
}
