// The fields of each kind of record, as the editors show them.
import type { Catalogue } from "../bindings/Catalogue";
import type { FieldSpec, Option } from "./form";
import { formatDate } from "./dates";
import { byPosition, sortBy } from "./sort";
import {
  commitmentKindLabel,
  optionsOf,
  roundStatusLabel,
  sensitivityLabel,
  sourceKindLabel,
  statusLabel,
  verificationLabel,
} from "./labels";

const FUZZY_HELP = "A day, a month or a year, or a range: 2011-12-16, Jan 2012, 2012, 16–17 Dec 2011.";

/** Every kind can be marked as example material; packs say so on every page. */
const ILLUSTRATIVE: FieldSpec = {
  name: "illustrative",
  label: "Illustrative (example material)",
  type: "textarea",
  wide: true,
  help: "Only for invented dates, places or records: say what is invented. Packs that contain it say so on every page, and a pack for officials with it has a blocker. Empty it to remove the mark.",
};
const DAY_HELP = "A day: 2012-04-10 or 10 April 2012.";

export function areaOptions(c: Catalogue): Option[] {
  return byPosition(c.concern_areas).map((a) => ({ value: a.id, label: a.title }));
}

export function benchmarkOptions(c: Catalogue, areaIds?: string[]): Option[] {
  const areaTitle = new Map(c.concern_areas.map((a) => [a.id, a.title]));
  return byPosition(c.benchmarks)
    .filter((b) => !areaIds || areaIds.includes(b.concern_area_id))
    .map((b) => ({ value: b.id, label: b.title, hint: areaTitle.get(b.concern_area_id) }));
}

export function sourceOptions(c: Catalogue): Option[] {
  return sortBy(c.sources, (s) => s.title).map((s) => ({
    value: s.id,
    label: s.title,
    hint: [s.publisher, formatDate(s.published_on)].filter(Boolean).join(", "),
    restricted: s.sensitivity === "restricted",
  }));
}

export function negotiationOptions(c: Catalogue): Option[] {
  return c.negotiations.map((n) => ({ value: n.id, label: n.title }));
}

export function roundOptions(c: Catalogue): Option[] {
  const neg = new Map(c.negotiations.map((n) => [n.id, n.title]));
  return sortBy(c.rounds, (r) => r.starts_on).map((r) => ({
    value: r.id,
    label: `${r.title} — ${formatDate(r.starts_on)}`,
    hint: c.negotiations.length > 1 ? neg.get(r.negotiation_id) : undefined,
  }));
}

