-- 0003: full-text search. Each text is indexed twice, by the Swedish
-- configuration (stemmed, so "förälder" finds "föräldraskap") and by
-- simple (every word as written, stop words too, as SQLite's FTS5 has
-- them); a query word matches, as a prefix, either. The store writes the
-- text as runs of letters and digits in lower case (search.go,
-- searchText), so PostgreSQL's parser splits it where SQLite's unicode61
-- tokenizer does, and keeps both tables in step with the proposal's
-- current content and the comments in the same transaction; the vectors
-- are generated columns, so an import can send the rows with COPY.

CREATE TABLE proposal_search (
    proposal_id bigint PRIMARY KEY REFERENCES proposals (id),
    body        text   NOT NULL,
    doc         tsvector NOT NULL GENERATED ALWAYS AS
        (to_tsvector('swedish'::regconfig, body) || to_tsvector('simple'::regconfig, body)) STORED
);
CREATE INDEX proposal_search_doc ON proposal_search USING gin (doc);

CREATE TABLE comment_search (
    comment_id  bigint PRIMARY KEY REFERENCES comments (id),
    proposal_id bigint NOT NULL REFERENCES proposals (id),
    body        text   NOT NULL,
    doc         tsvector NOT NULL GENERATED ALWAYS AS
        (to_tsvector('swedish'::regconfig, body) || to_tsvector('simple'::regconfig, body)) STORED
);
CREATE INDEX comment_search_doc ON comment_search USING gin (doc);
