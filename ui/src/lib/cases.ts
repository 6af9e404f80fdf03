// Cases and their status timelines, as the Cases screen shows them: a case's entries newest
// first, where it stands now (its latest entry by date), and the list's filters. Dates are
// compared in their stored form (`2012-01`, `2012-03-15`, ranges), as the tables sort them.
import type { Case } from "../bindings/Case";
import type { CaseEntry } from "../bindings/CaseEntry";
import type { CaseStatus } from "../bindings/CaseStatus";
import type { Consent } from "../bindings/Consent";
import { compareFuzzy, compareText } from "./sort";

/**
 * Oldest first, in the pack's order (`pack/cases.rs`): by the first day a date can mean,
 * then the last ("2012-01" before "2012-01-15"), then by id, so that entries of the same
 * date keep one order and the pack and the screen agree on where a case stands.
 */
function byDate(a: CaseEntry, b: CaseEntry): number {
  return compareFuzzy(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A case's timeline, newest first. */
export function timelineOf(entries: readonly CaseEntry[], caseId: string): CaseEntry[] {
  return entries
    .filter((e) => e.case_id === caseId)
    .sort(byDate)
    .reverse();
}

/** Where each case stands now: its latest entry by date, by case id (cases without entries are absent). */
export function currentEntries(entries: readonly CaseEntry[]): Map<string, CaseEntry> {
  const current = new Map<string, CaseEntry>();
  for (const entry of entries) {
    const held = current.get(entry.case_id);
    if (!held || byDate(entry, held) >= 0) current.set(entry.case_id, entry);
  }
  return current;
}

/** Where one case stands now, if its timeline has an entry. */
export function currentEntry(entries: readonly CaseEntry[], caseId: string): CaseEntry | undefined {
  return currentEntries(entries.filter((e) => e.case_id === caseId)).get(caseId);
}

/** The Cases screen's filters; unset ones let every case through. */
export type CaseFilter = {
  /** The current status; `none`: cases whose timeline is still empty. */
  status?: CaseStatus | "none" | "";
  /** A concern area the case is linked to. */
  area?: string;
  consent?: Consent | "";
  /** The ids a text search found (`null`: no text typed). */
  matches?: Set<string> | null;
};

/** The cases the filters let through, by name. */
export function filterCases(cases: readonly Case[], current: Map<string, CaseEntry>, filter: CaseFilter): Case[] {
  return cases
    .filter((c) => {
      if (filter.matches && !filter.matches.has(c.id)) return false;
      if (filter.area && !(c.concern_area_ids ?? []).includes(filter.area)) return false;
      if (filter.consent && c.consent !== filter.consent) return false;
      if (filter.status === "none") return !current.has(c.id);
      if (filter.status && current.get(c.id)?.status !== filter.status) return false;
      return true;
    })
    .sort((a, b) => compareText(a.name, b.name));
}
