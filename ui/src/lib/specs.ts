// The fields of each kind of record, as the editors show them.
import type { Catalogue } from "../bindings/Catalogue";
import type { FieldSpec, Option } from "./form";
import { formatDate } from "./dates";
import { t } from "./i18n.svelte";
import { byPosition, sortBy } from "./sort";
import { incidentChoices } from "./incidentChoices.svelte";
import {
  askRaisedLabel,
  caseStatusLabel,
  commitmentKindLabel,
  consentLabel,
  optionsOf,
  roundStatusLabel,
  sensitivityLabel,
  sourceKindLabel,
  statusLabel,
  verificationLabel,
} from "./labels";

const FUZZY_HELP = () => t("spec-fuzzy-date-help");

/** Every kind can be marked as example material; packs say so on every page. */
const ILLUSTRATIVE = (): FieldSpec => ({
  name: "illustrative",
  label: t("spec-illustrative"),
  type: "textarea",
  wide: true,
  help: t("spec-illustrative-help"),
});
const DAY_HELP = () => t("spec-day-help");

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

/** Incidents to link to: the recent ones and those linked (`incidentChoices`, loaded by the screen). */
export function incidentOptions(): Option[] {
  return incidentChoices.list.map((i) => ({
    value: i.id,
    label: i.title,
    hint: formatDate(i.occurred_on),
    restricted: i.sensitivity === "restricted",
  }));
}

