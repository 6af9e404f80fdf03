// The language the app speaks now, and `t`, which words a message in it. Reading
// `t(...)` in markup makes it follow the language: switching re-renders the whole UI.
import { format, LOCALES, pickLanguage, type Language, type MessageArgs } from "./messages";

const STORAGE_KEY = "roundbook.language";

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

const current = $state({ language: pickLanguage(stored(), globalThis.navigator?.language) });

/** The language the UI is in. */
export function language(): Language {
  return current.language;
}

/** Switches the UI (and, through `onChange`, the core's messages) to `language`, and remembers it. */
export function chooseLanguage(language: Language) {
  current.language = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the choice lasts this run.
  }
}

/** The message `id` in the current language. */
export function t(id: string, args?: MessageArgs): string {
  return format(current.language, id, args);
}

/** The locale of the current language ("en-GB", "ru-RU"), for `Intl` formatters. */
export function locale(): string {
  return LOCALES[current.language];
}

/** A number as readers of the current language write it ("12,345", "12 345"). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}
