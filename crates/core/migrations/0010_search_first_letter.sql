-- Roundbook library, schema version 10.
-- The incidents screen searches at every keystroke, and the first keystroke is one
-- letter: without a prefix index of 1 character FTS5 answers "p*" by merging the entries
-- of every word that begins with p (most of a large library's words). The index gains
-- one of 1 character beside those of 2 and 3; the folded text is copied over as it is.

CREATE VIRTUAL TABLE search_index_v10 USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO search_index_v10 (rowid, body) SELECT rowid, body FROM search_index;
DROP TABLE search_index;
ALTER TABLE search_index_v10 RENAME TO search_index;
