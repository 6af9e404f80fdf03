-- Roundbook library, schema version 1.
-- Forward-only: a shipped migration is never edited; changes go in a new file.
--
-- Delete rules (see ARCHITECTURE.md): a record's own parts cascade (a benchmark's
-- assessments, an area's asks, a record's link rows); everything else is RESTRICT, so
-- deleting a record that others still point at is refused.

CREATE TABLE negotiations (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    parties     TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    description TEXT,
    updated_at  TEXT
) STRICT;

CREATE TABLE rounds (
    id             TEXT PRIMARY KEY NOT NULL,
    negotiation_id TEXT NOT NULL REFERENCES negotiations(id) ON DELETE RESTRICT,
    title          TEXT NOT NULL,
    starts_on      TEXT NOT NULL,
    ends_on        TEXT,
    location       TEXT,
    status         TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
    notes          TEXT,
    updated_at     TEXT
) STRICT;
CREATE INDEX rounds_by_negotiation ON rounds(negotiation_id, starts_on);

CREATE TABLE sources (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL,
    publisher    TEXT,
    published_on TEXT,
    url          TEXT,
    accessed_on  TEXT,
    kind         TEXT CHECK (kind IN ('report', 'statement', 'resolution', 'news', 'legal_text', 'observation_report', 'other')),
    sensitivity  TEXT NOT NULL CHECK (sensitivity IN ('public', 'restricted')),
    updated_at   TEXT
) STRICT;

CREATE TABLE concern_areas (
    id             TEXT PRIMARY KEY NOT NULL,
    title          TEXT NOT NULL,
    negotiation_id TEXT REFERENCES negotiations(id) ON DELETE RESTRICT,
    summary        TEXT,
    position       INTEGER,
    updated_at     TEXT
) STRICT;
CREATE INDEX concern_areas_by_negotiation ON concern_areas(negotiation_id);

CREATE TABLE benchmarks (
    id              TEXT PRIMARY KEY NOT NULL,
    concern_area_id TEXT NOT NULL REFERENCES concern_areas(id) ON DELETE RESTRICT,
    title           TEXT NOT NULL,
    measure         TEXT,
    rationale       TEXT,
    target_date     TEXT,
    position        INTEGER,
    updated_at      TEXT
) STRICT;
CREATE INDEX benchmarks_by_area ON benchmarks(concern_area_id);

CREATE TABLE assessments (
    id           TEXT PRIMARY KEY NOT NULL,
    benchmark_id TEXT NOT NULL REFERENCES benchmarks(id) ON DELETE CASCADE,
    assessed_on  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('not_met', 'partially_met', 'met', 'regressed')),
    evidence     TEXT,
    updated_at   TEXT
) STRICT;
CREATE INDEX assessments_by_benchmark ON assessments(benchmark_id, assessed_on);

CREATE TABLE commitments (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL,
    made_by      TEXT,
    made_on      TEXT NOT NULL,
    made_from    TEXT NOT NULL,   -- first day made_on can mean (YYYY-MM-DD), for sorting
    made_until   TEXT NOT NULL,   -- last day
    instrument   TEXT,
    kind         TEXT CHECK (kind IN ('pledge', 'legal_obligation', 'accepted_recommendation', 'recommendation', 'statement')),
    text         TEXT,
    updated_at   TEXT
) STRICT;

CREATE TABLE incidents (
    id             TEXT PRIMARY KEY NOT NULL,
    title          TEXT NOT NULL,
    occurred_on    TEXT NOT NULL,
    occurred_from  TEXT NOT NULL, -- first day occurred_on can mean (YYYY-MM-DD)
    occurred_until TEXT NOT NULL, -- last day
    location       TEXT,
    summary        TEXT,
    people         TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    verification   TEXT CHECK (verification IN ('confirmed', 'credible', 'unverified')),
    sensitivity    TEXT NOT NULL CHECK (sensitivity IN ('public', 'restricted')),
    updated_at     TEXT
) STRICT;
CREATE INDEX incidents_by_date ON incidents(occurred_from, occurred_until);

