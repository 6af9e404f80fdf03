// A round's outcome on its page: the asks it is recorded against, the tally of results
// ("raised 3 of 5"), and the results the outcome form gives the core to save.
import type { Ask } from "../bindings/Ask";
import type { AskRaised } from "../bindings/AskRaised";
import type { AskResult } from "../bindings/AskResult";
import type { ConcernArea } from "../bindings/ConcernArea";
import type { Round } from "../bindings/Round";
import type { RoundOutcome } from "../bindings/RoundOutcome";
import type { Sensitivity } from "../bindings/Sensitivity";

/** The asks of a round: its own, then the standing asks of its negotiation's areas, in the
 *  areas' order and each area's own. */
export function asksOfRound(round: Round, asks: Ask[], areas: ConcernArea[]): Ask[] {
  const areaOrder = new Map(
    [...areas]
      .filter((a) => !a.negotiation_id || a.negotiation_id === round.negotiation_id)
      .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || a.title.localeCompare(b.title))
      .map((a, i) => [a.id, i]),
  );
  const inArea = (a: Ask) => areaOrder.has(a.concern_area_id);
  const order = (a: Ask, b: Ask) =>
    (areaOrder.get(a.concern_area_id) ?? 0) - (areaOrder.get(b.concern_area_id) ?? 0) ||
    (a.position ?? Infinity) - (b.position ?? Infinity) ||
    a.id.localeCompare(b.id);
  const own = asks.filter((a) => a.round_id === round.id).sort(order);
  const standing = asks.filter((a) => !a.round_id && inArea(a)).sort(order);
  return [...own, ...standing];
}

/** The outcome recorded for a round, if any (there is at most one). */
export function outcomeOf(roundId: string, outcomes: RoundOutcome[]): RoundOutcome | null {
  return outcomes.find((o) => o.round_id === roundId) ?? null;
}

/** How many asks the EU raised, partly raised, did not raise, or nobody knows. */
export type Tally = { raised: number; partly: number; notRaised: number; unknown: number; total: number };

export function tally(results: Pick<AskResult, "result">[]): Tally {
  const t: Tally = { raised: 0, partly: 0, notRaised: 0, unknown: 0, total: results.length };
  for (const r of results) {
    if (r.result === "raised") t.raised++;
    else if (r.result === "partly_raised") t.partly++;
    else if (r.result === "not_raised") t.notRaised++;
    else t.unknown++;
  }
  return t;
}

/** A row of the outcome form's checklist: no result chosen ("") records nothing. */
export type ResultRow = { ask_id: string; result: AskRaised | ""; evidence: string; sensitivity: Sensitivity | "" };

export function rowsFor(asks: Ask[], results: AskResult[]): ResultRow[] {
  const byAsk = new Map(results.map((r) => [r.ask_id, r]));
  // An ask recorded earlier that no longer counts as the round's stays on the list.
  const shown = [...asks.map((a) => a.id), ...results.map((r) => r.ask_id).filter((id) => !asks.some((a) => a.id === id))];
  return shown.map((ask_id) => {
    const r = byAsk.get(ask_id);
    return { ask_id, result: r?.result ?? "", evidence: r?.evidence ?? "", sensitivity: r?.sensitivity ?? "" };
  });
}

/** The rows given a result whose sensitivity is still to be chosen (it has no default). */
export function unchosenSensitivity(rows: ResultRow[]): string[] {
  return rows.filter((r) => r.result && !r.sensitivity).map((r) => r.ask_id);
}

/** The results the outcome keeps once the checklist is saved, for the core to write in one
 *  go (`saveOutcome`): a result recorded earlier keeps its id and what the form does not
 *  show (sources, translations), with the row's choices; a new one gets the ask's stable
 *  id; a result taken back is left out, and the core deletes it. */
export function resultsToSave(rows: ResultRow[], existing: AskResult[], outcomeId: string, roundId: string): AskResult[] {
  const byAsk = new Map(existing.map((r) => [r.ask_id, r]));
  const out: AskResult[] = [];
  for (const row of rows) {
    if (!row.result) continue;
    const old = byAsk.get(row.ask_id);
    const evidence = row.evidence.trim() || undefined;
    const sensitivity = (row.sensitivity || "restricted") as Sensitivity;
    out.push(
      old
        ? { ...old, result: row.result, evidence, sensitivity }
        : { id: resultId(roundId, row.ask_id), outcome_id: outcomeId, ask_id: row.ask_id, result: row.result, evidence, sensitivity },
    );
  }
  return out;
}

/** The ask whose result a refused field names (`results[2].evidence`), in the list given
 *  to `saveOutcome`; null for a field of the outcome itself. */
export function askOfField(field: string | undefined, saved: Pick<AskResult, "ask_id">[]): string | null {
  const m = /^results\[(\d+)\]/.exec(field ?? "");
  return m ? (saved[Number(m[1])]?.ask_id ?? null) : null;
}

const ID_MAX = 64;

/** The id of a round's outcome: the same in every library, so that two colleagues who
 *  record the outcome of one round merge one record (empty: the core makes one up). */
export function outcomeId(roundId: string): string {
  const id = `outcome-${roundId}`;
  return id.length <= ID_MAX ? id : `outcome-${hash(roundId)}`;
}

/** The id of the result for one ask at one round, the same in every library. */
export function resultId(roundId: string, askId: string): string {
  const id = `result-${roundId}-${askId}`;
  return id.length <= ID_MAX ? id : `result-${hash(`${roundId}\u0000${askId}`)}`;
}

/** A short, stable hash (cyrb53), in hexadecimal. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}
