import { describe, expect, it } from "vitest";
import type { Ask } from "../bindings/Ask";
import type { AskResult } from "../bindings/AskResult";
import type { ConcernArea } from "../bindings/ConcernArea";
import type { Round } from "../bindings/Round";
import { askOfField, asksOfRound, outcomeId, resultId, resultsToSave, rowsFor, tally, unchosenSensitivity } from "./outcomes";

const round: Round = { id: "r2", negotiation_id: "neg", title: "Round 2", starts_on: "2012-01-24", status: "held" };
const areas: ConcernArea[] = [
  { id: "media", title: "Media", negotiation_id: "neg", position: 2 },
  { id: "zhanaozen", title: "Zhanaozen", negotiation_id: "neg", position: 1 },
  { id: "elsewhere", title: "Elsewhere", negotiation_id: "other" },
];
const ask = (id: string, concern_area_id: string, extra: Partial<Ask> = {}): Ask => ({ id, concern_area_id, text: id, ...extra });
const asks = [
  ask("media-law", "media", { position: 1 }),
  ask("zh-trials", "zhanaozen", { round_id: "r3" }),
  ask("zh-inquiry", "zhanaozen"),
  ask("far", "elsewhere"),
  ask("media-own", "media", { round_id: "r2" }),
];
const result = (ask_id: string, r: AskResult["result"], extra: Partial<AskResult> = {}): AskResult => ({
  id: `res-${ask_id}`,
  outcome_id: "o",
  ask_id,
  result: r,
  sensitivity: "public",
  ...extra,
});

describe("the asks of a round", () => {
  it("are its own, then the standing asks of its negotiation's areas in their order", () => {
    expect(asksOfRound(round, asks, areas).map((a) => a.id)).toEqual(["media-own", "zh-inquiry", "media-law"]);
  });
});

describe("the tally of an outcome", () => {
  it("counts each result", () => {
    const t = tally([result("a", "raised"), result("b", "partly_raised"), result("c", "not_raised"), result("d", "unknown"), result("e", "raised")]);
    expect(t).toEqual({ raised: 2, partly: 1, notRaised: 1, unknown: 1, total: 5 });
    expect(tally([])).toEqual({ raised: 0, partly: 0, notRaised: 0, unknown: 0, total: 0 });
  });
});

describe("saving the checklist", () => {
  const existing = [result("media-own", "raised", { evidence: "Said so." }), result("zh-inquiry", "unknown")];

  it("starts from what was recorded, keeping an ask recorded earlier that no longer counts", () => {
    const rows = rowsFor(asksOfRound(round, asks, areas), [...existing, result("gone", "raised")]);
    expect(rows.map((r) => [r.ask_id, r.result])).toEqual([
      ["media-own", "raised"],
      ["zh-inquiry", "unknown"],
      ["media-law", ""],
      ["gone", "raised"],
    ]);
    expect(rows[0].evidence).toBe("Said so.");
  });

  it("gives the core the results the outcome keeps: edited, new, and none taken back", () => {
    const kept = [
      result("media-own", "raised", { evidence: "Said so.", source_ids: ["src"], translations: { ru: { evidence: "Сказали." } } }),
      result("zh-inquiry", "unknown"),
    ];
    const rows = rowsFor(asksOfRound(round, asks, areas), kept);
    rows[0].evidence = "Said so.  "; // trimmed
    rows[0].result = "partly_raised";
    rows[1].result = ""; // taken back: left out, so the core deletes it
    rows[2] = { ...rows[2], result: "not_raised", sensitivity: "", evidence: "" };
    const saved = resultsToSave(rows, kept, "o", "r2");
    expect(saved).toEqual([
      // An earlier result keeps its id and what the form does not show.
      { ...kept[0], result: "partly_raised", evidence: "Said so." },
      // A new one gets the ask's stable id; a sensitivity not chosen is never public.
      { id: "result-r2-media-law", outcome_id: "o", ask_id: "media-law", result: "not_raised", evidence: undefined, sensitivity: "restricted" },
    ]);
    expect(saved.some((r) => r.ask_id === "zh-inquiry")).toBe(false);
    expect(resultsToSave(rowsFor([], []), [], "o", "r2")).toEqual([]);
  });

  it("puts a refused result's problem beside its ask", () => {
    const saved = [result("media-own", "raised"), result("media-law", "raised")];
    expect(askOfField("results[1].evidence", saved)).toBe("media-law");
    expect(askOfField("results[0].ask_id", saved)).toBe("media-own");
    expect(askOfField("results[7].evidence", saved)).toBeNull();
    expect(askOfField("statement_url", saved)).toBeNull();
    expect(askOfField(undefined, saved)).toBeNull();
  });

  it("asks who may see a result before saving it", () => {
    const rows = rowsFor(asksOfRound(round, asks, areas), []);
    rows[0].result = "raised";
    expect(unchosenSensitivity(rows)).toEqual(["media-own"]);
    rows[0].sensitivity = "public";
    expect(unchosenSensitivity(rows)).toEqual([]);
  });
});

describe("ids of outcomes and results", () => {
  it("are the same in every library, and valid ids however long the round's", () => {
    expect(outcomeId("round-eu-kz-2")).toBe("outcome-round-eu-kz-2");
    expect(resultId("round-eu-kz-2", "ask-media-law")).toBe("result-round-eu-kz-2-ask-media-law");
    const long = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    const a = resultId(long, long);
    expect(a).toMatch(/^result-[0-9a-f]{16}$/);
    expect(resultId(long, long)).toBe(a);
    expect(resultId(long, `${long.slice(0, -1)}c`)).not.toBe(a);
    expect(outcomeId(`${long}${long}`).length).toBeLessThanOrEqual(64);
  });
});
