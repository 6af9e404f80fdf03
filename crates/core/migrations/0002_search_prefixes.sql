-- Roundbook library, schema version 2.
-- Every search term is matched as a prefix ("алмат" finds "Алматы"); prefix indexes of 2
-- and 3 characters let FTS5 answer those queries from the index instead of scanning
-- the term list. The folded text is copied over as it is.

CREATE VIRTUAL TABLE search_index_v2 USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO search_index_v2 (rowid, body) SELECT rowid, body FROM search_index;
DROP TABLE search_index;
ALTER TABLE search_index_v2 RENAME TO search_index;
