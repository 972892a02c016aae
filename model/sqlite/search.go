package sqlite

import (
	"context"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/styrgrupp/styrgrupp/model"
)

// HitStart and HitEnd surround the matched words in a search hit's
// Snippet (Markdown bold, which Fyne's RichText can show as it is).
const (
	HitStart = "**"
	HitEnd   = "**"
)

// maxTerms bounds the words of one query that are searched for.
const maxTerms = 32

// maxHits bounds the hits read from each full-text table.
const maxHits = 200

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
	_, err := t.exec(`INSERT INTO proposal_fts (rowid, ref, title, summary, description, rationale, evidence,
		factors, target_group, responsible, partners) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, c.Ref, c.Title, c.Summary, c.Description, c.Rationale, strings.Join(evidence, "\n"),
		strings.Join(factors, "\n"), c.TargetGroup, c.Responsible, strings.Join(c.Partners, "\n"))
	return err
}

// Search finds proposals whose text or comments hold every word of q,
// each also as the beginning of a longer word, and for a word with a
// common Swedish ending also its stem ("förälder" finds "föräldraskap").
// Case is ignored; å, ä and ö are not a and o. Any input is safe: it is
// split into words, and each word is quoted for FTS5. A proposal appears
// once: by its own text if that matches, else by its first matching
// comment (InComment).
func (s *Store) Search(ctx context.Context, q string) ([]model.SearchHit, error) {
	match := matchQuery(q)
	if match == "" {
		return nil, nil
	}
	var out []model.SearchHit
	err := s.read(ctx, func(t *tx) error {
		scan := func(sc scanner) (model.SearchHit, error) {
			var h model.SearchHit
			err := sc.Scan(&h.ProposalID, &h.Ref, &h.Title, &h.Snippet)
			return h, err
		}
		text, err := collect(t.rows(`SELECT p.id, p.ref, p.title,
				snippet(proposal_fts, -1, '`+HitStart+`', '`+HitEnd+`', '…', 12)
			FROM proposal_fts JOIN proposals p ON p.id = proposal_fts.rowid
			WHERE proposal_fts MATCH ? ORDER BY rank LIMIT ?`, match, maxHits), scan)
		if err != nil {
			return err
		}
		comments, err := collect(t.rows(`SELECT p.id, p.ref, p.title,
				snippet(comment_fts, 0, '`+HitStart+`', '`+HitEnd+`', '…', 12)
			FROM comment_fts JOIN comments c ON c.id = comment_fts.rowid JOIN proposals p ON p.id = c.proposal_id
			WHERE comment_fts MATCH ? ORDER BY rank LIMIT ?`, match, maxHits), scan)
		if err != nil {
			return err
		}
		seen := map[int64]bool{}
		for _, h := range text {
			seen[h.ProposalID] = true
			out = append(out, h)
		}
		for _, h := range comments {
			if !seen[h.ProposalID] {
				seen[h.ProposalID] = true
				h.InComment = true
				out = append(out, h)
			}
		}
		return nil
	})
	return out, err
}

// matchQuery turns what a user typed into an FTS5 query: the words (runs
// of letters and digits, as the unicode61 tokenizer sees them), each a
// quoted prefix, all of which must match. It returns "" when q has no
// words.
func matchQuery(q string) string {
	words := strings.FieldsFunc(norm.NFC.String(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	seen := map[string]bool{}
	var terms []string
	for _, w := range words {
		w = strings.ToLower(w)
		if seen[w] {
			continue
		}
		seen[w] = true
		if len(terms) == maxTerms {
			break
		}
		if st := stem(w); st != w {
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

// swedishEndings are endings stem takes off, longest first.
var swedishEndings = []string{"heterna", "heten", "arna", "erna", "orna", "ande", "ende", "ar", "er", "or", "an", "en", "et", "na", "a", "e"}

// stem takes a common Swedish inflection off a word, leaving at least four
// letters, so that a prefix search on the stem also finds the word's other
// forms and compounds. A word without one comes back as it is.
func stem(w string) string {
	r := []rune(w)
	for _, e := range swedishEndings {
		n := len([]rune(e))
		if strings.HasSuffix(w, e) && len(r)-n >= 4 {
			return string(r[:len(r)-n])
		}
	}
	return w
}
