// Sorting helpers for the tables.
export type Direction = "asc" | "desc";

/**
 * A sort key for a stored (possibly partial) date: its start, then its end, with missing
 * months and days as the earliest for the start and the latest for the end. (Only an
 * order: "-31" stands for the end of any month.)
 */
function dateKey(stored: string): string {
  const [start, end = start] = stored.split("/");
  const first = (p: string) => (p + "-01-01").slice(0, 10);
  const last = (p: string) => p + ["-12-31", "-31", ""][p.split("-").length - 1];
  return `${first(start)}/${last(end)}`;
}

/** Orders stored (possibly partial) dates by their first, then their last possible day. */
export function compareFuzzy(a: string, b: string): number {
  const [x, y] = [dateKey(a), dateKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares text the way a reader expects (case and accents aside, numbers by value). */
const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
export const compareText = (a: string, b: string) => collator.compare(a, b);

/** A sorted copy of `items` by `key`, with missing keys last whatever the direction. */
export function sortBy<T>(
  items: readonly T[],
  key: (item: T) => string | number | null | undefined,
  direction: Direction = "asc",
  compare: (a: string, b: string) => number = compareText,
): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((x, y) => {
      if (x.k == null || x.k === "") return y.k == null || y.k === "" ? x.index - y.index : 1;
      if (y.k == null || y.k === "") return -1;
      const c =
        typeof x.k === "number" && typeof y.k === "number" ? x.k - y.k : compare(String(x.k), String(y.k));
      return c !== 0 ? sign * c : x.index - y.index;
    })
    .map((x) => x.item);
}

/** Records in their natural order: by `position` when set, then by title. */
export function byPosition<T extends { position?: number; title?: string; text?: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
      compareText(a.title ?? a.text ?? "", b.title ?? b.text ?? ""),
  );
}
