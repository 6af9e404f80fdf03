// Words the UI shows for the core's vocabularies, in the UI's language (`ui.ftl`,
// `vocab-*`). Each table reads like a plain record (`statusLabel.met`) and words its
// entries when they are read, so they follow a change of language.
import { t } from "./i18n.svelte";
import type { AskRaised } from "../bindings/AskRaised";
import type { AssessmentStatus } from "../bindings/AssessmentStatus";
import type { Audience } from "../bindings/Audience";
import type { CaseStatus } from "../bindings/CaseStatus";
import type { Choice } from "../bindings/Choice";
import type { CommitmentKind } from "../bindings/CommitmentKind";
import type { Consent } from "../bindings/Consent";
import type { IncidentField } from "../bindings/IncidentField";
import type { Kind } from "../bindings/Kind";
import type { Paper } from "../bindings/Paper";
import type { RoundStatus } from "../bindings/RoundStatus";
import type { RowAction } from "../bindings/RowAction";
import type { Sensitivity } from "../bindings/Sensitivity";
import type { SourceKind } from "../bindings/SourceKind";
import type { Verification } from "../bindings/Verification";

/** A table whose entries are worded when read. */
export function words<T extends string>(entries: Record<T, () => string>): Record<T, string> {
  const table = {} as Record<T, string>;
  for (const key of Object.keys(entries) as T[]) {
    Object.defineProperty(table, key, { get: entries[key], enumerable: true });
  }
  return table;
}

export const statusLabel: Record<AssessmentStatus, string> = words({
  not_met: () => t("vocab-status-not-met"),
  partially_met: () => t("vocab-status-partially-met"),
  met: () => t("vocab-status-met"),
  regressed: () => t("vocab-status-regressed"),
});
export const roundStatusLabel: Record<RoundStatus, string> = words({
  scheduled: () => t("vocab-round-status-scheduled"),
  held: () => t("vocab-round-status-held"),
  cancelled: () => t("vocab-round-status-cancelled"),
});
export const verificationLabel: Record<Verification, string> = words({
  confirmed: () => t("vocab-verification-confirmed"),
  credible: () => t("vocab-verification-credible"),
  unverified: () => t("vocab-verification-unverified"),
});
export const sensitivityLabel: Record<Sensitivity, string> = words({
  public: () => t("vocab-sensitivity-public"),
  restricted: () => t("vocab-sensitivity-restricted"),
});
export const caseStatusLabel: Record<CaseStatus, string> = words({
  at_risk: () => t("vocab-case-status-at-risk"),
  detained: () => t("vocab-case-status-detained"),
  charged: () => t("vocab-case-status-charged"),
  on_trial: () => t("vocab-case-status-on-trial"),
  sentenced: () => t("vocab-case-status-sentenced"),
  imprisoned: () => t("vocab-case-status-imprisoned"),
  released: () => t("vocab-case-status-released"),
  acquitted: () => t("vocab-case-status-acquitted"),
  restricted: () => t("vocab-case-status-restricted"),
  in_exile: () => t("vocab-case-status-in-exile"),
  deceased: () => t("vocab-case-status-deceased"),
  closed: () => t("vocab-case-status-closed"),
});
export const consentLabel: Record<Consent, string> = words({
  named: () => t("vocab-consent-named"),
  anonymised: () => t("vocab-consent-anonymised"),
  internal: () => t("vocab-consent-internal"),
});
export const commitmentKindLabel: Record<CommitmentKind, string> = words({
  pledge: () => t("vocab-commitment-kind-pledge"),
  legal_obligation: () => t("vocab-commitment-kind-legal-obligation"),
  accepted_recommendation: () => t("vocab-commitment-kind-accepted-recommendation"),
  recommendation: () => t("vocab-commitment-kind-recommendation"),
  statement: () => t("vocab-commitment-kind-statement"),
});
export const sourceKindLabel: Record<SourceKind, string> = words({
  report: () => t("vocab-source-kind-report"),
  statement: () => t("vocab-source-kind-statement"),
  resolution: () => t("vocab-source-kind-resolution"),
  news: () => t("vocab-source-kind-news"),
  legal_text: () => t("vocab-source-kind-legal-text"),
  observation_report: () => t("vocab-source-kind-observation-report"),
  other: () => t("vocab-source-kind-other"),
});
export const audienceLabel: Record<Audience, string> = words({
  external: () => t("vocab-audience-external"),
  internal: () => t("vocab-audience-internal"),
});
/** The audience in a word, inside a sentence: "external", "internal". */
export const audienceShort: Record<Audience, string> = words({
  external: () => t("vocab-audience-short-external"),
  internal: () => t("vocab-audience-short-internal"),
});
export const paperLabel: Record<Paper, string> = words({
  a4: () => t("vocab-paper-a4"),
  letter: () => t("vocab-paper-letter"),
});
export const askRaisedLabel: Record<AskRaised, string> = words({
  raised: () => t("vocab-ask-raised-raised"),
  partly_raised: () => t("vocab-ask-raised-partly-raised"),
  not_raised: () => t("vocab-ask-raised-not-raised"),
  unknown: () => t("vocab-ask-raised-unknown"),
});
export const kindLabel: Record<Kind, string> = words({
  negotiation: () => t("vocab-kind-negotiation"),
  round: () => t("vocab-kind-round"),
  concern_area: () => t("vocab-kind-concern-area"),
  benchmark: () => t("vocab-kind-benchmark"),
  assessment: () => t("vocab-kind-assessment"),
  commitment: () => t("vocab-kind-commitment"),
  incident: () => t("vocab-kind-incident"),
  ask: () => t("vocab-kind-ask"),
  round_outcome: () => t("vocab-kind-round-outcome"),
  ask_result: () => t("vocab-kind-ask-result"),
  case: () => t("vocab-kind-case"),
  case_entry: () => t("vocab-kind-case-entry"),
  source: () => t("vocab-kind-source"),
  pack: () => t("vocab-kind-pack"),
});
export const kindPlural: Record<Kind, string> = words({
  negotiation: () => t("vocab-kinds-negotiation"),
  round: () => t("vocab-kinds-round"),
  concern_area: () => t("vocab-kinds-concern-area"),
  benchmark: () => t("vocab-kinds-benchmark"),
  assessment: () => t("vocab-kinds-assessment"),
  commitment: () => t("vocab-kinds-commitment"),
  incident: () => t("vocab-kinds-incident"),
  ask: () => t("vocab-kinds-ask"),
  round_outcome: () => t("vocab-kinds-round-outcome"),
  ask_result: () => t("vocab-kinds-ask-result"),
  case: () => t("vocab-kinds-case"),
  case_entry: () => t("vocab-kinds-case-entry"),
  source: () => t("vocab-kinds-source"),
  pack: () => t("vocab-kinds-pack"),
});

