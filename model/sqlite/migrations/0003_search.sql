-- 0003: full-text search over proposals and comments. The store keeps the
-- rows in step with proposals and comments in the same transactions; rowid
-- is the proposal's or comment's id. unicode61 with remove_diacritics 0
-- folds case but keeps å, ä and ö apart from a and o.

CREATE VIRTUAL TABLE proposal_fts USING fts5 (
    ref, title, summary, description, rationale, evidence, factors,
    target_group, responsible, partners,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE comment_fts USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);
