-- 0014: the full-text indexes keep no copy of the text. A plain FTS5
-- table stores every indexed column a second time beside its index: the
-- proposal's words were on disk three times (proposals, revisions and
-- proposal_fts), and an import wrote each of them three times. The text
-- a hit shows is read from proposals and comments (search.go), so the
-- indexes are contentless; contentless_delete lets the store take a
-- proposal or comment out when it changes, as before. Both are made
-- again and filled from the proposals and comments (migrate.go,
-- fillAfter).

DROP TABLE proposal_fts;
CREATE VIRTUAL TABLE proposal_fts USING fts5 (
    ref, registry_number, title, summary, description, rationale, evidence, factors,
    target_group, responsible, partners,
    tokenize = 'unicode61 remove_diacritics 0',
    content = '', contentless_delete = 1
);

DROP TABLE comment_fts;
CREATE VIRTUAL TABLE comment_fts USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    content = '', contentless_delete = 1
);
