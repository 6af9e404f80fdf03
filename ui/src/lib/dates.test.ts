import { describe, expect, it } from "vitest";
import { dateSpan, daysBetween, formatDate, today } from "./dates";

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
