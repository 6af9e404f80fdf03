// The pack builder's choices per round, kept while the app runs: an advocate who leaves
// the builder to fix a record comes back to the same round, audience, paper, language,
// areas, benchmarks, items left out and "recent since" — not to the defaults, which could
// send the wrong audience's pack. Forgotten when the library locks.
import type { Audience } from "../bindings/Audience";
import type { ItemRef } from "../bindings/ItemRef";
import type { Language } from "../bindings/Language";
import type { Paper } from "../bindings/Paper";

export type PackChoice = {
  audience: Audience;
  paper: Paper;
  language: Language;
  since: string;
  areaIds: string[];
  benchmarkIds: string[];
  excluded: ItemRef[];
};

const byRound = new Map<string, PackChoice>();
let last: string | null = null;

/** Keeps `choice` (plain data, not a reactive proxy) as the builder's state for `roundId`. */
export function rememberChoice(roundId: string, choice: PackChoice) {
  byRound.set(roundId, structuredClone(choice));
  last = roundId;
}

/** The choices last made for `roundId`, limited to the areas and benchmarks that still exist. */
export function recalledChoice(
  roundId: string,
  exists: { area: (id: string) => boolean; benchmark: (id: string) => boolean },
): PackChoice | null {
  const saved = byRound.get(roundId);
  if (!saved) return null;
  const choice = structuredClone(saved);
  choice.areaIds = choice.areaIds.filter(exists.area);
  choice.benchmarkIds = choice.benchmarkIds.filter(exists.benchmark);
  return choice;
}

/** The round the builder showed last, if any. */
export const lastRound = () => last;

export function forgetChoices() {
  byRound.clear();
  last = null;
}