CREATE TABLE asks (
    id              TEXT PRIMARY KEY NOT NULL,
    concern_area_id TEXT NOT NULL REFERENCES concern_areas(id) ON DELETE CASCADE,
    round_id        TEXT REFERENCES rounds(id) ON DELETE RESTRICT,
    text            TEXT NOT NULL,
    position        INTEGER,
    updated_at      TEXT
) STRICT;
CREATE INDEX asks_by_area ON asks(concern_area_id);
CREATE INDEX asks_by_round ON asks(round_id);

-- Links. `position` keeps the order the user (or the bundle) gave.
CREATE TABLE concern_area_sources (
    concern_area_id TEXT NOT NULL REFERENCES concern_areas(id) ON DELETE CASCADE,
    source_id       TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (concern_area_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE benchmark_sources (
    benchmark_id TEXT NOT NULL REFERENCES benchmarks(id) ON DELETE CASCADE,
    source_id    TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position     INTEGER NOT NULL,
    PRIMARY KEY (benchmark_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE assessment_sources (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE commitment_sources (
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL,
    PRIMARY KEY (commitment_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE commitment_areas (
    commitment_id   TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    concern_area_id TEXT NOT NULL REFERENCES concern_areas(id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (commitment_id, concern_area_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE commitment_benchmarks (
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    benchmark_id  TEXT NOT NULL REFERENCES benchmarks(id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL,
    PRIMARY KEY (commitment_id, benchmark_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE incident_sources (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE incident_areas (
    incident_id     TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    concern_area_id TEXT NOT NULL REFERENCES concern_areas(id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (incident_id, concern_area_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE incident_benchmarks (
    incident_id  TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    benchmark_id TEXT NOT NULL REFERENCES benchmarks(id) ON DELETE RESTRICT,
    position     INTEGER NOT NULL,
    PRIMARY KEY (incident_id, benchmark_id)
) STRICT, WITHOUT ROWID;
-- Reverse lookups for "who points at this?" and for pack assembly.
CREATE INDEX concern_area_sources_by_source ON concern_area_sources(source_id);
CREATE INDEX benchmark_sources_by_source ON benchmark_sources(source_id);
CREATE INDEX assessment_sources_by_source ON assessment_sources(source_id);
CREATE INDEX commitment_sources_by_source ON commitment_sources(source_id);
CREATE INDEX incident_sources_by_source ON incident_sources(source_id);
CREATE INDEX commitment_areas_by_area ON commitment_areas(concern_area_id);
CREATE INDEX commitment_benchmarks_by_benchmark ON commitment_benchmarks(benchmark_id);
CREATE INDEX incident_areas_by_area ON incident_areas(concern_area_id);
CREATE INDEX incident_benchmarks_by_benchmark ON incident_benchmarks(benchmark_id);

-- Generated briefing packs: what they contained, so the next pack can say what changed.
CREATE TABLE packs (
    id          TEXT PRIMARY KEY NOT NULL,
    round_id    TEXT NOT NULL REFERENCES rounds(id) ON DELETE RESTRICT,
    audience    TEXT NOT NULL CHECK (audience IN ('external', 'internal')),
    selection   TEXT NOT NULL,   -- JSON: the selection as asked
    options     TEXT NOT NULL,   -- JSON: render options (paper, timestamp, document id)
    content     TEXT NOT NULL,   -- JSON: the frozen pack
    pdf_sha256  TEXT NOT NULL,
    page_count  INTEGER NOT NULL,
    file_path   TEXT,            -- where it was saved, when known
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX packs_by_round ON packs(round_id, created_at);

-- Library settings (preparing organisation, default paper, ...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Full-text search over titles, summaries, texts and people. The text is folded in Rust
-- (lower case, no diacritics, Kazakh letters to their Russian base letters) before it is
-- indexed, and queries are folded the same way. search_docs maps a record to its row in
-- the index so that re-indexing one record is a lookup, not a scan.
CREATE TABLE search_docs (
    doc_id    INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    UNIQUE (kind, record_id)
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
