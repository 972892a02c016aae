package importer

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/styrgrupp/styrgrupp/model"
)

// Export is the export's JSON form, model.Export: its one home is model,
// so the documents' beslut.json is written by the same code.
type Export = model.Export

// ExportedProposal is a proposal with its decisions, model.ExportedProposal.
type ExportedProposal = model.ExportedProposal

// Collect reads every proposal with its decisions from the store. The
// fingerprints are the stored ones, so the export shows what was decided
// on even if a row was changed behind the store's back.
func Collect(ctx context.Context, s interface {
	model.ProposalStore
	model.MeetingStore
	model.MemberStore
}) (Export, error) {
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		return Export{}, err
	}
	members, err := s.Members(ctx)
	if err != nil {
		return Export{}, err
	}
	byID := make(map[int64]model.Member, len(members))
	for _, m := range members {
		byID[m.ID] = m
	}
	decisions, err := decisionsByProposal(ctx, s, model.MemberNames(byID))
	if err != nil {
		return Export{}, err
	}
	out := Export{FormatVersion: model.ExportVersion, ExportedAt: model.Now(ctx).UTC()}
	for _, p := range ps {
		out.Proposals = append(out.Proposals, ExportedProposal{
			Content: p.Content, Status: p.Status, Revision: p.Revision,
			Fingerprint: p.Fingerprint, Decisions: decisions[p.ID],
		})
	}
	return out, nil
}

func decisionsByProposal(ctx context.Context, s model.MeetingStore, name func(int64) string) (map[int64][]model.ExportedDecision, error) {
	all, err := model.AgendaByProposal(ctx, s)
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.ExportedDecision{}
	for _, entries := range all {
		for _, e := range entries {
			if d := e.Item.Decision; d != nil {
				out[e.Item.ProposalID] = append(out[e.Item.ProposalID], model.ExportDecision(model.PlaceOf(e.Meeting, e.Item), *d, name))
			}
		}
	}
	for id := range out {
		model.SortDecisions(out[id])
	}
	return out, nil
}

// WriteJSON writes the export as indented JSON (model.WriteExportJSON).
func WriteJSON(w io.Writer, e Export) error { return model.WriteExportJSON(w, e) }

// WriteCSV writes the export as a CSV file the way Swedish Excel reads it:
// UTF-8 with a byte-order mark, ";" between cells, lists a line each within
// their cell, the latest decision in the last columns, and a cell that a
// spreadsheet would read as a formula written with a "'" before it
// (escapeCell).
func WriteCSV(w io.Writer, e Export) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	header := make([]string, 0, len(Columns)+len(DecisionHeaders))
	for _, c := range Columns {
		header = append(header, c.Header)
	}
	if err := cw.Write(append(header, DecisionHeaders...)); err != nil {
		return err
	}
	for _, p := range e.Proposals {
		row := csvRow(p)
		for i := range row {
			row[i] = escapeCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(p ExportedProposal) []string {
	row := make([]string, 0, len(model.Fields)+len(DecisionHeaders))
	for _, f := range model.Fields {
		row = append(row, f.Cell(&p.Content))
	}
	row = append(row, p.Status.Label(model.Swedish), strconv.Itoa(p.Revision), p.Fingerprint)
	if len(p.Decisions) == 0 {
		return append(row, "", "", "", "", "", "", "", "")
	}
	d := p.Decisions[len(p.Decisions)-1]
	return append(row, d.MeetingDate.String(), strconv.Itoa(d.Section), d.Outcome.Label(model.Swedish),
		d.Text, d.Conditions, model.DateOf(d.DecidedAt).String(), strconv.Itoa(d.Revision), d.Fingerprint)
}
