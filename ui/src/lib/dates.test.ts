import { describe, expect, it } from "vitest";
import { bounds, dateSpan, daysBetween, formatDate, isExactDate, normaliseExactDate, normaliseFuzzyDate, today } from "./dates";

describe("normaliseFuzzyDate", () => {
  it.each([
    ["2012", "2012"],
    ["2012-01", "2012-01"],
    ["2012-1", "2012-01"],
    [" 2011-12-16 ", "2011-12-16"],
    ["2012-3-8", "2012-03-08"],
    ["16.12.2011", "2011-12-16"],
    ["1.2.2012", "2012-02-01"],
    ["12.2011", "2011-12"],
    ["16 Dec 2011", "2011-12-16"],
    ["16 December 2011", "2011-12-16"],
    ["16 dec. 2011", "2011-12-16"],
    ["December 16, 2011", "2011-12-16"],
    ["Jan 2012", "2012-01"],
    ["sept 2012", "2012-09"],
    ["2011-12-16/2011-12-17", "2011-12-16/2011-12-17"],
    ["2011-12-16 / 2011-12-17", "2011-12-16/2011-12-17"],
    ["2011-12-16 – 2011-12-17", "2011-12-16/2011-12-17"],
    ["2011-12-16 - 2011-12-17", "2011-12-16/2011-12-17"],
    ["16 Dec 2011 to 17 Dec 2011", "2011-12-16/2011-12-17"],
    ["from Dec 2011 until Mar 2012", "2011-12/2012-03"],
    ["2011/2012-03", "2011/2012-03"],
  ])("%s → %s", (typed, stored) => {
    expect(normaliseFuzzyDate(typed)).toBe(stored);
  });

  it("leaves what it cannot read for the core to refuse", () => {
    expect(normaliseFuzzyDate("spring 2012")).toBe("spring 2012");
    expect(normaliseFuzzyDate("  2012-13-45 ")).toBe("2012-13-45");
    expect(normaliseFuzzyDate("16 Foo 2011")).toBe("16 Foo 2011");
    expect(normaliseFuzzyDate("2011/2012/2013")).toBe("2011/2012/2013");
    expect(normaliseFuzzyDate("")).toBe("");
  });
});

describe("normaliseExactDate", () => {
  it("accepts a day in any supported form", () => {
    expect(normaliseExactDate("10 April 2012")).toBe("2012-04-10");
    expect(normaliseExactDate("10.04.2012")).toBe("2012-04-10");
  });
  it("leaves partial dates alone (the core asks for a day)", () => {
    expect(normaliseExactDate("2012-04")).toBe("2012-04");
  });
});

describe("isExactDate", () => {
  it("knows real days", () => {
    expect(isExactDate("2012-02-29")).toBe(true);
    expect(isExactDate("2011-02-29")).toBe(false);
    expect(isExactDate("2012-4-1")).toBe(false);
  });
});

describe("formatDate", () => {
  it("reads stored dates aloud", () => {
    expect(formatDate("2011-12-16")).toBe("16 Dec 2011");
    expect(formatDate("2011-12-16", false)).toBe("16 December 2011");
    expect(formatDate("2012-01")).toBe("Jan 2012");
    expect(formatDate("2012")).toBe("2012");
    expect(formatDate("2011-12-16/2011-12-17")).toBe("16 Dec 2011 – 17 Dec 2011");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("nonsense")).toBe("nonsense");
  });
});

describe("bounds", () => {
  it("gives the first and last possible day", () => {
    expect(bounds("2012")).toEqual(["2012-01-01", "2012-12-31"]);
    expect(bounds("2012-02")).toEqual(["2012-02-01", "2012-02-29"]);
    expect(bounds("2011-12-16/2011-12-17")).toEqual(["2011-12-16", "2011-12-17"]);
    expect(bounds("2011/2012-03")).toEqual(["2011-01-01", "2012-03-31"]);
  });
});

describe("today and daysBetween", () => {
  it("count whole days", () => {
    expect(today(new Date(2012, 3, 10, 23, 59))).toBe("2012-04-10");
    expect(daysBetween("2012-03-20", "2012-04-10")).toBe(21);
    expect(daysBetween("2012-04-10", "2012-03-20")).toBe(-21);
  });
});

describe("dateSpan", () => {
  it("writes a meeting's days compactly", () => {
    expect(dateSpan("2012-04-10")).toBe("10 April 2012");
    expect(dateSpan("2012-04-10", "2012-04-10")).toBe("10 April 2012");
    expect(dateSpan("2012-04-10", "2012-04-11")).toBe("10–11 April 2012");
    expect(dateSpan("2012-04-30", "2012-05-02")).toBe("30 April – 2 May 2012");
    expect(dateSpan("2011-12-30", "2012-01-02")).toBe("30 December 2011 – 2 January 2012");
  });
});
