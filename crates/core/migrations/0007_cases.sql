-- Roundbook library, schema version 7.
-- Individual cases: the people whose fate the advocates raise, with their consent to be
-- named and a dated status timeline.

CREATE TABLE cases (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    other_names  TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    role         TEXT,
    organisation TEXT,
    summary      TEXT,
    consent      TEXT NOT NULL CHECK (consent IN ('named', 'anonymised', 'internal')),
    sensitivity  TEXT NOT NULL CHECK (sensitivity IN ('public', 'restricted')),
    illustrative TEXT,
    language     TEXT,
    translations TEXT NOT NULL DEFAULT '{}',
    updated_at   TEXT
) STRICT;
CREATE INDEX cases_by_name ON cases(name);

CREATE TABLE case_entries (
    id           TEXT PRIMARY KEY NOT NULL,
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    date         TEXT NOT NULL,   -- since when the status holds; may be partial
    date_from    TEXT NOT NULL,   -- first day `date` can mean (YYYY-MM-DD), for ordering
    date_until   TEXT NOT NULL,   -- last day
    status       TEXT NOT NULL CHECK (status IN ('at_risk', 'detained', 'charged', 'on_trial',
                     'sentenced', 'imprisoned', 'released', 'acquitted', 'restricted',
                     'in_exile', 'deceased', 'closed')),
    note         TEXT,
    illustrative TEXT,
    language     TEXT,
    translations TEXT NOT NULL DEFAULT '{}',
    updated_at   TEXT
) STRICT;
CREATE INDEX case_entries_by_case ON case_entries(case_id, date_from, date_until);

CREATE TABLE case_areas (
    case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    concern_area_id TEXT NOT NULL REFERENCES concern_areas(id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (case_id, concern_area_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_benchmarks (
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    benchmark_id TEXT NOT NULL REFERENCES benchmarks(id) ON DELETE RESTRICT,
    position     INTEGER NOT NULL,
    PRIMARY KEY (case_id, benchmark_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_incidents (
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (case_id, incident_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_asks (
    case_id  TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    ask_id   TEXT NOT NULL REFERENCES asks(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, ask_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_sources (
    case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position  INTEGER NOT NULL,
    PRIMARY KEY (case_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_entry_sources (
    case_entry_id TEXT NOT NULL REFERENCES case_entries(id) ON DELETE CASCADE,
    source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL,
    PRIMARY KEY (case_entry_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_areas_by_area ON case_areas(concern_area_id);
CREATE INDEX case_benchmarks_by_benchmark ON case_benchmarks(benchmark_id);
CREATE INDEX case_incidents_by_incident ON case_incidents(incident_id);
CREATE INDEX case_asks_by_ask ON case_asks(ask_id);
CREATE INDEX case_sources_by_source ON case_sources(source_id);
CREATE INDEX case_entry_sources_by_source ON case_entry_sources(source_id);
