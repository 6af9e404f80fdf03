#!/usr/bin/env python3
"""Check a Roundbook bundle (such as the demo library) for consistency.

Usage:
    python3 check_demo.py BUNDLE.json SCHEMA.json

Checks:
  * the file is UTF-8 without a byte-order mark and parses as JSON;
  * it is valid against the bundle JSON Schema (Draft 2020-12; needs the
    `jsonschema` package);
  * ids are unique within each kind of record;
  * every reference (negotiation_id, concern_area_id, benchmark_id, round_id,
    concern_area_ids, benchmark_ids, source_ids) points to a record in the file;
  * every concern area has 2 to 4 benchmarks, and every benchmark has at least
    one assessment;
  * every record that can cite sources (concern areas, benchmarks, assessments,
    commitments, incidents) cites at least one;
  * dates are real calendar dates, fuzzy date ranges have START <= END, rounds
    end on or after their start, and timestamps parse.

Exits 0 when everything passes, 1 when a problem is found, 2 on a usage or
setup error. Sources that nothing cites are reported as warnings only.
"""

import datetime
import json
import re
import sys

KINDS = [
    "negotiations", "rounds", "concern_areas", "benchmarks", "assessments",
    "commitments", "incidents", "asks", "cases", "case_entries", "sources",
]

# Each reference field, wherever it stands, and the kind it points to; a field ending in
# `_ids` holds a list. (`source_ids` is checked with the citations, below.)
TARGETS = {
    "negotiation_id": "negotiations", "concern_area_id": "concern_areas",
    "benchmark_id": "benchmarks", "round_id": "rounds",
    "concern_area_ids": "concern_areas", "benchmark_ids": "benchmarks",
    "case_id": "cases", "incident_ids": "incidents", "ask_ids": "asks",
}
SOURCED_KINDS = ["concern_areas", "benchmarks", "assessments", "commitments", "incidents"]

# kind -> fields holding a full date (YYYY-MM-DD)
DATE_FIELDS = {
    "rounds": ["starts_on", "ends_on"],
    "benchmarks": ["target_date"],
    "assessments": ["assessed_on"],
    "sources": ["accessed_on"],
}
# kind -> fields holding a fuzzy date
FUZZY_FIELDS = {
    "commitments": ["made_on"],
    "incidents": ["occurred_on"],
    "sources": ["published_on"],
    "case_entries": ["date"],
}

PART_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
TIMESTAMP_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$")


def part_bounds(text):
    """Earliest and latest calendar day covered by YYYY, YYYY-MM or YYYY-MM-DD."""
    m = PART_RE.match(text)
    if not m:
        raise ValueError("not a date: %r" % text)
    year = int(m.group(1))
    if m.group(2) is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    month = int(m.group(2))
    if m.group(3) is None:
        first = datetime.date(year, month, 1)
        nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1)
    day = datetime.date(year, month, int(m.group(3)))
    return day, day


def check_fuzzy(text):
    """Return None if the fuzzy date is sound, else a message."""
    try:
        if "/" in text:
            start, end = text.split("/", 1)
            s_lo, s_hi = part_bounds(start)
            e_lo, e_hi = part_bounds(end)
            if s_lo > e_lo or s_hi > e_hi:
                return "range %r starts after it ends" % text
        else:
            part_bounds(text)
    except ValueError as exc:
        return "invalid date %r (%s)" % (text, exc)
    return None


