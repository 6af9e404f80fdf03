-- Roundbook library, schema version 8.
-- What a round produced: the EU's statement, the debrief, whether each of our asks was
-- raised; and the round at which a commitment was made.

CREATE TABLE round_outcomes (
    id                  TEXT PRIMARY KEY NOT NULL,
    round_id            TEXT NOT NULL UNIQUE REFERENCES rounds(id) ON DELETE CASCADE,
    statement_on        TEXT,
    statement_quote     TEXT,
    statement_url       TEXT,
    debrief             TEXT,
    debrief_sensitivity TEXT NOT NULL DEFAULT 'restricted'
                            CHECK (debrief_sensitivity IN ('public', 'restricted')),
    illustrative        TEXT,
    language            TEXT,
    translations        TEXT NOT NULL DEFAULT '{}',
    updated_at          TEXT
) STRICT;

CREATE TABLE ask_results (
    id           TEXT PRIMARY KEY NOT NULL,
    outcome_id   TEXT NOT NULL REFERENCES round_outcomes(id) ON DELETE CASCADE,
    ask_id       TEXT NOT NULL REFERENCES asks(id) ON DELETE RESTRICT,
    result       TEXT NOT NULL CHECK (result IN ('raised', 'partly_raised', 'not_raised',
                     'unknown')),
    evidence     TEXT,
    sensitivity  TEXT NOT NULL CHECK (sensitivity IN ('public', 'restricted')),
    illustrative TEXT,
    language     TEXT,
    translations TEXT NOT NULL DEFAULT '{}',
    updated_at   TEXT,
    UNIQUE (outcome_id, ask_id)
) STRICT;
CREATE INDEX ask_results_by_ask ON ask_results(ask_id);

CREATE TABLE round_outcome_sources (
    round_outcome_id TEXT NOT NULL REFERENCES round_outcomes(id) ON DELETE CASCADE,
    source_id        TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position         INTEGER NOT NULL,
    PRIMARY KEY (round_outcome_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE ask_result_sources (
    ask_result_id TEXT NOT NULL REFERENCES ask_results(id) ON DELETE CASCADE,
    source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL,
    PRIMARY KEY (ask_result_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX round_outcome_sources_by_source ON round_outcome_sources(source_id);
CREATE INDEX ask_result_sources_by_source ON ask_result_sources(source_id);

-- The round at which the government made a commitment.
ALTER TABLE commitments ADD COLUMN round_id TEXT REFERENCES rounds(id) ON DELETE RESTRICT;
CREATE INDEX commitments_by_round ON commitments(round_id);
