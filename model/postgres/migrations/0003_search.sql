-- 0003: full-text search. Each text is indexed twice, by the Swedish
-- configuration (stemmed, so "förälder" finds "föräldraskap") and by
-- simple (every word as written, stop words too, as SQLite's FTS5 has
-- them); a query word matches, as a prefix, either. The store keeps
-- proposal_search in step with the proposal's current content in the same
-- transaction; a comment's vector follows its body.

CREATE TABLE proposal_search (
    proposal_id bigint   PRIMARY KEY REFERENCES proposals (id),
    doc         tsvector NOT NULL
);
CREATE INDEX proposal_search_doc ON proposal_search USING gin (doc);

ALTER TABLE comments ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, body) || to_tsvector('simple'::regconfig, body)) STORED;
CREATE INDEX comments_search ON comments USING gin (search);
