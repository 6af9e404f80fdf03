import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { activityReporter, reportEvery } from "./idle";

describe("reporting activity for the idle lock", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("reports a tenth of the lock time, between a quarter second and half a minute", () => {
    expect(reportEvery(15 * 60)).toBe(30_000);
    expect(reportEvery(60)).toBe(6_000);
    expect(reportEvery(1)).toBe(250);
  });

  it("reports the first event at once and the last of a busy stretch when it is over", () => {
    const send = vi.fn();
    const activity = activityReporter(send, 1000);
    activity();
    expect(send).toHaveBeenCalledTimes(1);
    // A stretch of mouse moves: no report until the interval is over, then one.
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(40);
      activity();
    }
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(send).toHaveBeenCalledTimes(2);
    // Quiet: nothing more.
    vi.advanceTimersByTime(10_000);
    expect(send).toHaveBeenCalledTimes(2);
    // After a quiet spell, the next event is reported at once.
    activity();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it("stops without a late report", () => {
    const send = vi.fn();
    const activity = activityReporter(send, 1000);
    activity();
    activity();
    activity.stop();
    vi.advanceTimersByTime(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