export function askOptions(c: Catalogue): Option[] {
  const areaTitle = new Map(c.concern_areas.map((a) => [a.id, a.title]));
  return c.asks.map((a) => ({
    value: a.id,
    label: a.text.length > 120 ? `${a.text.slice(0, 120)}…` : a.text,
    hint: areaTitle.get(a.concern_area_id),
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

/** A round's outcome: the EU's statement and the debrief (the outcome form shows these). */
export function outcomeSpecs(c: Catalogue): FieldSpec[] {
  return [
    { name: "statement_on", label: t("spec-statement-on"), type: "date", help: DAY_HELP() },
    { name: "statement_url", label: t("spec-statement-url"), type: "url", placeholder: t("spec-url-example") },
    { name: "statement_quote", label: t("spec-statement-quote"), type: "textarea", wide: true, help: t("spec-statement-quote-help") },
    { name: "source_ids", label: t("spec-statement-source-ids"), type: "multi", options: sourceOptions(c) },
    { name: "debrief", label: t("spec-debrief"), type: "textarea", wide: true, help: t("spec-debrief-help") },
    { name: "debrief_sensitivity", label: t("spec-debrief-sensitivity"), type: "radio", required: true,
      options: optionsOf(sensitivityLabel), help: t("spec-debrief-sensitivity-help") },
  ];
}

export const specs = {
  negotiation: (): FieldSpec[] => [
    { name: "title", label: t("spec-negotiation-title"), type: "text", required: true, wide: true, placeholder: t("spec-negotiation-title-example") },
    { name: "parties", label: t("spec-parties"), type: "lines", help: t("spec-parties-help") },
    { name: "description", label: t("spec-description"), type: "textarea" },
    ILLUSTRATIVE(),
  ],

  round: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: t("spec-round-title"), type: "text", required: true, placeholder: t("spec-round-title-example") },
    { name: "negotiation_id", label: t("spec-negotiation-id"), type: "select", required: true, options: negotiationOptions(c) },
    { name: "starts_on", label: t("spec-starts-on"), type: "date", required: true, help: DAY_HELP() },
    { name: "ends_on", label: t("spec-ends-on"), type: "date", help: t("spec-ends-on-help") },
    { name: "location", label: t("spec-location"), type: "text" },
    { name: "status", label: t("spec-status"), type: "select", required: true, options: optionsOf(roundStatusLabel) },
    { name: "notes", label: t("spec-notes"), type: "textarea" },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c), help: t("spec-source-ids-help") },
    ILLUSTRATIVE(),
  ],

  concern_area: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: t("spec-concern-area-title"), type: "text", required: true, placeholder: t("spec-concern-area-title-example") },
    { name: "negotiation_id", label: t("spec-negotiation-id"), type: "select", options: negotiationOptions(c), allowEmpty: true, emptyLabel: t("spec-negotiation-id-empty") },
    { name: "summary", label: t("spec-concern-area-summary"), type: "textarea", help: t("spec-concern-area-summary-help") },
    { name: "position", label: t("spec-position"), type: "number", help: t("spec-position-help") },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  benchmark: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: t("spec-benchmark-title"), type: "text", required: true, wide: true, placeholder: t("spec-benchmark-title-example") },
    { name: "concern_area_id", label: t("spec-concern-area-id"), type: "select", required: true, options: areaOptions(c) },
    { name: "target_date", label: t("spec-target-date"), type: "date" },
    { name: "measure", label: t("spec-measure"), type: "textarea" },
    { name: "rationale", label: t("spec-rationale"), type: "textarea" },
    { name: "position", label: t("spec-position"), type: "number" },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  assessment: (c: Catalogue): FieldSpec[] => [
    { name: "assessed_on", label: t("spec-assessed-on"), type: "date", required: true, help: DAY_HELP() },
    { name: "status", label: t("spec-status"), type: "select", required: true, options: optionsOf(statusLabel) },
    { name: "evidence", label: t("spec-evidence"), type: "textarea" },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  commitment: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: t("spec-commitment-title"), type: "text", required: true, wide: true },
    { name: "made_on", label: t("spec-made-on"), type: "fuzzydate", required: true, help: FUZZY_HELP() },
    { name: "made_by", label: t("spec-made-by"), type: "text", placeholder: t("spec-made-by-example") },
    { name: "instrument", label: t("spec-instrument"), type: "text", placeholder: t("spec-instrument-example") },
    { name: "kind", label: t("spec-kind"), type: "select", options: optionsOf(commitmentKindLabel), allowEmpty: true },
    { name: "quote", label: t("spec-quote"), type: "textarea", wide: true,
      help: t("spec-quote-help") },
    { name: "quote_language", label: t("spec-quote-language"), type: "text", placeholder: t("spec-quote-language-example"), help: t("spec-quote-language-help") },
    { name: "summary", label: t("spec-commitment-summary"), type: "textarea", wide: true, help: t("spec-commitment-summary-help") },
    { name: "concern_area_ids", label: t("spec-concern-area-ids"), type: "multi", options: areaOptions(c) },
    { name: "benchmark_ids", label: t("spec-commitment-benchmark-ids"), type: "multi", options: benchmarkOptions(c) },
    { name: "round_id", label: t("spec-commitment-round-id"), type: "select", options: roundOptions(c), allowEmpty: true,
      emptyLabel: t("spec-commitment-round-id-empty") },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  incident: (c: Catalogue): FieldSpec[] => [
    { name: "title", label: t("spec-incident-title"), type: "text", required: true, wide: true },
    { name: "occurred_on", label: t("spec-occurred-on"), type: "fuzzydate", required: true, help: FUZZY_HELP(), placeholder: t("spec-occurred-on-example") },
    { name: "location", label: t("spec-location"), type: "text" },
    { name: "verification", label: t("spec-verification"), type: "select", options: optionsOf(verificationLabel), allowEmpty: true },
    { name: "sensitivity", label: t("spec-sensitivity"), type: "radio", required: true, options: optionsOf(sensitivityLabel),
      help: t("spec-incident-sensitivity-help") },
    { name: "summary", label: t("spec-incident-summary"), type: "textarea" },
    { name: "people", label: t("spec-people"), type: "lines", help: t("spec-people-help") },
    { name: "concern_area_ids", label: t("spec-concern-area-ids"), type: "multi", options: areaOptions(c) },
    { name: "benchmark_ids", label: t("spec-incident-benchmark-ids"), type: "multi", options: benchmarkOptions(c) },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  ask: (c: Catalogue): FieldSpec[] => [
    { name: "text", label: t("spec-text"), type: "textarea", required: true },
    { name: "concern_area_id", label: t("spec-concern-area-id"), type: "select", required: true, options: areaOptions(c) },
    { name: "round_id", label: t("spec-round-id"), type: "select", options: roundOptions(c), allowEmpty: true, emptyLabel: t("spec-round-id-empty") },
    { name: "benchmark_ids", label: t("spec-ask-benchmark-ids"), type: "multi", options: benchmarkOptions(c),
      help: t("spec-benchmark-ids-help") },
    { name: "position", label: t("spec-position"), type: "number" },
    ILLUSTRATIVE(),
  ],

  round_outcome: (c: Catalogue): FieldSpec[] => [
    ...outcomeSpecs(c),
    ILLUSTRATIVE(),
  ],

  ask_result: (c: Catalogue): FieldSpec[] => [
    { name: "ask_id", label: t("spec-ask-result-ask"), type: "select", required: true, options: askOptions(c), wide: true },
    { name: "result", label: t("spec-ask-result-result"), type: "select", required: true, options: optionsOf(askRaisedLabel) },
    { name: "sensitivity", label: t("spec-sensitivity"), type: "radio", required: true, options: optionsOf(sensitivityLabel),
      help: t("spec-ask-result-sensitivity-help") },
    { name: "evidence", label: t("spec-ask-result-evidence"), type: "textarea", help: t("spec-ask-result-evidence-help") },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  case: (c: Catalogue): FieldSpec[] => [
    { name: "name", label: t("spec-case-name"), type: "text", required: true, help: t("spec-case-name-help") },
    { name: "other_names", label: t("spec-other-names"), type: "lines", help: t("spec-other-names-help") },
    { name: "role", label: t("spec-role"), type: "text", placeholder: t("spec-role-example") },
    { name: "organisation", label: t("spec-organisation"), type: "text" },
    // Who may be named has no default, like who may see an incident.
    { name: "consent", label: t("spec-consent"), type: "radio", required: true, options: optionsOf(consentLabel),
      help: t("spec-consent-help"), wide: true },
    { name: "sensitivity", label: t("spec-sensitivity"), type: "radio", required: true, options: optionsOf(sensitivityLabel),
      help: t("spec-case-sensitivity-help"), wide: true },
    { name: "summary", label: t("spec-case-summary"), type: "textarea", help: t("spec-case-summary-help") },
    { name: "concern_area_ids", label: t("spec-concern-area-ids"), type: "multi", options: areaOptions(c) },
    { name: "benchmark_ids", label: t("spec-case-benchmark-ids"), type: "multi", options: benchmarkOptions(c) },
    { name: "incident_ids", label: t("spec-case-incident-ids"), type: "multi", options: incidentOptions() },
    { name: "ask_ids", label: t("spec-case-ask-ids"), type: "multi", options: askOptions(c) },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  case_entry: (c: Catalogue): FieldSpec[] => [
    { name: "date", label: t("spec-case-entry-date"), type: "fuzzydate", required: true, help: FUZZY_HELP(), placeholder: t("spec-case-entry-date-example") },
    { name: "status", label: t("spec-status"), type: "select", required: true, options: optionsOf(caseStatusLabel),
      allowEmpty: true, emptyLabel: t("spec-case-entry-status-empty") },
    { name: "note", label: t("spec-case-entry-note"), type: "textarea", help: t("spec-case-entry-note-help") },
    { name: "source_ids", label: t("spec-source-ids"), type: "multi", options: sourceOptions(c) },
    ILLUSTRATIVE(),
  ],

  source: (): FieldSpec[] => [
    { name: "title", label: t("spec-source-title"), type: "text", required: true, wide: true },
    { name: "publisher", label: t("spec-publisher"), type: "text" },
    { name: "published_on", label: t("spec-published-on"), type: "fuzzydate", help: FUZZY_HELP() },
    { name: "url", label: t("spec-url"), type: "url", placeholder: t("spec-url-example"), wide: true },
    { name: "accessed_on", label: t("spec-accessed-on"), type: "date" },
    { name: "kind", label: t("spec-kind"), type: "select", options: optionsOf(sourceKindLabel), allowEmpty: true },
    { name: "sensitivity", label: t("spec-sensitivity"), type: "radio", required: true, options: optionsOf(sensitivityLabel),
      help: t("spec-source-sensitivity-help") },
    ILLUSTRATIVE(),
  ],
};
