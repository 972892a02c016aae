package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// indexProposal puts the proposal's current content in the full-text
// index in place of what was there.
func indexProposal(t *tx, id int64, c model.Content, isNew bool) error {
	if !isNew {
		if _, err := t.exec(`DELETE FROM proposal_fts WHERE rowid = ?`, id); err != nil {
			return err
		}
	}
	var evidence []string
	for _, e := range c.Evidence {
		evidence = append(evidence, strings.TrimSpace(e.Citation+" "+e.URL))
	}
	factors := append(append([]string(nil), c.RiskFactors...), c.ProtectiveFactors...)
	_, err := t.exec(`INSERT INTO proposal_fts (rowid, ref, registry_number, title, summary, description, rationale, evidence,
		factors, target_group, responsible, partners) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, c.Ref, c.RegistryNumber, c.Title, c.Summary, c.Description, c.Rationale, strings.Join(evidence, "\n"),
		strings.Join(factors, "\n"), c.TargetGroup, c.Responsible, strings.Join(c.Partners, "\n"))
	return err
}

// Search finds proposals whose text or comments hold every word of q,
// each also as the beginning of a longer word, and for a word with a
// common Swedish ending also its stem ("förälder" finds "föräldraskap").
// Case is ignored; å, ä and ö are not a and o. Any input is safe: it is
// split into words, and each word is quoted for FTS5. The words must all
// be in the proposal's own text, or all in one of its comments.
//
// Every matching proposal comes back, once, however many there are, in
// the order of their ids: not ranked, and marked InComment when only a
// comment matched, with that comment's body (sqlstore.MergeHits). The
// hits carry no ref or title: the window, the only user, narrows a list
// of proposals it already holds, and reading them for thousands of hits
// would cost more than the search.
func (s *Store) Search(ctx context.Context, q string) ([]model.SearchHit, error) {
	match := matchQuery(q)
	if match == "" {
		return nil, nil
	}
	// One statement, so one state of the store without a transaction
	// around it. A proposal_fts rowid is the proposal's id; a comment_fts
	// rowid is the comment's, whose proposal and body a lookup by primary
	// key gives. The ids come back as one text ("3,17,42"), the comments
	// as one JSON array: passing thousands of rows through database/sql
	// one by one would cost more than finding them. Comments on a
	// proposal whose own text matched are left out, as MergeHits would
	// leave them, so that their bodies are not read for nothing; a
	// deleted comment is never a match.
	var text sql.NullString
	var comments string
	err := s.rdb.QueryRowContext(ctx, `WITH t AS MATERIALIZED (SELECT rowid AS id FROM proposal_fts WHERE proposal_fts MATCH ?1)
		SELECT (SELECT group_concat(id) FROM t),
		(SELECT json_group_array(json_object('ID', c.id, 'ProposalID', c.proposal_id, 'Body', c.body))
			FROM comment_fts JOIN comments c ON c.id = comment_fts.rowid
			WHERE comment_fts MATCH ?1 AND c.deleted_at IS NULL AND c.proposal_id NOT IN t)`, match).Scan(&text, &comments)
	if err != nil {
		return nil, s.fail(err)
	}
	textIDs, err := parseIDs(text.String)
	if err != nil {
		return nil, s.fail(err)
	}
	var matches []sqlstore.CommentMatch
	if err := json.Unmarshal([]byte(comments), &matches); err != nil {
		return nil, s.fail(err)
	}
	return sqlstore.MergeHits(textIDs, matches), nil
}

// parseIDs reads a list of ids separated by commas, as group_concat
// writes it; "" is none.
func parseIDs(list string) ([]int64, error) {
	if list == "" {
		return nil, nil
	}
	out := make([]int64, 0, strings.Count(list, ",")+1)
	for f := range strings.SplitSeq(list, ",") {
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, nil
}

// matchQuery turns what a user typed into an FTS5 query: its words
// (model.QueryWords), each a quoted prefix, or that of its stem
// (model.Stem), all of which must match. It returns "" when q has no
// words.
func matchQuery(q string) string {
	var terms []string
	for _, w := range model.QueryWords(q) {
		if st := model.Stem(w); st != w {
			terms = append(terms, "("+prefix(w)+" OR "+prefix(st)+")")
		} else {
			terms = append(terms, prefix(w))
		}
	}
	return strings.Join(terms, " AND ")
}

// prefix quotes w as an FTS5 string and makes it a prefix query.
func prefix(w string) string {
	return `"` + strings.ReplaceAll(w, `"`, `""`) + `"*`
}
