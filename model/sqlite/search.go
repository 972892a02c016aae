package sqlite

import (
	"context"
	"database/sql"
	"fmt"
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
	// key gives. Each list comes back as one text: the ids as "3,17,42",
	// the bodies one after the other, cut apart by their lengths in bytes.
	// Passing thousands of rows through database/sql one by one would
	// cost more than finding them, and so would building JSON. A deleted
	// comment is never a match.
	var text, commentIDs, proposalIDs, lengths, bodies sql.NullString
	err := s.rdb.QueryRowContext(ctx, `SELECT
		(SELECT group_concat(rowid) FROM proposal_fts WHERE proposal_fts MATCH ?1),
		group_concat(c.id), group_concat(c.proposal_id), group_concat(length(CAST(c.body AS BLOB))), group_concat(c.body, '')
		FROM comment_fts JOIN comments c ON c.id = comment_fts.rowid
		WHERE comment_fts MATCH ?1 AND c.deleted_at IS NULL`, match).Scan(&text, &commentIDs, &proposalIDs, &lengths, &bodies)
	if err != nil {
		return nil, s.fail(err)
	}
	textIDs, err := parseIDs(text.String)
	if err != nil {
		return nil, s.fail(err)
	}
	matches, err := parseComments(commentIDs.String, proposalIDs.String, lengths.String, bodies.String)
	if err != nil {
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

// parseComments reads the comments Search found from its lists: their
// ids, their proposals' ids and the lengths of their bodies in bytes
// (each as parseIDs reads it), and the bodies one after the other.
func parseComments(ids, proposals, lengths, bodies string) ([]sqlstore.CommentMatch, error) {
	var lists [3][]int64
	for i, l := range []string{ids, proposals, lengths} {
		var err error
		if lists[i], err = parseIDs(l); err != nil {
			return nil, err
		}
	}
	if len(lists[1]) != len(lists[0]) || len(lists[2]) != len(lists[0]) {
		return nil, fmt.Errorf("%d comments, %d proposals and %d lengths", len(lists[0]), len(lists[1]), len(lists[2]))
	}
	out := make([]sqlstore.CommentMatch, len(lists[0]))
	for i, id := range lists[0] {
		n := lists[2][i]
		if n < 0 || n > int64(len(bodies)) {
			return nil, fmt.Errorf("comment %d's body of %d bytes is longer than what is left (%d)", id, n, len(bodies))
		}
		out[i] = sqlstore.CommentMatch{ID: id, ProposalID: lists[1][i], Body: bodies[:n]}
		bodies = bodies[n:]
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
