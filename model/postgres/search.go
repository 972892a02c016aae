package postgres

import (
	"context"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// searchDoc is the text of a proposal that search looks in: the fields
// model/sqlite's proposal_fts holds, one a line.
func searchDoc(c model.Content) string {
	var b strings.Builder
	for _, f := range []string{c.Ref, c.RegistryNumber, c.Title, c.Summary, c.Description, c.Rationale, c.TargetGroup, c.Responsible} {
		b.WriteString(f)
		b.WriteByte('\n')
	}
	for _, e := range c.Evidence {
		b.WriteString(strings.TrimSpace(e.Citation + " " + e.URL))
		b.WriteByte('\n')
	}
	for _, l := range [][]string{c.RiskFactors, c.ProtectiveFactors, c.Partners} {
		for _, s := range l {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// searchText is s as the search tables index it: its words (runs of
// letters and digits, as model.SplitWords and SQLite's unicode61 tokenizer
// split them) in NFC and lower case, one space between each, each once,
// none longer than model.MaxWordBytes (array_to_tsvector would cut it
// short; PostgreSQL's own parser leaves it out).
// The tables make their vectors of these words as they are (migration
// 0013). PostgreSQL's own parser would keep a URL, an e-mail address or
// "2.10" as one token, and a query for a part of it would miss.
func searchText(s string) string {
	words := model.SplitWords(s)
	seen := make(map[string]bool, len(words))
	kept := words[:0]
	for _, w := range words {
		if len(w) > model.MaxWordBytes || seen[w] {
			continue
		}
		seen[w] = true
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// indexProposal puts the content of a new proposal in the search table.
func indexProposal(t *tx, id int64, c model.Content) error {
	return t.insertRow("proposal_search", []string{"proposal_id", "body"}, id, searchText(searchDoc(c)))
}

// reindexProposal puts the proposal's current content in the search
// table in place of what was there.
func reindexProposal(t *tx, id int64, c model.Content) error {
	_, err := t.exec(`UPDATE proposal_search SET body = $2 WHERE proposal_id = $1`, id, searchText(searchDoc(c)))
	return err
}

// indexComment puts a new comment in the search table.
func indexComment(t *tx, id, proposalID int64, body string) error {
	return t.insertRow("comment_search", []string{"comment_id", "proposal_id", "body"}, id, proposalID, searchText(body))
}

// Search finds proposals whose text or comments hold every word of q,
// each also as the beginning of a longer word: as written or as its stem
// (model.Stem: "förälder" finds "föräldraskap"), the words and the rule
// model/sqlite's Search uses; the index holds the text's words as
// written (migration 0013). Case is ignored; å, ä and ö are not a and o.
// Any input is safe: it is split into words of letters and digits, which
// go to the server as lexemes of one tsquery, a parameter, read as they
// are: PostgreSQL's parser, which to_tsquery would run, splits some of
// them ("m²" would be "m") and its Swedish stemmer takes off endings that
// model.Stem keeps ("kommunernas" would find "kommunikation"). The words
// must all be in the proposal's own text, or all in one of its comments.
//
// Every matching proposal comes back, once, in the order of their ids,
// marked InComment when only a comment matched, with that comment's body,
// as model/sqlite's Search. The search table holds only the comments'
// words, so the bodies come from comments, in the same statement; the
// comments on a proposal whose own text matched are left out, as
// sqlstore.MergeHits would leave them, and a deleted comment is never a
// match.
func (s *Store) Search(ctx context.Context, q string) ([]model.SearchHit, error) {
	words := model.QueryWords(q)
	if len(words) == 0 {
		return nil, nil
	}
	terms := make([]string, len(words))
	for i, w := range words {
		terms[i] = lexemePrefix(w)
		if st := model.Stem(w); st != w {
			terms[i] = "(" + terms[i] + " | " + lexemePrefix(st) + ")"
		}
	}
	args := []any{strings.Join(terms, " & ")}
	query := `$1::tsquery`
	var text, commentIDs, commentProposals []int64
	var bodies []string
	err := s.readEach(ctx, func(t *tx) error {
		return t.row(`WITH q AS (SELECT `+query+` AS q),
			t AS MATERIALIZED (SELECT proposal_id FROM proposal_search, q WHERE doc @@ q.q),
			c AS MATERIALIZED (SELECT c.id, c.proposal_id, c.body FROM comment_search s
				JOIN comments c ON c.id = s.comment_id, q
				WHERE s.doc @@ q.q AND c.deleted_at IS NULL AND c.proposal_id NOT IN (SELECT proposal_id FROM t))
			SELECT coalesce((SELECT array_agg(proposal_id) FROM t), '{}'),
			       coalesce((SELECT array_agg(id ORDER BY id) FROM c), '{}'),
			       coalesce((SELECT array_agg(proposal_id ORDER BY id) FROM c), '{}'),
			       coalesce((SELECT array_agg(body ORDER BY id) FROM c), '{}')`,
			args...).Scan(&text, &commentIDs, &commentProposals, &bodies)
	})
	if err != nil {
		return nil, err
	}
	comments := make([]sqlstore.CommentMatch, len(commentIDs))
	for i, id := range commentIDs {
		comments[i] = sqlstore.CommentMatch{ID: id, ProposalID: commentProposals[i], Body: bodies[i]}
	}
	return sqlstore.MergeHits(text, comments), nil
}

// lexemePrefix is w as a prefix lexeme of a tsquery's text, quoted.
func lexemePrefix(w string) string {
	return "'" + strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(w) + "':*"
}
