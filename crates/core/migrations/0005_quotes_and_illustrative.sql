-- Roundbook library, schema version 5.
-- Packs an official can trust:
-- - a commitment keeps the words as said or written (`quote`, in `quote_language`) apart
--   from our summary; what was `text` is the quote (a version 1 bundle's `text` is one);
-- - any record can be marked illustrative (example material), with a note saying what is
--   invented;
-- - asks name the benchmarks they are about; rounds cite the sources that say they were
--   scheduled or held.

ALTER TABLE commitments RENAME COLUMN text TO quote;
ALTER TABLE commitments ADD COLUMN quote_language TEXT;
ALTER TABLE commitments ADD COLUMN summary TEXT;

ALTER TABLE negotiations ADD COLUMN illustrative TEXT;
ALTER TABLE rounds ADD COLUMN illustrative TEXT;
ALTER TABLE concern_areas ADD COLUMN illustrative TEXT;
ALTER TABLE benchmarks ADD COLUMN illustrative TEXT;
ALTER TABLE assessments ADD COLUMN illustrative TEXT;
ALTER TABLE commitments ADD COLUMN illustrative TEXT;
ALTER TABLE incidents ADD COLUMN illustrative TEXT;
ALTER TABLE asks ADD COLUMN illustrative TEXT;
ALTER TABLE sources ADD COLUMN illustrative TEXT;

CREATE TABLE round_sources (
    round_id  TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position  INTEGER NOT NULL,
    PRIMARY KEY (round_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX round_sources_by_source ON round_sources(source_id);

CREATE TABLE ask_benchmarks (
    ask_id       TEXT NOT NULL REFERENCES asks(id) ON DELETE CASCADE,
    benchmark_id TEXT NOT NULL REFERENCES benchmarks(id) ON DELETE RESTRICT,
    position     INTEGER NOT NULL,
    PRIMARY KEY (ask_id, benchmark_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ask_benchmarks_by_benchmark ON ask_benchmarks(benchmark_id);
