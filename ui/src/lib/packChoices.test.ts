import { beforeEach, describe, expect, it } from "vitest";
import { forgetChoices, lastRound, recalledChoice, rememberChoice, type PackChoice } from "./packChoices";

const choice = (): PackChoice => ({
  audience: "internal",
  paper: "letter",
  language: "ru",
  since: "2012-01-01",
  areaIds: ["area-a", "area-gone"],
  benchmarkIds: ["bm-a", "bm-gone"],
  excluded: [{ kind: "incident", id: "inc-1" }],
});
const exists = { area: (id: string) => id !== "area-gone", benchmark: (id: string) => id !== "bm-gone" };

describe("the pack builder's choices", () => {
  beforeEach(forgetChoices);

  it("come back per round, without records deleted since", () => {
    rememberChoice("round-3", choice());
    expect(lastRound()).toBe("round-3");
    const back = recalledChoice("round-3", exists)!;
    expect(back.audience).toBe("internal");
    expect(back.paper).toBe("letter");
    expect(back.language).toBe("ru");
    expect(back.since).toBe("2012-01-01");
    expect(back.areaIds).toEqual(["area-a"]);
    expect(back.benchmarkIds).toEqual(["bm-a"]);
    expect(back.excluded).toEqual([{ kind: "incident", id: "inc-1" }]);
    expect(recalledChoice("round-4", exists)).toBeNull();
  });

  it("are copies: changing what came back changes nothing kept", () => {
    const c = choice();
    rememberChoice("round-3", c);
    c.areaIds.push("area-b");
    recalledChoice("round-3", exists)!.areaIds.push("area-c");
    expect(recalledChoice("round-3", exists)!.areaIds).toEqual(["area-a"]);
  });

  it("are forgotten when the library locks", () => {
    rememberChoice("round-3", choice());
    forgetChoices();
    expect(recalledChoice("round-3", exists)).toBeNull();
    expect(lastRound()).toBeNull();
  });
});
