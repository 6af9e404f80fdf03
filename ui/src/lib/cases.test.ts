import { describe, expect, it } from "vitest";
import type { Case } from "../bindings/Case";
import type { CaseEntry } from "../bindings/CaseEntry";
import { currentEntries, currentEntry, filterCases, timelineOf } from "./cases";

const entry = (id: string, case_id: string, date: string, status: CaseEntry["status"]): CaseEntry => ({ id, case_id, date, status });
const person = (id: string, name: string, extra: Partial<Case> = {}): Case => ({
  id,
  name,
  consent: "named",
  sensitivity: "public",
  ...extra,
});

describe("a case's timeline", () => {
  const entries = [
    entry("e1", "igor", "2012-03-15", "released"),
    entry("e2", "other", "2013", "closed"),
    entry("e3", "igor", "2012-01", "detained"),
    entry("e4", "igor", "2012-02-20", "charged"),
  ];

  it("lists its own entries, newest first", () => {
    expect(timelineOf(entries, "igor").map((e) => e.id)).toEqual(["e1", "e4", "e3"]);
    expect(timelineOf(entries, "nobody")).toEqual([]);
  });

  it("stands where its latest entry by date says, whatever the order they were typed in", () => {
    expect(currentEntry(entries, "igor")?.status).toBe("released");
    expect(currentEntry(entries, "other")?.status).toBe("closed");
    expect(currentEntry(entries, "nobody")).toBeUndefined();
    const now = currentEntries(entries);
    expect([...now.keys()].sort()).toEqual(["igor", "other"]);
    expect(now.get("igor")?.id).toBe("e1");
  });

  it("puts a month before the days of it (as the tables sort partial dates)", () => {
    const partial = [entry("day", "c", "2012-01-10", "charged"), entry("month", "c", "2012-01", "detained"), entry("year", "c", "2011", "at_risk")];
    expect(timelineOf(partial, "c").map((e) => e.id)).toEqual(["day", "month", "year"]);
    expect(currentEntry(partial, "c")?.id).toBe("day");
  });

  it("orders entries of the same date by id, as the pack does", () => {
    const sameDate = [
      entry("ce-2-restricted", "c", "2012-03-08", "restricted"),
      entry("ce-1-released", "c", "2012-03-08", "released"),
    ];
    expect(currentEntry(sameDate, "c")?.id).toBe("ce-2-restricted");
    expect(timelineOf(sameDate, "c").map((e) => e.id)).toEqual(["ce-2-restricted", "ce-1-released"]);
  });
});

describe("the Cases screen's filters", () => {
  const cases = [
    person("b", "Zhanna Baimukhanova", { consent: "anonymised", concern_area_ids: ["media"] }),
    person("a", "Aidos Sadykov", { concern_area_ids: ["labour", "media"] }),
    person("c", "Vadim Kuramshin", { consent: "internal" }),
  ];
  const current = currentEntries([entry("e1", "a", "2012-01", "detained"), entry("e2", "b", "2012-02", "released")]);
  const names = (list: Case[]) => list.map((c) => c.id);

  it("lists every case by name (Aidos, Vadim, Zhanna) when nothing is chosen", () => {
    expect(names(filterCases(cases, current, {}))).toEqual(["a", "c", "b"]);
  });

  it("narrow by current status, area, consent and the text search's hits", () => {
    expect(names(filterCases(cases, current, { status: "detained" }))).toEqual(["a"]);
    expect(names(filterCases(cases, current, { status: "none" }))).toEqual(["c"]);
    expect(names(filterCases(cases, current, { area: "media" }))).toEqual(["a", "b"]);
    expect(names(filterCases(cases, current, { consent: "anonymised" }))).toEqual(["b"]);
    expect(names(filterCases(cases, current, { area: "media", status: "released" }))).toEqual(["b"]);
    expect(names(filterCases(cases, current, { matches: new Set(["c", "a"]) }))).toEqual(["a", "c"]);
    expect(names(filterCases(cases, current, { matches: null, status: "", consent: "" }))).toEqual(["a", "c", "b"]);
  });
});
