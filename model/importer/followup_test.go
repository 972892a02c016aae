package importer_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// followUpStore is a store whose area 1 has 1.1, 1.2 and 1.5 approved (1.2
// with conditions) and 1.3 rejected at a signed-off meeting, and 1.4 ready
// for decision; ids maps each ref to its proposal's id.
func followUpStore(t *testing.T) (w *storetest.World, ids map[string]int64) {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "uppföljning.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w = storetest.NewWorld(t, s)
	m := w.AddMeeting(storetest.Start.Add(48 * time.Hour))
	ids = map[string]int64{}
	for _, x := range []struct {
		ref string
		o   model.Outcome
	}{{"1.1", model.OutcomeApproved}, {"1.2", model.OutcomeApprovedConditions}, {"1.3", model.OutcomeRejected}, {"1.5", model.OutcomeApproved}} {
		it := w.AddItem(m, w.Ready(x.ref, "Insats "+x.ref))
		w.Decide(it, x.o)
		ids[x.ref] = it.ProposalID
	}
	w.SignOff(m)
	ids["1.4"] = w.Ready("1.4", "Ej beslutad").ID
	return w, ids
}

// followUp reads the follow-up of ref.
func followUp(t *testing.T, w *storetest.World, ids map[string]int64, ref string) model.FollowUp {
	t.Helper()
	f, err := w.S.FollowUp(context.Background(), ids[ref])
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// planFile writes text to a file called name and plans its import.
func planFile(t *testing.T, s model.Store, name string, data []byte) (importer.Plan, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	writeFile(t, path, string(data))
	return importer.PlanFiles(context.Background(), s, path)
}

// changeOf returns the plan's follow-up change of ref.
func changeOf(t *testing.T, p importer.Plan, ref string) importer.FollowUpChange {
	t.Helper()
	for _, c := range p.FollowUps {
		if c.Proposal.Ref == ref {
			return c
		}
	}
	t.Fatalf("no follow-up of %s in the plan: %+v", ref, p.FollowUps)
	return importer.FollowUpChange{}
}

// swedishFollowUpBook is a follow-up workbook as Swedish Excel saves it:
// an instructions sheet first, then Uppföljning with Swedish headers, date
// cells as serial numbers in the format yyyy-mm-dd, progress in cells
// formatted as percentages, and the rows of 1.1 not in date order.
func swedishFollowUpBook(t *testing.T) *excelize.File {
	t.Helper()
	f := excelize.NewFile()
	check(t, f.SetSheetName("Sheet1", "Instruktioner"))
	check(t, f.SetCellValue("Instruktioner", "A1", "Fyll i en rad per rapport på bladet Uppföljning."))
	_, err := f.NewSheet("Uppföljning")
	check(t, err)
	const s = "Uppföljning"
	date, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	check(t, err)
	percent, err := f.NewStyle(&excelize.Style{NumFmt: 9})
	check(t, err)
	check(t, f.SetSheetRow(s, "A1", &[]any{"Ref", "Status", "Andel klar (%)", "Kommentar", "Datum"}))
	serial := func(y int, m time.Month, d int) float64 {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	}
	rows := [][]any{
		{"1.1", "Genomförd", 1.0, "Sista gruppen klar.", serial(2027, 6, 1)},
		{"1.1", "Pågår", 0.4, "Två grupper i gång.", serial(2027, 2, 1)},
		{"1.2", "Ej påbörjad", nil, "Väntar på lokal.", serial(2027, 1, 15)},
		{1.5, "pågår", 0.25, nil, serial(2027, 3, 1)},
	}
	for i, r := range rows {
		n := i + 2
		check(t, f.SetSheetRow(s, "A"+strconv.Itoa(n), &r))
		check(t, f.SetCellStyle(s, "C"+strconv.Itoa(n), "C"+strconv.Itoa(n), percent))
		check(t, f.SetCellStyle(s, "E"+strconv.Itoa(n), "E"+strconv.Itoa(n), date))
	}
	f.SetActiveSheet(1)
	return f
}

// A follow-up sheet saved by Swedish Excel imports: the rows of one ref
// apply in date order, the comments become dated notes by the member
// the user is, and importing it again changes nothing.
func TestFollowUpSheetFromSwedishExcel(t *testing.T) {
	w, ids := followUpStore(t)
	ctx := context.Background()
	book := swedishFollowUpBook(t)
	defer book.Close()
	path := filepath.Join(t.TempDir(), "uppföljning.xlsx")
	if err := book.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	plan, err := importer.PlanFiles(ctx, w.S, path)
	if err != nil {
		t.Fatal(importer.AsProblems(err).Message(model.Swedish))
	}
	if len(plan.Changes) != 0 || len(plan.FollowUps) != 3 || plan.CountFollowUps(importer.Changed) != 3 {
		t.Fatalf("plan %+v", plan)
	}
	c := changeOf(t, plan, "1.1")
	if c.Before.Status != model.FollowUpNotStarted || c.After.Status != model.FollowUpCompleted || c.After.Progress != 100 || len(c.Added()) != 2 {
		t.Fatalf("1.1: %+v", c)
	}
	if s := c.Steps; s[0].Row.Row != 3 || s[0].To != model.FollowUpInProgress || s[0].ProgressTo != 40 || !s[0].Note ||
		s[1].Row.Row != 2 || s[1].From != model.FollowUpInProgress || s[1].To != model.FollowUpCompleted || s[1].Row.Sheet != "Uppföljning" {
		t.Fatalf("1.1's steps %+v", s)
	}
	if c := changeOf(t, plan, "1.5"); c.After.Status != model.FollowUpInProgress || c.After.Progress != 25 || len(c.Added()) != 0 {
		t.Fatalf("1.5: %+v", c)
	}
	plan.Author = w.Member.ID
	if err := importer.Apply(w.Ctx(), w.S, plan, nil); err != nil {
		t.Fatal(err)
	}
	f := followUp(t, w, ids, "1.1")
	if f.Status != model.FollowUpCompleted || f.Progress != 100 || len(f.Notes) != 2 ||
		f.Notes[0].Date != model.NewDate(2027, 2, 1) || f.Notes[0].Text != "Två grupper i gång." || f.Notes[0].AuthorID != w.Member.ID ||
		f.Notes[1].Date != model.NewDate(2027, 6, 1) {
		t.Fatalf("1.1 saved %+v", f)
	}
	if f := followUp(t, w, ids, "1.2"); f.Status != model.FollowUpNotStarted || len(f.Notes) != 1 || f.Notes[0].Date != model.NewDate(2027, 1, 15) {
		t.Fatalf("1.2 saved %+v", f)
	}

	again, err := importer.PlanFiles(ctx, w.S, path)
	if err != nil {
		t.Fatal(err)
	}
	if again.CountFollowUps(importer.Changed) != 0 || again.CountFollowUps(importer.Unchanged) != 3 {
		t.Fatalf("a second import changes %+v", again.FollowUps)
	}
	before, _ := w.S.Audit(ctx, "", "", 0)
	if err := importer.Apply(w.Ctx(), w.S, again, nil); err != nil {
		t.Fatal(err)
	}
	if after, _ := w.S.Audit(ctx, "", "", 0); len(after) != len(before) {
		t.Errorf("applying an unchanged plan wrote %d audit rows", len(after)-len(before))
	}
}

// English headers, a sheet named Follow-up beside a proposal sheet, and a
// CSV told by its headers all read the same way.
func TestFollowUpSheetEnglishAndCSV(t *testing.T) {
	t.Run("xlsx", func(t *testing.T) {
		w, ids := followUpStore(t)
		f := excelize.NewFile()
		defer f.Close()
		check(t, f.SetSheetName("Sheet1", "Proposals"))
		check(t, f.SetSheetRow("Proposals", "A1", &[]any{"Ref", "Title"}))
		check(t, f.SetSheetRow("Proposals", "A2", &[]any{"1.6", "A new one"}))
		_, err := f.NewSheet("Follow-up")
		check(t, err)
		check(t, f.SetSheetRow("Follow-up", "A1", &[]any{" progress ", "REF", "Status", "Comment", "date:"}))
		check(t, f.SetSheetRow("Follow-up", "A2", &[]any{"40 %", "1.1", "In progress", "Started.", "2027-03-01"}))
		path := filepath.Join(t.TempDir(), "report.xlsx")
		check(t, f.SaveAs(path))
		plan, err := importer.PlanFiles(context.Background(), w.S, path)
		if err != nil {
			t.Fatal(err)
		}
		if plan.Count(importer.New) != 1 || plan.CountFollowUps(importer.Changed) != 1 {
			t.Fatalf("plan %+v", plan)
		}
		check(t, importer.Apply(w.Ctx(), w.S, plan, nil))
		if fu := followUp(t, w, ids, "1.1"); fu.Status != model.FollowUpInProgress || fu.Progress != 40 || len(fu.Notes) != 1 || fu.Notes[0].AuthorID != 0 {
			t.Fatalf("saved %+v", fu)
		}
		if _, err := w.S.ProposalByRef(context.Background(), "1.6"); err != nil {
			t.Fatal(err)
		}
	})
	for name, text := range map[string]string{
		"uppföljning.csv": "\ufeffRef;Titel;Status;Andel klar;Kommentar;Datum\r\n1.1;Insats 1.1;Pågår;40%;\"Startat; två grupper\";1/3/2027\r\n",
		"followup.csv":    "Ref,Status,Progress (%),Comment,Date\n1.1,in_progress,40,\"Startat; två grupper\",2027-03-01\n",
	} {
		t.Run(name, func(t *testing.T) {
			w, ids := followUpStore(t)
			plan, err := planFile(t, w.S, name, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Warnings) != 0 || plan.CountFollowUps(importer.Changed) != 1 {
				t.Fatalf("plan %+v", plan)
			}
			if err := importer.Apply(w.Ctx(), w.S, plan, nil); err != nil {
				t.Fatal(err)
			}
			fu := followUp(t, w, ids, "1.1")
			if fu.Status != model.FollowUpInProgress || fu.Progress != 40 || len(fu.Notes) != 1 ||
				fu.Notes[0].Text != "Startat; två grupper" || fu.Notes[0].Date != model.NewDate(2027, 3, 1) {
				t.Fatalf("saved %+v", fu)
			}
		})
	}
}
