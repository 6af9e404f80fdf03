import { describe, expect, it } from "vitest";
import type { ImportPlan } from "../bindings/ImportPlan";
import type { PlanItem } from "../bindings/PlanItem";
import { choicesFor, choosable, fieldLabel, fieldText, resolutionsOf, undecided } from "./merge";

const incident = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: "incident" as const,
  record: { id: "inc-1", title, occurred_on: "2011-12-16", sensitivity: "public" as const, ...extra },
});

const item = (over: Partial<PlanItem>): PlanItem => ({
  kind: "incident",
  id: "inc-1",
  label: "Strike",
  action: "conflict",
  reason: "",
  default_choice: "keep_mine",
  mine: incident("Strike"),
  theirs: incident("Strike in Zhanaozen"),
  changed_fields: ["title"],
  keep_both_allowed: true,
  lowers_sensitivity: false,
  ...over,
});

const plan = (items: PlanItem[]): ImportPlan => ({
  exported_by: "NHC",
  exported_at: null,
  last_exchange: null,
  inserts: 0,
  updates: 0,
  unchanged: 0,
  kept_mine: 0,
  conflicts: 0,
  per_kind: {},
  items,
});

describe("the merge preview", () => {
  it("names fields for readers", () => {
    expect(fieldLabel("occurred_on")).toBe("Date");
    expect(fieldLabel("concern_area_ids")).toBe("Concern areas");
    expect(fieldLabel("made_up_field")).toBe("Made up field");
    expect(fieldLabel("other_names")).toBe("Other spellings");
    expect(fieldLabel("case_id")).toBe("Case");
  });

  it("shows a case's timeline entry: its date for readers, its case by name", () => {
    const entry = {
      kind: "case_entry" as const,
      record: { id: "e1", case_id: "case-1", date: "2012-03-15", status: "released" as const },
    };
    const titles = new Map([["case-1", "Igor Test-Case"]]);
    expect(fieldText(entry, "date", titles)).toBe("15 Mar 2012");
    expect(fieldText(entry, "case_id", titles)).toBe("Igor Test-Case");
  });

  it("shows both versions: dates for readers, links by title, lists joined, empty as a dash", () => {
    const titles = new Map([["area-1", "Media freedoms"]]);
    const v = incident("T", { concern_area_ids: ["area-1", "area-x"], people: ["a", "b"] });
    expect(fieldText(v, "occurred_on", titles)).toBe("16 Dec 2011");
    expect(fieldText(v, "concern_area_ids", titles)).toBe("Media freedoms; area-x");
    expect(fieldText(v, "people", titles)).toBe("a; b");
    expect(fieldText(v, "summary", titles)).toBe("—");
    expect(fieldText(null, "title", titles)).toBe("—");
  });

  it("groups conflicts first and sends only the choices that differ from the defaults", () => {
    const p = plan([
      item({ id: "a", action: "update", default_choice: "take_theirs" }),
      item({ id: "b" }),
      item({ id: "c", action: "insert", default_choice: null, mine: null }),
      item({ id: "d", action: "keep_mine" }),
    ]);
    const g = choosable(p);
    expect(g.conflicts.map((i) => i.id)).toEqual(["b"]);
    expect(g.updates.map((i) => i.id)).toEqual(["a"]);
    expect(g.keptMine.map((i) => i.id)).toEqual(["d"]);
    expect(g.inserts.map((i) => i.id)).toEqual(["c"]);
    expect(resolutionsOf(p, { "incident/b": "take_theirs", "incident/a": "take_theirs", "incident/c": "keep_both" })).toEqual({
      choices: [{ kind: "incident", id: "b", choice: "take_theirs" }],
    });
  });
});

describe("records that would become public", () => {
  const lowering = item({ id: "r", action: "conflict", default_choice: "take_theirs_keep_restricted", lowers_sensitivity: true });
  const plan = { items: [lowering] } as unknown as ImportPlan;

  it("offer keeping them restricted, and wait for a choice", () => {
    expect(choicesFor(lowering)).toEqual(["keep_mine", "take_theirs_keep_restricted", "take_theirs"]);
    expect(undecided(plan, {}).map((i) => i.id)).toEqual(["r"]);
    expect(undecided(plan, { "incident/r": "take_theirs_keep_restricted" })).toEqual([]);
  });

  it("send an explicit choice to make them public", () => {
    expect(resolutionsOf(plan, { "incident/r": "take_theirs" }).choices).toEqual([
      { kind: "incident", id: "r", choice: "take_theirs" },
    ]);
    expect(resolutionsOf(plan, { "incident/r": "take_theirs_keep_restricted" }).choices).toEqual([]);
  });
});