/** "1 negotiation", "4 rounds"; "1 раунд", "4 раунда". */
export function countOf(kind: Kind, count: number): string {
  const counts: Record<Kind, () => string> = {
    negotiation: () => t("counts-negotiations", { count }),
    round: () => t("counts-rounds", { count }),
    concern_area: () => t("counts-concern-areas", { count }),
    benchmark: () => t("counts-benchmarks", { count }),
    assessment: () => t("counts-assessments", { count }),
    commitment: () => t("counts-commitments", { count }),
    incident: () => t("counts-incidents", { count }),
    ask: () => t("counts-asks", { count }),
    round_outcome: () => t("counts-round-outcomes", { count }),
    ask_result: () => t("counts-ask-results", { count }),
    case: () => t("counts-cases", { count }),
    case_entry: () => t("counts-case-entries", { count }),
    source: () => t("counts-sources", { count }),
    pack: () => t("counts-packs", { count }),
  };
  return counts[kind]();
}

/** Options for a select from a label table. */
export function optionsOf<T extends string>(labels: Record<T, string>) {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

/** The incident fields a spreadsheet column can fill, in the order the mapping offers them. */
export const incidentFieldLabel: Record<IncidentField, string> = words({
  title: () => t("vocab-incident-field-title"),
  date: () => t("vocab-incident-field-date"),
  location: () => t("vocab-incident-field-location"),
  summary: () => t("vocab-incident-field-summary"),
  people: () => t("vocab-incident-field-people"),
  area: () => t("vocab-incident-field-area"),
  benchmark: () => t("vocab-incident-field-benchmark"),
  verification: () => t("vocab-incident-field-verification"),
  sensitivity: () => t("vocab-incident-field-sensitivity"),
  source_url: () => t("vocab-incident-field-source-url"),
  source_title: () => t("vocab-incident-field-source-title"),
  id: () => t("vocab-incident-field-id"),
  language: () => t("vocab-incident-field-language"),
});
export const rowActionLabel: Record<RowAction, string> = words({
  create: () => t("vocab-row-action-create"),
  update: () => t("vocab-row-action-update"),
  unchanged: () => t("vocab-row-action-unchanged"),
  keep: () => t("vocab-row-action-keep"),
  invalid: () => t("vocab-row-action-invalid"),
});
export const choiceLabel: Record<Choice, string> = words({
  keep_mine: () => t("vocab-choice-keep-mine"),
  take_theirs: () => t("vocab-choice-take-theirs"),
  take_theirs_keep_restricted: () => t("vocab-choice-take-theirs-keep-restricted"),
  keep_both: () => t("vocab-choice-keep-both"),
});
export const separatorLabel: Record<string, string> = words({
  ",": () => t("vocab-separator-comma"),
  ";": () => t("vocab-separator-semicolon"),
  "\t": () => t("vocab-separator-tab"),
});
