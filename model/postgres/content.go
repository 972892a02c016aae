package postgres

import (
	"database/sql"
	"errors"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// contentCols are the content columns of proposals, in the order of
// contentArgs and of contentRow.dest.
const contentCols = `ref, kind, title, summary, description, rationale, evidence, risk_factors,
	protective_factors, problem_areas, prevention_level, target_group, responsible, partners,
	start_date, end_date, cost_ore, funding`

// contentParams are the placeholders $1 … $18 for contentArgs.
const contentParams = `$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18`

// contentArgs returns c's values for contentCols.
func contentArgs(c model.Content) []any {
	var cost any
	if c.Cost.Set {
		cost = c.Cost.Ore
	}
	return []any{c.Ref, string(c.Kind), c.Title, c.Summary, c.Description, c.Rationale,
		sqlstore.JSONList(c.Evidence), sqlstore.JSONList(c.RiskFactors), sqlstore.JSONList(c.ProtectiveFactors),
		sqlstore.JSONList(c.ProblemAreas), string(c.PreventionLevel), c.TargetGroup, c.Responsible,
		sqlstore.JSONList(c.Partners), c.Start.String(), c.End.String(), cost, c.Funding}
}

// contentRow holds a proposal's content columns as scanned, before the
// lists, dates and cost are decoded.
type contentRow struct {
	c                                              model.Content
	kind, level                                    string
	evidence, risk, protective, problems, partners string
	start, end                                     string
	cost                                           sql.NullInt64
}

// dest returns the scan destinations for id followed by contentCols.
func (r *contentRow) dest(id *int64) []any {
	c := &r.c
	return []any{id, &c.Ref, &r.kind, &c.Title, &c.Summary, &c.Description, &c.Rationale,
		&r.evidence, &r.risk, &r.protective, &r.problems, &r.level,
		&c.TargetGroup, &c.Responsible, &r.partners, &r.start, &r.end, &r.cost, &c.Funding}
}

// content decodes the scanned columns. It reads as far as it can, so a
// damaged column still leaves the others filled in.
func (r *contentRow) content() (model.Content, error) {
	c := r.c
	c.Kind, c.PreventionLevel = model.Kind(r.kind), model.PreventionLevel(r.level)
	c.Cost = model.Money{Ore: r.cost.Int64, Set: r.cost.Valid}
	var errs [7]error
	c.Evidence, errs[0] = sqlstore.FromJSONList[model.Evidence](r.evidence)
	c.RiskFactors, errs[1] = sqlstore.FromJSONList[string](r.risk)
	c.ProtectiveFactors, errs[2] = sqlstore.FromJSONList[string](r.protective)
	c.ProblemAreas, errs[3] = sqlstore.FromJSONList[model.ProblemArea](r.problems)
	c.Partners, errs[4] = sqlstore.FromJSONList[string](r.partners)
	c.Start, errs[5] = sqlstore.ParseDate(r.start)
	c.End, errs[6] = sqlstore.ParseDate(r.end)
	return c, errors.Join(errs[:]...)
}
