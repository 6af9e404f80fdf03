// Stored dates shown to readers. What a typed date means — parsing, validation, the days
// it spans — is the core's (`api.readDate`, the importers' own rules); this file only
// formats stored values (`2011-12-16`, `2012-01`, `2011-12-16/2011-12-17`) for display,
// in the UI's language (English by hand, as it always read; Russian by `Intl`, "ru-RU").
import { language } from "./i18n.svelte";
import { LOCALES, type Language } from "./messages";

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const pad = (n: number) => String(n).padStart(2, "0");

function utc(p: string): Date {
  const [y, m, d] = p.split("-");
  return new Date(Date.UTC(+y, m ? +m - 1 : 0, d ? +d : 1));
}

/** A stored part in a language `Intl` words: "16 дек. 2011 г.", "январь 2012 г.". */
function partIntl(p: string, short: boolean, lang: Language): string {
  const [, m, d] = p.split("-");
  if (!m) return p.slice(0, 4);
  const month = short ? "short" : "long";
  const options: Intl.DateTimeFormatOptions = d
    ? { day: "numeric", month, year: "numeric", timeZone: "UTC" }
    : { month: short ? "short" : "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(utc(p));
}

function partLong(p: string, short: boolean, lang: Language): string {
  if (lang !== "en") return partIntl(p, short, lang);
  const [y, m, d] = p.split("-");
  const names = short ? SHORT_MONTHS : LONG_MONTHS;
  if (d) return `${+d} ${names[+m - 1]} ${y}`;
  if (m) return `${names[+m - 1]} ${y}`;
  return y;
}

/** For readers: "16 Dec 2011", "Jan 2012", "2012", "16 Dec 2011 – 17 Dec 2011". */
export function formatDate(stored: string | null | undefined, short = true, lang: Language = language()): string {
  if (!stored) return "";
  const parts = stored.split("/");
  if (parts.some((p) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(p))) return stored;
  return parts.map((p) => partLong(p, short, lang)).join(" – ");
}

/** A round's first and last days, short, spaced like any range: "11 Oct 2011 – 12 Oct 2011". */
export function formatDays(start: string, end?: string | null, lang: Language = language()): string {
  return formatDate(end && end !== start ? `${start}/${end}` : start, true, lang);
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
export function dateSpan(start: string, end?: string | null, lang: Language = language()): string {
  if (!end || end === start) return formatDate(start, false, lang);
  if (lang !== "en") {
    const days = /^\d{4}-\d{2}-\d{2}$/;
    if (!days.test(start) || !days.test(end)) return `${formatDate(start, false, lang)} – ${formatDate(end, false, lang)}`;
    const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
    return new Intl.DateTimeFormat(LOCALES[lang], options).formatRange(utc(start), utc(end));
  }
  const [a, b] = [formatDate(start, false, lang).split(" "), formatDate(end, false, lang).split(" ")];
  if (a.length !== 3 || b.length !== 3) return `${formatDate(start, false, lang)} – ${formatDate(end, false, lang)}`;
  if (a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${a[1]} ${a[2]}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b.join(" ")}`;
  return `${a.join(" ")} – ${b.join(" ")}`;
}

/** A moment for readers, in local time: "12 Mar 2012, 09:05". */
export function formatDateTime(when: Date, lang: Language = language()): string {
  if (lang !== "en") {
    const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" };
    return new Intl.DateTimeFormat(LOCALES[lang], options).format(when);
  }
  return `${when.getDate()} ${SHORT_MONTHS[when.getMonth()]} ${when.getFullYear()}, ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}
