import { describe, expect, it } from "vitest";
import { Latest, latestOnly } from "./latest";

/** A promise settled from outside, to finish requests in any order. */
function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("Latest", () => {
  it("keeps only the newest ticket current", () => {
    const latest = new Latest();
    const a = latest.begin();
    expect(latest.isCurrent(a)).toBe(true);
    const b = latest.begin();
    expect(latest.isCurrent(a)).toBe(false);
    expect(latest.isCurrent(b)).toBe(true);
    latest.forget();
    expect(latest.isCurrent(b)).toBe(false);
  });

  it("drops an older answer that arrives after a newer one", async () => {
    const latest = new Latest();
    const first = later<string>();
    const second = later<string>();
    const one = latestOnly(latest, () => first.promise);
    const two = latestOnly(latest, () => second.promise);
    second.resolve("new");
    first.resolve("old");
    expect(await two).toEqual({ current: true, value: "new" });
    expect(await one).toEqual({ current: false });
  });

  it("drops an older answer that arrives first, too", async () => {
    const latest = new Latest();
    const first = later<string>();
    const one = latestOnly(latest, () => first.promise);
    const two = latestOnly(latest, async () => "new");
    first.resolve("old");
    expect(await one).toEqual({ current: false });
    expect(await two).toEqual({ current: true, value: "new" });
  });

  it("throws the newest request's error, and swallows a stale one's", async () => {
    const latest = new Latest();
    const first = later<string>();
    const one = latestOnly(latest, () => first.promise);
    const two = latestOnly(latest, () => Promise.reject(new Error("newest failed")));
    first.reject(new Error("superseded"));
    expect(await one).toEqual({ current: false });
    await expect(two).rejects.toThrow("newest failed");
  });
});
