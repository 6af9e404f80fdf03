-- Roundbook library, schema version 6.
-- Records in two languages: each record (sources aside) says which language its text is
-- written in (`language`, a BCP 47 tag; NULL: English) and holds its translations as a
-- JSON object: language → field → text.

ALTER TABLE negotiations ADD COLUMN language TEXT;
ALTER TABLE rounds ADD COLUMN language TEXT;
ALTER TABLE concern_areas ADD COLUMN language TEXT;
ALTER TABLE benchmarks ADD COLUMN language TEXT;
ALTER TABLE assessments ADD COLUMN language TEXT;
ALTER TABLE commitments ADD COLUMN language TEXT;
ALTER TABLE incidents ADD COLUMN language TEXT;
ALTER TABLE asks ADD COLUMN language TEXT;

ALTER TABLE negotiations ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE rounds ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE concern_areas ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE benchmarks ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE assessments ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE commitments ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE incidents ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE asks ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