def main(argv):
    if len(argv) != 3:
        print("usage: check_demo.py BUNDLE.json SCHEMA.json", file=sys.stderr)
        return 2
    bundle_path, schema_path = argv[1], argv[2]
    problems = []
    warnings = []

    raw = open(bundle_path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("file starts with a UTF-8 byte-order mark")
        raw = raw[3:]
    try:
        bundle = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        print("FAIL: %s is not UTF-8 JSON: %s" % (bundle_path, exc))
        return 1
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)

    # 1. JSON Schema.
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        print("error: the 'jsonschema' package is required (pip install jsonschema)", file=sys.stderr)
        return 2
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for err in sorted(validator.iter_errors(bundle), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        problems.append("schema: %s: %s" % (where, err.message))
    if not isinstance(bundle, dict):
        return report(problems, warnings)

    records = {k: [r for r in bundle.get(k, []) if isinstance(r, dict)] for k in KINDS}

    # 2. Unique ids per kind.
    ids = {}
    for kind in KINDS:
        seen = set()
        for rec in records[kind]:
            rid = rec.get("id")
            if rid in seen:
                problems.append("%s: duplicate id %r" % (kind, rid))
            seen.add(rid)
        ids[kind] = seen

    def label(kind, rec):
        return "%s %r" % (kind, rec.get("id"))

    # 3. References.
    for kind in KINDS:
        for rec in records[kind]:
            for field, target in TARGETS.items():
                if field not in rec:
                    continue
                values = rec[field] if field.endswith("_ids") else [rec[field]]
                for value in values:
                    if value not in ids[target]:
                        problems.append("%s: %s -> %r is not in %s" % (label(kind, rec), field, value, target))
    cited = set()
    for kind in KINDS:
        for rec in records[kind]:
            for value in rec.get("source_ids", []):
                cited.add(value)
                if value not in ids["sources"]:
                    problems.append("%s: source_ids -> %r is not in sources" % (label(kind, rec), value))

    # 4. Every record that can cite sources cites at least one.
    for kind in SOURCED_KINDS:
        for rec in records[kind]:
            if not rec.get("source_ids"):
                problems.append("%s cites no source" % label(kind, rec))
    for rid in sorted(ids["sources"] - cited):
        warnings.append("source %r is not cited by any record" % rid)

    # 5. Benchmarks per area, assessments per benchmark.
    per_area = {a: 0 for a in ids["concern_areas"]}
    for rec in records["benchmarks"]:
        if rec.get("concern_area_id") in per_area:
            per_area[rec["concern_area_id"]] += 1
    for area, count in sorted(per_area.items()):
        if not 2 <= count <= 4:
            problems.append("concern_areas %r has %d benchmarks (expected 2 to 4)" % (area, count))
    assessed = {rec.get("benchmark_id") for rec in records["assessments"]}
    for rec in records["benchmarks"]:
        if rec.get("id") not in assessed:
            problems.append("%s has no assessment" % label("benchmarks", rec))

    # 6. Dates and timestamps.
    for kind, fields in DATE_FIELDS.items():
        for rec in records[kind]:
            for field in fields:
                value = rec.get(field)
                if value is None:
                    continue
                try:
                    datetime.date.fromisoformat(value)
                except (TypeError, ValueError):
                    problems.append("%s: %s %r is not a calendar date" % (label(kind, rec), field, value))
    for rec in records["rounds"]:
        start, end = rec.get("starts_on"), rec.get("ends_on")
        if isinstance(start, str) and isinstance(end, str) and end < start:
            problems.append("%s ends (%s) before it starts (%s)" % (label("rounds", rec), end, start))
    for kind, fields in FUZZY_FIELDS.items():
        for rec in records[kind]:
            for field in fields:
                value = rec.get(field)
                if isinstance(value, str):
                    msg = check_fuzzy(value)
                    if msg:
                        problems.append("%s: %s: %s" % (label(kind, rec), field, msg))
    stamps = [("bundle", "exported_at", bundle.get("exported_at"))]
    for kind in KINDS:
        for rec in records[kind]:
            stamps.append((label(kind, rec), "updated_at", rec.get("updated_at")))
    for where, field, value in stamps:
        if value is None:
            continue
        ok = isinstance(value, str) and TIMESTAMP_RE.match(value)
        if ok:
            try:
                datetime.datetime.fromisoformat(value[:19])
            except ValueError:
                ok = False
        if not ok:
            problems.append("%s: %s %r is not an RFC 3339 timestamp" % (where, field, value))

    return report(problems, warnings, records)


def report(problems, warnings, records=None):
    for w in warnings:
        print("warning: " + w)
    for p in problems:
        print("FAIL: " + p)
    if problems:
        print("%d problem(s) found" % len(problems))
        return 1
    if records is not None:
        counts = ", ".join("%s %d" % (k, len(v)) for k, v in records.items())
        print("OK: " + counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
