// A colleague's bundle, as the merge preview shows it: what each record's two versions
// say in the fields that differ, and the choices the user makes.
import type { Catalogue } from "../bindings/Catalogue";
import type { Choice } from "../bindings/Choice";
import type { ImportPlan } from "../bindings/ImportPlan";
import type { PlanItem } from "../bindings/PlanItem";
import type { AnyRecord } from "../bindings/AnyRecord";
import type { Resolutions } from "../bindings/Resolutions";
import { formatDate } from "./dates";
import { t } from "./i18n.svelte";
import { words } from "./labels";

const FIELD_LABELS: Record<string, string> = words({
  title: () => t("merge-field-title"),
  text: () => t("merge-field-text"),
  occurred_on: () => t("merge-field-occurred-on"),
  made_on: () => t("merge-field-made-on"),
  made_by: () => t("merge-field-made-by"),
  published_on: () => t("merge-field-published-on"),
  accessed_on: () => t("merge-field-accessed-on"),
  assessed_on: () => t("merge-field-assessed-on"),
  starts_on: () => t("merge-field-starts-on"),
  ends_on: () => t("merge-field-ends-on"),
  target_date: () => t("merge-field-target-date"),
  location: () => t("merge-field-location"),
  summary: () => t("merge-field-summary"),
  description: () => t("merge-field-description"),
  notes: () => t("merge-field-notes"),
  measure: () => t("merge-field-measure"),
  rationale: () => t("merge-field-rationale"),
  evidence: () => t("merge-field-evidence"),
  people: () => t("merge-field-people"),
  verification: () => t("merge-field-verification"),
  sensitivity: () => t("merge-field-sensitivity"),
  status: () => t("merge-field-status"),
  instrument: () => t("merge-field-instrument"),
  parties: () => t("merge-field-parties"),
  publisher: () => t("merge-field-publisher"),
  url: () => t("merge-field-url"),
  kind: () => t("merge-field-kind"),
  position: () => t("merge-field-position"),
  negotiation_id: () => t("merge-field-negotiation-id"),
  round_id: () => t("merge-field-round-id"),
  concern_area_id: () => t("merge-field-concern-area-id"),
  concern_area_ids: () => t("merge-field-concern-area-ids"),
  benchmark_id: () => t("merge-field-benchmark-id"),
  benchmark_ids: () => t("merge-field-benchmark-ids"),
  source_ids: () => t("merge-field-source-ids"),
  name: () => t("merge-field-name"),
  other_names: () => t("merge-field-other-names"),
  role: () => t("merge-field-role"),
  organisation: () => t("merge-field-organisation"),
  consent: () => t("merge-field-consent"),
  incident_ids: () => t("merge-field-incident-ids"),
  ask_ids: () => t("merge-field-ask-ids"),
  case_id: () => t("merge-field-case-id"),
  date: () => t("merge-field-date"),
  note: () => t("merge-field-note"),
});

/** "occurred_on" → "Date"; unknown names made readable. */
export function fieldLabel(name: string): string {
  const known = FIELD_LABELS[name];
  if (known) return known;
  const words = name.replace(/_ids?$/, "").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Titles of the library's records by id, to show links by name. */
export function titlesById(c: Catalogue | null): Map<string, string> {
  const m = new Map<string, string>();
  if (!c) return m;
  for (const list of [c.negotiations, c.rounds, c.concern_areas, c.benchmarks, c.commitments, c.asks, c.cases, c.sources]) {
    for (const r of list as { id: string; title?: string; text?: string; name?: string }[]) {
      m.set(r.id, r.title ?? r.name ?? r.text ?? r.id);
    }
  }
  return m;
}

const DATE_FIELD = /(^date|_on|_at|_date)$/;

/** One field of one version, as text for the preview ("—" when empty). */
export function fieldText(version: AnyRecord | null, field: string, titles: Map<string, string>): string {
  if (!version) return "—";
  const value = (version.record as Record<string, unknown>)[field];
  const one = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return "";
    if (typeof v === "string") {
      if (field.endsWith("_id") || field.endsWith("_ids")) return titles.get(v) ?? v;
      if (DATE_FIELD.test(field)) return formatDate(v);
      return v;
    }
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    return JSON.stringify(v);
  };
  const text = Array.isArray(value) ? value.map(one).filter(Boolean).join("; ") : one(value);
  return text || "—";
}

/** The plan's records that a choice applies to: conflicts first, then the others. */
export function choosable(plan: ImportPlan): { conflicts: PlanItem[]; updates: PlanItem[]; keptMine: PlanItem[]; inserts: PlanItem[] } {
  return {
    conflicts: plan.items.filter((i) => i.action === "conflict"),
    updates: plan.items.filter((i) => i.action === "update"),
    keptMine: plan.items.filter((i) => i.action === "keep_mine"),
    inserts: plan.items.filter((i) => i.action === "insert"),
  };
}

export const itemKey = (i: { kind: string; id: string }) => `${i.kind}/${i.id}`;

/** The choices offered for a record. */
export function choicesFor(i: PlanItem): Choice[] {
  if (i.lowers_sensitivity) return ["keep_mine", "take_theirs_keep_restricted", "take_theirs"];
  return i.keep_both_allowed ? ["keep_mine", "take_theirs", "keep_both"] : ["keep_mine", "take_theirs"];
}

/**
 * Records whose bundle version would make public what the library restricts: they are
 * merged only once the user has chosen for each.
 */
export function undecided(plan: ImportPlan, choices: Record<string, Choice>): PlanItem[] {
  return plan.items.filter((i) => i.lowers_sensitivity && i.action === "conflict" && !choices[itemKey(i)]);
}

/** The resolutions to send: the choices that differ from the plan's defaults. */
export function resolutionsOf(plan: ImportPlan, choices: Record<string, Choice>): Resolutions {
  const out: Resolutions["choices"] = [];
  for (const i of plan.items) {
    const chosen = choices[itemKey(i)];
    if (i.default_choice !== null && chosen && chosen !== i.default_choice) {
      out.push({ kind: i.kind, id: i.id, choice: chosen });
    }
  }
  return { choices: out };
}
