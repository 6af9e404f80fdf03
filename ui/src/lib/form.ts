// Form state for the record editors: field specs, turning a record into the values a form
// edits and back, and placing the core's errors next to the fields they concern.
import type { ApiError, RecordKind } from "../api";

export type Option = { value: string; label: string; hint?: string; restricted?: boolean };

export type FieldSpec = {
  /** The record's field, e.g. `occurred_on`. */
  name: string;
  label: string;
  type:
    | "text"
    | "textarea"
    | "url"
    | "date" // an exact day, YYYY-MM-DD
    | "fuzzydate" // 2012, 2012-01, 2011-12-16, or a range
    | "select"
    | "radio"
    | "multi" // a list of ids, ticked from options
    | "lines" // a list of strings, one per line
    | "number";
  required?: boolean;
  help?: string;
  placeholder?: string;
  /** For select, radio, multi. */
  options?: Option[];
  /** A select may be left empty (stored as absent). */
  allowEmpty?: boolean;
  emptyLabel?: string;
  /** Shown across both columns. */
  wide?: boolean;
};

/** The kind of record a field points at (`source_ids` → source), if it points at one. */
export function linkedKind(field: string): RecordKind | null {
  const kinds: Record<string, RecordKind> = {
    negotiation_id: "negotiation",
    round_id: "round",
    concern_area_id: "concern_area",
    concern_area_ids: "concern_area",
    benchmark_id: "benchmark",
    benchmark_ids: "benchmark",
    incident_ids: "incident",
    ask_ids: "ask",
    case_id: "case",
    source_ids: "source",
  };
  return kinds[field] ?? null;
}

/** The value a field edits: text for most, a list for `multi`. */
export type FieldValue = string | string[];
export type Values = Record<string, FieldValue>;

/** The values a form starts from, for a record (or a new one). */
export function toValues(specs: FieldSpec[], record: Record<string, unknown>): Values {
  const values: Values = {};
  for (const f of specs) {
    const v = record[f.name];
    if (f.type === "multi") values[f.name] = Array.isArray(v) ? v.map(String) : [];
    else if (f.type === "lines") values[f.name] = Array.isArray(v) ? v.join("\n") : "";
    else values[f.name] = v == null ? "" : String(v);
  }
  return values;
}

/**
 * The record a form's values make, over `base` (which keeps the fields the form does not
 * show, such as the id). Empty optional fields become absent; `normalise` turns what was
 * typed into stored form (dates).
 */
export function fromValues(
  specs: FieldSpec[],
  values: Values,
  base: Record<string, unknown>,
  normalise: { date: (s: string) => string; fuzzy: (s: string) => string },
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const f of specs) {
    const v = values[f.name];
    if (f.type === "multi") {
      const list = Array.isArray(v) ? v : [];
      if (list.length) out[f.name] = list;
      else delete out[f.name];
      continue;
    }
    const text = typeof v === "string" ? v : "";
    if (f.type === "lines") {
      const list = text.split("\n").map((s) => s.trim()).filter(Boolean);
      if (list.length) out[f.name] = list;
      else delete out[f.name];
      continue;
    }
    const trimmed = text.trim();
    if (trimmed === "" && !f.required) {
      delete out[f.name];
      continue;
    }
    switch (f.type) {
      case "date":
        out[f.name] = normalise.date(trimmed);
        break;
      case "fuzzydate":
        out[f.name] = normalise.fuzzy(trimmed);
        break;
      case "number": {
        const n = Number(trimmed);
        out[f.name] = Number.isFinite(n) && trimmed !== "" ? n : trimmed;
        break;
      }
      case "textarea":
        out[f.name] = text.replace(/\s+$/, "");
        break;
      default:
        out[f.name] = trimmed;
    }
  }
  return out;
}

/** The form field an error's field names: `source_ids[2]` is the `source_ids` list. */
export function fieldKey(field: string): string {
  return field.replace(/\[\d+\]$/, "").replace(/\.\w+$/, "");
}

/** The errors to show beside each field, and what no field shown can hold. */
export function placeErrors(
  error: Pick<ApiError, "problems" | "message">,
  shown: string[],
): { byField: Record<string, string>; general: string | null } {
  const byField: Record<string, string> = {};
  const leftover: string[] = [];
  const problems = error.problems.length ? error.problems : [];
  for (const p of problems) {
    const key = fieldKey(p.field);
    if (shown.includes(key)) {
      if (!byField[key]) byField[key] = p.message;
    } else {
      leftover.push(p.field ? `${p.field.replace(/_/g, " ")}: ${p.message}` : p.message);
    }
  }
  if (!problems.length) leftover.push(error.message);
  return { byField, general: leftover.length ? leftover.join("; ") : null };
}

/**
 * The required choices left unmade: a required radio (who may see a record, who may be
 * named), or a required select that offers an empty choice (a case's status). They have
 * no default, so the form names them instead of sending anything.
 */
export function unchosen(specs: FieldSpec[], values: Values): string[] {
  return specs
    .filter((f) => (f.type === "radio" || (f.type === "select" && f.allowEmpty)) && f.required && !values[f.name])
    .map((f) => f.name);
}

/** True when the values differ from where the form started (to warn before closing). */
export function isDirty(start: Values, now: Values): boolean {
  return JSON.stringify(start) !== JSON.stringify(now);
}
