import { describe, expect, it } from "vitest";
import { dateSpan, daysBetween, formatDate, formatDateTime, formatDays, today } from "./dates";

describe("formatDate", () => {
  it("reads stored dates aloud", () => {
    expect(formatDate("2011-12-16", true, "en")).toBe("16 Dec 2011");
    expect(formatDate("2011-12-16", false, "en")).toBe("16 December 2011");
    expect(formatDate("2012-01", true, "en")).toBe("Jan 2012");
    expect(formatDate("2012")).toBe("2012");
    expect(formatDate("2011-12-16/2011-12-17", true, "en")).toBe("16 Dec 2011 – 17 Dec 2011");
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
    expect(dateSpan("2012-04-10", null, "en")).toBe("10 April 2012");
    expect(dateSpan("2012-04-10", "2012-04-10", "en")).toBe("10 April 2012");
    expect(dateSpan("2012-04-10", "2012-04-11", "en")).toBe("10–11 April 2012");
    expect(dateSpan("2012-04-30", "2012-05-02", "en")).toBe("30 April – 2 May 2012");
    expect(dateSpan("2011-12-30", "2012-01-02", "en")).toBe("30 December 2011 – 2 January 2012");
  });
});

describe("in Russian", () => {
  it("words dates as Russian readers write them", () => {
    expect(formatDate("2011-12-16", false, "ru")).toMatch(/^16 декабря 2011\sг\.$/);
    expect(formatDate("2012-01", false, "ru")).toMatch(/^январь 2012\sг\.$/);
    expect(formatDate("2012", true, "ru")).toBe("2012");
    expect(dateSpan("2012-04-10", "2012-04-11", "ru")).toMatch(/^10–11 апреля 2012\sг\.$/);
    expect(formatDateTime(new Date(2012, 2, 12, 9, 5), "ru")).toMatch(/^12 мар\. 2012 г\., 09:05$/);
  });
});

describe("formatDays", () => {
  it("spaces a round's days like every other range", () => {
    expect(formatDays("2011-10-11", "2011-10-12", "en")).toBe("11 Oct 2011 – 12 Oct 2011");
    expect(formatDays("2011-10-11", null, "en")).toBe("11 Oct 2011");
    expect(formatDays("2011-10-11", "2011-10-11", "en")).toBe("11 Oct 2011");
  });
});
