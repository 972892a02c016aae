package sqlstore

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// GroupRules returns the group's rules of procedure, the defaults
// (model.DefaultGroupRules) when none are set.
func (s Store) GroupRules(ctx context.Context) (out model.GroupRules, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		out, err = loadGroupRules(t)
		return err
	})
	return out, err
}

func loadGroupRules(t Tx) (model.GroupRules, error) {
	var js []string
	err := RunBatch(t, Query{`SELECT rules FROM group_rules WHERE id = 1`, nil,
		Into(&js, func(sc Scanner) (s string, err error) { err = sc.Scan(&s); return s, err })})
	if err != nil || len(js) == 0 {
		return model.DefaultGroupRules(), err
	}
	var g model.GroupRules
	return g, FromJSON(js[0], &g)
}

// SetGroupRules sets the group's rules of procedure. A vote keeps the
// casting-vote rule it was taken under, so a change reads nothing
// recorded differently.
func (s Store) SetGroupRules(ctx context.Context, g model.GroupRules) error {
	if err := g.Validate(); err != nil {
		return err
	}
	return s.db.Write(ctx, func(t Tx) error {
		if err := t.Exec(`DELETE FROM group_rules`); err != nil {
			return err
		}
		if err := t.Exec(`INSERT INTO group_rules (id, rules) VALUES (1, $1)`, ToJSON(g)); err != nil {
			return err
		}
		return t.Audit("group_rules.set", "group_rules", 1, Detail{"quorum": g.Quorum.Kind, "quorum_n": g.Quorum.N,
			"casting_vote": g.CastingVote})
	})
}
