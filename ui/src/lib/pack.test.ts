import { describe, expect, it } from "vitest";
import { compareOf, compareValue, selectionOf } from "./pack";

const benchmarks: Record<string, string[]> = { a1: ["b1", "b2"], a2: ["b3"] };
const base = {
  roundId: "r3",
  audience: "external" as const,
  allAreaIds: ["a1", "a2"],
  benchmarksOf: (id: string) => benchmarks[id] ?? [],
  since: "",
  excluded: [],
  language: "en" as const,
};

describe("selectionOf", () => {
  it("sends empty lists for 'everything'", () => {
    const s = selectionOf({ ...base, areaIds: ["a2", "a1"], benchmarkIds: ["b1", "b2", "b3"] });
    expect(s).toEqual({ round_id: "r3", audience: "external", concern_area_ids: [], benchmark_ids: [], since: undefined, excluded: [], language: "en", compare: "last_briefing" });
  });

  it("names the areas and benchmarks when some are left out, in the areas' order", () => {
    const s = selectionOf({ ...base, areaIds: ["a1"], benchmarkIds: ["b2", "b1", "b3"] });
    expect(s.concern_area_ids).toEqual(["a1"]);
    expect(s.benchmark_ids).toEqual([]);
    const t = selectionOf({ ...base, areaIds: ["a1", "a2"], benchmarkIds: ["b3", "b1"] });
    expect(t.concern_area_ids).toEqual([]);
    expect(t.benchmark_ids).toEqual(["b1", "b3"]);
  });

  it("drops benchmarks of areas that are not ticked and keeps the since date", () => {
    const s = selectionOf({ ...base, areaIds: ["a2"], benchmarkIds: ["b1", "b3"], since: "2012-01-24" });
    expect(s.concern_area_ids).toEqual(["a2"]);
    expect(s.benchmark_ids).toEqual([]);
    expect(s.since).toBe("2012-01-24");
  });
});

describe("compare choice", () => {
  it("goes to a select value and back", () => {
    for (const c of ["last_briefing", "nothing", { pack: "01a2-b3" }] as const) {
      expect(compareOf(compareValue(c))).toEqual(c);
    }
    expect(compareValue({ pack: "x" })).toBe("pack:x");
    expect(compareOf("garbage")).toBe("last_briefing");
  });
});
