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
// comment matched, the first of those with that comment (sqlstore.
// MergeHits). The hits carry no ref or title: the window, the only user,
// narrows a list of proposals it already holds, and reading them for
// thousands of hits would cost more than the search.
func (s *Store) Search(ctx context.Context, q string) ([]model.SearchHit, error) {
	match := matchQuery(q)
	if match == "" {
		return nil, nil
	}
	// A proposal_fts rowid is the proposal's id; a comment_fts rowid is
	// the comment's, whose proposal a lookup by primary key gives. Each
	// list comes back as one text ("3,17,42"): passing thousands of rows
	// through database/sql one by one would cost more than finding them.
	// A deleted comment is never a match: it leaves comment_fts as it is
	// deleted (sqlstore.DeleteComment). The bodies of the comments the
	// hits show, at most model.MaxCommentHits, are read afterwards, by id.
	//
	// Both statements read in one transaction, so a comment deleted
	// between them cannot leave its hit without a body.
	rtx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, s.fail(err)
	}
	defer rtx.Rollback()
	var text, commentIDs, proposalIDs sql.NullString
	err = rtx.QueryRowContext(ctx, `SELECT
		(SELECT group_concat(rowid) FROM proposal_fts WHERE proposal_fts MATCH ?1),
		group_concat(comment_fts.rowid), group_concat(c.proposal_id)
		FROM comment_fts JOIN comments c ON c.id = comment_fts.rowid
		WHERE comment_fts MATCH ?1`, match).Scan(&text, &commentIDs, &proposalIDs)
	if err != nil {
		return nil, s.fail(err)
	}
	textIDs, err := parseIDs(text.String)
	if err != nil {
		return nil, s.fail(err)
	}
	matches, err := parseComments(commentIDs.String, proposalIDs.String)
	if err != nil {
		return nil, s.fail(err)
	}
	hits := sqlstore.MergeHits(textIDs, matches)
	if err := commentBodies(ctx, rtx, hits); err != nil {
		return nil, s.fail(err)
	}
	return hits, nil
}

// commentBodies reads the bodies of the comments hits name, by id, in one
// statement, which gives them as one text, cut apart by their lengths in
// bytes (as Search's ids, to spare database/sql a row each), in rtx, the
// transaction that found them.
func commentBodies(ctx context.Context, rtx *sql.Tx, hits []model.SearchHit) error {
	at := map[int64]int{}
	var ids []string
	for i, h := range hits {
		if h.CommentID != 0 {
			at[h.CommentID] = i
			ids = append(ids, strconv.FormatInt(h.CommentID, 10))
		}
	}
	if len(ids) == 0 {
		return nil
	}
	var found, lengths, bodies sql.NullString
	if err := rtx.QueryRowContext(ctx, `SELECT group_concat(id), group_concat(length(CAST(body AS BLOB))), group_concat(body, '')
		FROM comments WHERE id IN (SELECT value FROM json_each(?1)) AND deleted_at IS NULL`,
		"["+strings.Join(ids, ",")+"]").Scan(&found, &lengths, &bodies); err != nil {
		return err
	}
	got, err := cutBodies(found.String, lengths.String, bodies.String)
	if err != nil {
		return err
	}
	for id, i := range at {
		body, ok := got[id]
		if !ok {
			hits[i].CommentID = 0
		}
		hits[i].Comment = body
	}
	return nil
}

// cutBodies pairs each id with its body, the bodies being one text cut
// apart by their lengths in bytes; it refuses lists that disagree.
func cutBodies(ids, lengths, bodies string) (map[int64]string, error) {
	is, err := parseIDs(ids)
	if err != nil {
		return nil, err
	}
	ns, err := parseIDs(lengths)
	if err != nil {
		return nil, err
	}
	if len(ns) != len(is) {
		return nil, fmt.Errorf("%d comments and %d lengths", len(is), len(ns))
	}
	out := make(map[int64]string, len(is))
	for k, id := range is {
		n := ns[k]
		if n < 0 || n > int64(len(bodies)) {
			return nil, fmt.Errorf("comment %d's body of %d bytes is longer than what is left (%d)", id, n, len(bodies))
		}
		out[id], bodies = bodies[:n], bodies[n:]
	}
	return out, nil
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
// ids and their proposals' ids, each as parseIDs reads it.
func parseComments(ids, proposals string) ([]sqlstore.CommentMatch, error) {
	cs, err := parseIDs(ids)
	if err != nil {
		return nil, err
	}
	ps, err := parseIDs(proposals)
	if err != nil {
		return nil, err
	}
	if len(ps) != len(cs) {
		return nil, fmt.Errorf("%d comments and %d proposals", len(cs), len(ps))
	}
	out := make([]sqlstore.CommentMatch, len(cs))
	for i, id := range cs {
		out[i] = sqlstore.CommentMatch{ID: id, ProposalID: ps[i]}
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