export const specs = {
  negotiation: (): FieldSpec[] => [
    { name: "title", label: "Title", type: "text", required: true, wide: true, placeholder: "EU–Kazakhstan Partnership and Cooperation Agreement" },
    { name: "parties", label: "Parties", type: "lines", help: "One per line." },
    { name: "description", label: "Description", type: "textarea" },
    ILLUSTRATIVE,
  ],

  round: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: "Title", type: "text", required: true, placeholder: "Round 3" },
    { name: "negotiation_id", label: "Negotiation", type: "select", required: true, options: negotiationOptions(c) },
    { name: "starts_on", label: "Starts on", type: "date", required: true, help: DAY_HELP },
    { name: "ends_on", label: "Ends on", type: "date", help: "Leave empty for a one-day meeting." },
    { name: "location", label: "Place", type: "text" },
    { name: "status", label: "Status", type: "select", required: true, options: optionsOf(roundStatusLabel) },
    { name: "notes", label: "Notes", type: "textarea" },
    { name: "source_ids", label: "Sources", type: "multi", options: sourceOptions(c), help: "What says the round is scheduled or was held." },
    ILLUSTRATIVE,
  ],

  concern_area: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: "Title", type: "text", required: true, placeholder: "Media freedoms" },
    { name: "negotiation_id", label: "Negotiation", type: "select", options: negotiationOptions(c), allowEmpty: true, emptyLabel: "— any —" },
    { name: "summary", label: "Background", type: "textarea", help: "Printed at the start of the area's section of a pack." },
    { name: "position", label: "Order", type: "number", help: "Areas are listed by this number." },
    { name: "source_ids", label: "Sources", type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE,
  ],

  benchmark: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: "Benchmark", type: "text", required: true, wide: true, placeholder: "Register the opposition parties denied registration" },
    { name: "concern_area_id", label: "Concern area", type: "select", required: true, options: areaOptions(c) },
    { name: "target_date", label: "Target date", type: "date" },
    { name: "measure", label: "How it is verified", type: "textarea" },
    { name: "rationale", label: "Why it matters", type: "textarea" },
    { name: "position", label: "Order", type: "number" },
    { name: "source_ids", label: "Sources", type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE,
  ],

  assessment: (c: Catalogue): FieldSpec[] => [
    { name: "assessed_on", label: "Assessed on", type: "date", required: true, help: DAY_HELP },
    { name: "status", label: "Status", type: "select", required: true, options: optionsOf(statusLabel) },
    { name: "evidence", label: "Evidence", type: "textarea" },
    { name: "source_ids", label: "Sources", type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE,
  ],

  commitment: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: "Title", type: "text", required: true, wide: true },
    { name: "made_on", label: "Made on", type: "fuzzydate", required: true, help: FUZZY_HELP },
    { name: "made_by", label: "Made by", type: "text", placeholder: "Government of Kazakhstan" },
    { name: "instrument", label: "Instrument", type: "text", placeholder: "National Human Rights Action Plan 2009–2012" },
    { name: "kind", label: "Kind", type: "select", options: optionsOf(commitmentKindLabel), allowEmpty: true },
    { name: "quote", label: "The words as said or written", type: "textarea", wide: true,
      help: "Verbatim only: printed in quotation marks, and needs a source officials may see. Leave empty if you have no exact words." },
    { name: "quote_language", label: "Language of the words", type: "text", placeholder: "en", help: "The language they were said in: en, ru, kk." },
    { name: "summary", label: "Our summary", type: "textarea", wide: true, help: "In your own words: printed as plain text, never in quotation marks." },
    { name: "concern_area_ids", label: "Concern areas", type: "multi", options: areaOptions(c) },
    { name: "benchmark_ids", label: "Benchmarks", type: "multi", options: benchmarkOptions(c) },
    { name: "source_ids", label: "Sources", type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE,
  ],

  incident: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: "What happened", type: "text", required: true, wide: true },
    { name: "occurred_on", label: "Date", type: "fuzzydate", required: true, help: FUZZY_HELP, placeholder: "2012-01-28" },
    { name: "location", label: "Place", type: "text" },
    { name: "verification", label: "Verification", type: "select", options: optionsOf(verificationLabel), allowEmpty: true },
    { name: "sensitivity", label: "Sensitivity", type: "radio", required: true, options: optionsOf(sensitivityLabel),
      help: "Restricted incidents never appear in a pack for an external audience." },
    { name: "summary", label: "Summary", type: "textarea" },
    { name: "people", label: "People and organisations", type: "lines", help: "One per line, as written in the sources." },
    { name: "concern_area_ids", label: "Concern areas", type: "multi", options: areaOptions(c) },
    { name: "benchmark_ids", label: "Benchmarks", type: "multi", options: benchmarkOptions(c) },
    { name: "source_ids", label: "Sources", type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE,
  ],

  ask: (c: Catalogue): FieldSpec[] => [
    { name: "text", label: "What officials should raise", type: "textarea", required: true },
    { name: "concern_area_id", label: "Concern area", type: "select", required: true, options: areaOptions(c) },
    { name: "round_id", label: "For round", type: "select", options: roundOptions(c), allowEmpty: true, emptyLabel: "Every round (standing ask)" },
    { name: "benchmark_ids", label: "Benchmarks it is about", type: "multi", options: benchmarkOptions(c),
      help: "So that officials see what progress the ask is for." },
    { name: "position", label: "Order", type: "number" },
    ILLUSTRATIVE,
  ],

  source: (): FieldSpec[] => [
    { name: "title", label: "Title", type: "text", required: true, wide: true },
    { name: "publisher", label: "Publisher", type: "text" },
    { name: "published_on", label: "Published", type: "fuzzydate", help: FUZZY_HELP },
    { name: "url", label: "Web address", type: "url", placeholder: "https://…", wide: true },
    { name: "accessed_on", label: "Accessed on", type: "date" },
    { name: "kind", label: "Kind", type: "select", options: optionsOf(sourceKindLabel), allowEmpty: true },
    { name: "sensitivity", label: "Sensitivity", type: "radio", required: true, options: optionsOf(sensitivityLabel),
      help: "A restricted source (e.g. a confidential contact) is never cited in an external pack." },
    ILLUSTRATIVE,
  ],
};
