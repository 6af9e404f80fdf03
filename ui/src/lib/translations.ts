// A record's translations as the editor holds them, and the languages it offers.
import type { Translations as Stored } from "../bindings/Translations";

/** language tag → field → text. */
export type Translations = Record<string, Record<string, string>>;

/** The languages a record can be written in or translated into. */
export const LANGUAGES = ["en", "ru", "kk"] as const;

/** A language's name in that language. */
export function languageName(tag: string): string {
  switch (tag) {
    case "en":
      return "English";
    case "ru":
      return "Русский";
    case "kk":
      return "Қазақша";
    default:
      return tag;
  }
}

/** The translations to store: no empty texts, no empty languages, none into `own`. */
export function cleaned(t: Translations, own: string): Stored {
  const out: Translations = {};
  for (const [lang, fields] of Object.entries(t)) {
    if (lang === own) continue;
    const kept = Object.fromEntries(
      Object.entries(fields).filter(([, text]) => text.trim() !== ""),
    );
    if (Object.keys(kept).length > 0) out[lang] = kept;
  }
  return out as Stored;
}
