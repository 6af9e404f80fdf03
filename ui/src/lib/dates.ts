// Dates as people type them, turned into the library's forms. The core has the last word
// (it validates every date it stores, and `readDate` asks it); these helpers only make
// natural input work: "16 Dec 2011", "16.12.2011", "Jan 2012", "2011-12-16 – 2011-12-17".

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));

const pad = (n: number) => String(n).padStart(2, "0");

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === "sept" && m === "september"));
  return i < 0 ? null : i + 1;
}

/** One date known to the year, month or day, as typed; null when it is not recognised. */
function normalisePart(raw: string): string | null {
  const s = raw.trim().replace(/\s+/g, " ").replace(/,/g, "");
  let m: RegExpMatchArray | null;
  // 2012, 2012-01, 2012-1, 2012-01-05, 2012-1-5
  if ((m = s.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/))) {
    return [m[1], m[2] && pad(+m[2]), m[3] && pad(+m[3])].filter(Boolean).join("-");
  }
  // 16.12.2011 (day.month.year, as written in Kazakhstan and most of Europe)
  if ((m = s.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) {
    return `${m[3]}-${pad(+m[2])}-${pad(+m[1])}`;
  }
  // 12.2011
  if ((m = s.match(/^(\d{1,2})\.(\d{4})$/))) {
    return `${m[2]}-${pad(+m[1])}`;
  }
  // 16 Dec 2011, 16 December 2011
  if ((m = s.match(/^(\d{1,2}) ([A-Za-z.]+) (\d{4})$/))) {
    const month = monthNumber(m[2]);
    return month ? `${m[3]}-${pad(month)}-${pad(+m[1])}` : null;
  }
  // Dec 16 2011
  if ((m = s.match(/^([A-Za-z.]+) (\d{1,2}) (\d{4})$/))) {
    const month = monthNumber(m[1]);
    return month ? `${m[3]}-${pad(month)}-${pad(+m[2])}` : null;
  }
  // Dec 2011, December 2011
  if ((m = s.match(/^([A-Za-z.]+) (\d{4})$/))) {
    const month = monthNumber(m[1]);
    return month ? `${m[2]}-${pad(month)}` : null;
  }
  return null;
}

/**
 * Normalises what the user typed into the stored form of a (possibly partial) date or
 * range: `2012`, `2012-01`, `2011-12-16`, `2011-12-16/2011-12-17`. Input it cannot read is
 * returned trimmed, unchanged, for the core to refuse with its own message.
 */
export function normaliseFuzzyDate(text: string): string {
  const s = text.trim();
  if (s === "") return "";
  // A range: "A/B", "A – B", "A - B" (spaced hyphen), "A to B", "from A to B".
  const parts = s
    .replace(/^from /i, "")
    .split(/\s*\/\s*|\s+[–—-]\s+|\s*[–—]\s*|\s+(?:to|until)\s+/i);
  if (parts.length === 2) {
    const a = normalisePart(parts[0]);
    const b = normalisePart(parts[1]);
    if (a && b) return `${a}/${b}`;
    return s;
  }
  if (parts.length === 1) return normalisePart(s) ?? s;
  return s;
}

/** Normalises an exact date (`YYYY-MM-DD`); partial input is left for the core to refuse. */
export function normaliseExactDate(text: string): string {
  const n = normaliseFuzzyDate(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(n) ? n : text.trim();
}

/** True when `s` is a well-formed `YYYY-MM-DD` of a real day. */
export function isExactDate(s: string): boolean {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function partLong(p: string, short: boolean): string {
  const [y, m, d] = p.split("-");
  const names = short ? SHORT_MONTHS : LONG_MONTHS;
  if (d) return `${+d} ${names[+m - 1]} ${y}`;
  if (m) return `${names[+m - 1]} ${y}`;
  return y;
}

/** For readers: "16 Dec 2011", "Jan 2012", "2012", "16 Dec 2011 – 17 Dec 2011". */
export function formatDate(stored: string | null | undefined, short = true): string {
  if (!stored) return "";
  const parts = stored.split("/");
  if (parts.some((p) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(p))) return stored;
  return parts.map((p) => partLong(p, short)).join(" – ");
}

/** The first and last day a stored (possibly partial) date can mean. */
export function bounds(stored: string): [string, string] {
  const [a, b] = stored.split("/");
  const first = (p: string) => {
    const [y, m, d] = p.split("-");
    return `${y}-${m ?? "01"}-${d ?? "01"}`;
  };
  const last = (p: string) => {
    const [y, m, d] = p.split("-");
    if (d) return p;
    if (m) return `${y}-${m}-${pad(new Date(Date.UTC(+y, +m, 0)).getUTCDate())}`;
    return `${y}-12-31`;
  };
  return [first(a), last(b ?? a)];
}

/** Today as `YYYY-MM-DD`, in local time. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const t = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  return Math.round((t(to) - t(from)) / 86_400_000);
}

/** A meeting's days for readers: "10–11 April 2012", "30 April – 2 May 2012". */
export function dateSpan(start: string, end?: string | null): string {
  if (!end || end === start) return formatDate(start, false);
  const [a, b] = [formatDate(start, false).split(" "), formatDate(end, false).split(" ")];
  if (a.length !== 3 || b.length !== 3) return `${formatDate(start, false)} – ${formatDate(end, false)}`;
  if (a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${a[1]} ${a[2]}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b.join(" ")}`;
  return `${a.join(" ")} – ${b.join(" ")}`;
}

/** A moment for readers, in local time: "12 Mar 2012, 09:05". */
export function formatDateTime(when: Date): string {
  return `${when.getDate()} ${SHORT_MONTHS[when.getMonth()]} ${when.getFullYear()}, ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}
