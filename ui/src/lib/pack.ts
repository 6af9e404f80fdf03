// The pack builder's logic: the selection sent to the core, and what became of each item.
import type { Audience } from "../bindings/Audience";
import type { ItemRef } from "../bindings/ItemRef";
import type { PackPreview } from "../bindings/PackPreview";
import type { Selection } from "../bindings/Selection";

export type ItemState = "included" | "excluded" | "withheld";

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
  };
}

/** Whether an item the selection could pull in is in the pack, left out, or withheld. */
export function itemState(preview: PackPreview, excluded: ItemRef[], kind: ItemRef["kind"], id: string): ItemState {
  if (excluded.some((x) => x.kind === kind && x.id === id)) return "excluded";
  const p = preview.pack;
  const present =
    kind === "incident"
      ? p.incidents.some((i) => i.id === id)
      : kind === "commitment"
        ? p.commitments.some((c) => c.id === id)
        : kind === "ask"
          ? p.areas.some((a) => a.asks.some((x) => x.id === id))
          : true;
  return present ? "included" : "withheld";
}
