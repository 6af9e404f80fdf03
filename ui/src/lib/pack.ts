// The pack builder's selection as the core takes it. (What became of each item — in the
// pack, left out, withheld — the core says in the preview.)
import type { Audience } from "../bindings/Audience";
import type { Compare } from "../bindings/Compare";
import type { ItemRef } from "../bindings/ItemRef";
import type { Language } from "../bindings/Language";
import type { Selection } from "../bindings/Selection";

/**
 * The selection for the core. Lists that hold everything are sent empty ("all"), so a
 * pack built for "every area" still covers an area added later.
 */
export function selectionOf(o: {
  roundId: string;
  audience: Audience;
  areaIds: string[];
  benchmarkIds: string[];
  allAreaIds: string[];
  benchmarksOf: (areaId: string) => string[];
  since: string;
  excluded: ItemRef[];
  language: Language;
  /** Which earlier pack the changes part compares with (default: our last briefing). */
  compare?: Compare;
}): Selection {
  const areas = o.allAreaIds.filter((id) => o.areaIds.includes(id));
  const everyArea = areas.length === o.allAreaIds.length;
  const possible = areas.flatMap(o.benchmarksOf);
  const benchmarks = possible.filter((id) => o.benchmarkIds.includes(id));
  const everyBenchmark = benchmarks.length === possible.length;
  return {
    round_id: o.roundId,
    audience: o.audience,
    concern_area_ids: everyArea ? [] : areas,
    benchmark_ids: everyBenchmark ? [] : benchmarks,
    since: o.since || undefined,
    excluded: o.excluded,
    language: o.language,
    compare: o.compare ?? "last_briefing",
  };
}

/** The compare choice as a `<select>` value, and back. */
export function compareValue(c: Compare): string {
  return typeof c === "string" ? c : `pack:${c.pack}`;
}
export function compareOf(value: string): Compare {
  if (value.startsWith("pack:")) return { pack: value.slice(5) };
  return value === "nothing" ? "nothing" : "last_briefing";
}
