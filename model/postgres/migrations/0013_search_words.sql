-- 0013: the search vectors are the words the store already wrote, as they
-- are (issue 14, the import of 10,000 rows). The store writes a text's
-- words in lower case, one space between each, each once, none longer
-- than a tsvector holds (search.go, searchText); array_to_tsvector takes
-- them without parsing or stemming them again, which 0003's
-- to_tsvector('swedish') || to_tsvector('simple') did at about a tenth of
-- the speed. The query asks for each word and its stem (model.Stem) as
-- prefixes, as SQLite's does, so both stores find the same proposals.
--
-- A word longer than a tsvector's lexeme (2047 bytes), which the store
-- wrote before, is taken out of the stored words first: array_to_tsvector
-- would cut it short, even in the middle of a letter.

UPDATE proposal_search SET body = array_to_string(ARRAY(
    SELECT w FROM unnest(string_to_array(body, ' ')) w WHERE octet_length(w) <= 2047), ' ')
WHERE EXISTS (SELECT 1 FROM unnest(string_to_array(body, ' ')) w WHERE octet_length(w) > 2047);
UPDATE comment_search SET body = array_to_string(ARRAY(
    SELECT w FROM unnest(string_to_array(body, ' ')) w WHERE octet_length(w) <= 2047), ' ')
WHERE EXISTS (SELECT 1 FROM unnest(string_to_array(body, ' ')) w WHERE octet_length(w) > 2047);

ALTER TABLE proposal_search DROP COLUMN doc;
ALTER TABLE proposal_search ADD COLUMN doc tsvector NOT NULL GENERATED ALWAYS AS
    (array_to_tsvector(array_remove(string_to_array(body, ' '), ''))) STORED;
CREATE INDEX proposal_search_doc ON proposal_search USING gin (doc);

ALTER TABLE comment_search DROP COLUMN doc;
ALTER TABLE comment_search ADD COLUMN doc tsvector NOT NULL GENERATED ALWAYS AS
    (array_to_tsvector(array_remove(string_to_array(body, ' '), ''))) STORED;
CREATE INDEX comment_search_doc ON comment_search USING gin (doc);
