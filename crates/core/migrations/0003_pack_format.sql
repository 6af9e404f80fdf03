-- Roundbook library, schema version 3.
-- A pack record says which version of the frozen-pack format its JSON columns
-- (selection, options, content) are written in, so that a later program reads them as
-- they were written. Records made before this column existed are version 1.

ALTER TABLE packs ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
--
-- (The comment on the packs table in 0001 speaks of "what the next pack compares with":
-- that is what the records are kept for, not something this version does.)
