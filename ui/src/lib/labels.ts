// Words the UI shows for the core's vocabularies.
import type { AssessmentStatus } from "../bindings/AssessmentStatus";
import type { Audience } from "../bindings/Audience";
import type { Choice } from "../bindings/Choice";
import type { CommitmentKind } from "../bindings/CommitmentKind";
import type { IncidentField } from "../bindings/IncidentField";
import type { Kind } from "../bindings/Kind";
import type { Paper } from "../bindings/Paper";
import type { RoundStatus } from "../bindings/RoundStatus";
import type { RowAction } from "../bindings/RowAction";
import type { Sensitivity } from "../bindings/Sensitivity";
import type { SourceKind } from "../bindings/SourceKind";
import type { Verification } from "../bindings/Verification";

export const statusLabel: Record<AssessmentStatus, string> = {
  not_met: "Not met",
  partially_met: "Partially met",
  met: "Met",
  regressed: "Regressed",
};
export const roundStatusLabel: Record<RoundStatus, string> = {
  scheduled: "Scheduled",
  held: "Held",
  cancelled: "Cancelled",
};
export const verificationLabel: Record<Verification, string> = {
  confirmed: "Confirmed",
  credible: "Credible",
  unverified: "Unverified",
};
export const sensitivityLabel: Record<Sensitivity, string> = {
  public: "Public",
  restricted: "Restricted",
};
export const commitmentKindLabel: Record<CommitmentKind, string> = {
  pledge: "Pledge",
  legal_obligation: "Legal obligation",
  accepted_recommendation: "Accepted recommendation",
  recommendation: "Recommendation",
  statement: "Statement",
};
export const sourceKindLabel: Record<SourceKind, string> = {
  report: "Report",
  statement: "Statement",
  resolution: "Resolution",
  news: "News",
  legal_text: "Legal text",
  observation_report: "Observation report",
  other: "Other",
};
export const audienceLabel: Record<Audience, string> = {
  external: "External — for officials",
  internal: "Internal — team only",
};
export const paperLabel: Record<Paper, string> = { a4: "A4", letter: "Letter" };
export const kindLabel: Record<Kind, string> = {
  negotiation: "Negotiation",
  round: "Round",
  concern_area: "Concern area",
  benchmark: "Benchmark",
  assessment: "Assessment",
  commitment: "Commitment",
  incident: "Incident",
  ask: "Ask",
  source: "Source",
  pack: "Pack",
};
export const kindPlural: Record<Kind, string> = {
  negotiation: "Negotiations",
  round: "Rounds",
  concern_area: "Concern areas",
  benchmark: "Benchmarks",
  assessment: "Assessments",
  commitment: "Commitments",
  incident: "Incidents",
  ask: "Asks",
  source: "Sources",
  pack: "Packs",
};

/** "1 negotiation", "4 rounds". */
export function countOf(kind: Kind, n: number): string {
  return `${n} ${(n === 1 ? kindLabel[kind] : kindPlural[kind]).toLowerCase()}`;
}

/** Options for a select from a label table. */
export function optionsOf<T extends string>(labels: Record<T, string>) {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

/** The incident fields a spreadsheet column can fill, in the order the mapping offers them. */
export const incidentFieldLabel: Record<IncidentField, string> = {
  title: "Title",
  date: "Date",
  location: "Place",
  summary: "Summary",
  people: "People and organisations",
  area: "Concern areas",
  benchmark: "Benchmarks",
  verification: "Verification",
  sensitivity: "Sensitivity",
  source_url: "Source web addresses",
  source_title: "Source title",
  id: "Incident id",
  language: "Language of the text",
};
export const rowActionLabel: Record<RowAction, string> = {
  create: "New",
  update: "Updated",
  unchanged: "Unchanged",
  keep: "Kept as in the library",
  invalid: "Has problems",
};
export const choiceLabel: Record<Choice, string> = {
  keep_mine: "Keep mine",
  take_theirs: "Take theirs",
  take_theirs_keep_restricted: "Take theirs, keep it restricted",
  keep_both: "Keep both",
};
export const separatorLabel: Record<string, string> = {
  ",": "comma (,)",
  ";": "semicolon (;)",
  "\t": "tab",
};
