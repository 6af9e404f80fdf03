// Stored dates shown to readers. What a typed date means — parsing, validation, the days
// it spans — is the core's (`api.readDate`, the importers' own rules); this file only
// formats stored values (`2011-12-16`, `2012-01`, `2011-12-16/2011-12-17`) for display.

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const pad = (n: number) => String(n).padStart(2, "0");

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
