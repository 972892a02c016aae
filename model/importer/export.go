package importer

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// ExportedDecision is one decision on a proposal as the export writes it.
type ExportedDecision struct {
	Meeting     int64         `json:"meeting"`
	MeetingDate model.Date    `json:"meeting_date"`
	Section     int           `json:"section"`
	Outcome     model.Outcome `json:"outcome"`
	Text        string        `json:"text"`
	Conditions  string        `json:"conditions,omitempty"`
	Revision    int           `json:"revision"`
	Fingerprint string        `json:"fingerprint"`
	DecidedAt   time.Time     `json:"decided_at"`
	SignedOff   bool          `json:"signed_off"`
}

// ExportedProposal is a proposal's current content with where it stands
// and its decisions.
type ExportedProposal struct {
	model.Content
	Status      model.Status       `json:"status"`
	Revision    int                `json:"revision"`
	Fingerprint string             `json:"fingerprint"`
	Decisions   []ExportedDecision `json:"decisions,omitempty"`
}

// Export is the whole JSON export.
type Export struct {
	FormatVersion int                `json:"format_version"`
	ExportedAt    time.Time          `json:"exported_at"`
	Proposals     []ExportedProposal `json:"proposals"`
}

// Collect reads every proposal with its decisions from the store. The
// fingerprints are the stored ones, so the export shows what was decided
// on even if a row was changed behind the store's back.
func Collect(ctx context.Context, s interface {
	model.ProposalStore
	model.MeetingStore
}) (Export, error) {
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		return Export{}, err
	}
	decisions, err := decisionsByProposal(ctx, s)
	if err != nil {
		return Export{}, err
	}
	out := Export{FormatVersion: FormatVersion, ExportedAt: model.Now(ctx).UTC()}
	for _, p := range ps {
		out.Proposals = append(out.Proposals, ExportedProposal{
			Content: p.Content, Status: p.Status, Revision: p.Revision,
			Fingerprint: p.Fingerprint, Decisions: decisions[p.ID],
		})
	}
	return out, nil
}

func decisionsByProposal(ctx context.Context, s model.MeetingStore) (map[int64][]ExportedDecision, error) {
	all, err := model.AgendaByProposal(ctx, s)
	if err != nil {
		return nil, err
	}
	out := map[int64][]ExportedDecision{}
	for _, entries := range all {
		for _, e := range entries {
			if m, it, d := e.Meeting, e.Item, e.Item.Decision; d != nil {
				out[it.ProposalID] = append(out[it.ProposalID], ExportedDecision{
					Meeting: m.ID, MeetingDate: model.DateOf(m.StartsAt), Section: it.Number,
					Outcome: d.Outcome, Text: d.Text, Conditions: d.Conditions, Revision: d.Revision,
					Fingerprint: d.Fingerprint, DecidedAt: d.DecidedAt.UTC(), SignedOff: m.SignedOff(),
				})
			}
		}
	}
	for id := range out {
		slices.SortStableFunc(out[id], func(a, b ExportedDecision) int { return a.DecidedAt.Compare(b.DecidedAt) })
	}
	return out, nil
}

// WriteJSON writes the export as indented JSON.
func WriteJSON(w io.Writer, e Export) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(e)
}

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
	c := p.Content
	var areas []string
	for _, a := range c.ProblemAreas {
		areas = append(areas, a.Label(model.Swedish))
	}
	var evidence []string
	for _, e := range c.Evidence {
		line := e.Kind.Label(model.Swedish) + ": " + e.Citation
		if e.URL != "" {
			line += " " + e.URL
		}
		evidence = append(evidence, line)
	}
	level := ""
	if c.PreventionLevel != "" {
		level = c.PreventionLevel.Label(model.Swedish)
	}
	row := []string{
		c.Ref, c.Kind.Label(model.Swedish), c.Title, c.Summary, c.Description, c.Rationale,
		lines(evidence), lines(c.RiskFactors), lines(c.ProtectiveFactors), lines(areas), level,
		c.TargetGroup, c.Responsible, lines(c.Partners), c.Start.String(), c.End.String(),
		strings.ReplaceAll(c.Cost.Plain(), ".", ","), c.Funding,
		p.Status.Label(model.Swedish), strconv.Itoa(p.Revision), p.Fingerprint,
	}
	if len(p.Decisions) == 0 {
		return append(row, "", "", "", "", "", "", "", "")
	}
	d := p.Decisions[len(p.Decisions)-1]
	return append(row, d.MeetingDate.String(), strconv.Itoa(d.Section), d.Outcome.Label(model.Swedish),
		d.Text, d.Conditions, model.DateOf(d.DecidedAt).String(), strconv.Itoa(d.Revision), d.Fingerprint)
}

func lines(items []string) string { return strings.Join(items, "\n") }
