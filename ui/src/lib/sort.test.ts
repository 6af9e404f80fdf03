import { describe, expect, it } from "vitest";
import { byPosition, compareFuzzy, sortBy } from "./sort";

describe("compareFuzzy", () => {
  it("orders partial dates and ranges by their first, then last day", () => {
    const dates = ["2012-03", "2011-12-16/2011-12-17", "2012", "2011-12-16", "2012-01-28"];
    expect([...dates].sort(compareFuzzy)).toEqual([
      "2011-12-16",
      "2011-12-16/2011-12-17",
      "2012",
      "2012-01-28",
      "2012-03",
    ]);
  });
});

describe("sortBy", () => {
  const rows = [
    { t: "b", d: "2012-02" },
    { t: "a", d: undefined },
    { t: "c", d: "2011" },
  ];
  it("sorts both ways with missing keys last", () => {
    expect(sortBy(rows, (r) => r.d, "asc", compareFuzzy).map((r) => r.t)).toEqual(["c", "b", "a"]);
    expect(sortBy(rows, (r) => r.d, "desc", compareFuzzy).map((r) => r.t)).toEqual(["b", "c", "a"]);
  });
  it("compares text like a reader (case, accents, numbers)", () => {
    const names = [{ n: "Round 10" }, { n: "round 2" }, { n: "Éa" }, { n: "eb" }];
    expect(sortBy(names, (r) => r.n).map((r) => r.n)).toEqual(["Éa", "eb", "round 2", "Round 10"]);
  });
  it("keeps the original order of ties", () => {
    const ties = [{ k: 1, i: 0 }, { k: 1, i: 1 }, { k: 0, i: 2 }];
    expect(sortBy(ties, (r) => r.k).map((r) => r.i)).toEqual([2, 0, 1]);
  });
});

describe("byPosition", () => {
  it("puts positioned records first, then by title", () => {
    const items = [{ title: "Z" }, { title: "B", position: 2 }, { title: "A" }, { title: "C", position: 1 }];
    expect(byPosition(items).map((i) => i.title)).toEqual(["C", "B", "A", "Z"]);
  });
});
