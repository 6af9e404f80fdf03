-- Roundbook library, schema version 9.
-- The incidents screen lists up to 100 000 incidents a page at a time, newest or oldest
-- first: an index in each order of its sort, holding the id, lets a page be read from
-- the index (the first rows of the order) instead of sorting the whole table.

DROP INDEX incidents_by_date;
CREATE INDEX incidents_by_date ON incidents(occurred_from, occurred_until, title, id);
CREATE INDEX incidents_by_date_descending
    ON incidents(occurred_from DESC, occurred_until DESC, title, id);
