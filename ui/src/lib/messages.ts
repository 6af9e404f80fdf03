// The UI's messages: `i18n/<language>/ui.ftl`, the same catalogue the core words packs
// and errors from, bundled into the app at build time (nothing is fetched at run time).
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import english from "../../../i18n/en/ui.ftl?raw";
import russian from "../../../i18n/ru/ui.ftl?raw";
import type { Language } from "../bindings/Language";

export type { Language };
export type MessageArgs = Record<string, FluentVariable>;

/** The languages the app speaks, in the order Settings offers them. */
export const LANGUAGES: readonly Language[] = ["en", "ru"];

/** The locale each language formats dates, numbers and plurals by. */
export const LOCALES: Record<Language, string> = { en: "en-GB", ru: "ru-RU" };

/** Each language's name in itself, as the language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ru: "Русский" };

/** The text of each language's `ui.ftl`, for the tests that compare them. */
export const SOURCES: Record<Language, string> = { en: english, ru: russian };

function bundleOf(language: Language): FluentBundle {
  // No Unicode isolation marks around arguments: the UI is left-to-right only, and the
  // marks would get in the way of copying and matching text.
  const bundle = new FluentBundle(LOCALES[language], { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(SOURCES[language]));
  for (const e of errors) console.error(`ui.ftl (${language}):`, e);
  return bundle;
}

const bundles: Record<Language, FluentBundle> = { en: bundleOf("en"), ru: bundleOf("ru") };

/** The message `id` in `language`, with `args`; the id itself when it is missing. */
export function format(language: Language, id: string, args?: MessageArgs): string {
  const bundle = bundles[language];
  const message = bundle.getMessage(id);
  if (!message?.value) {
    console.error(`ui.ftl (${language}): no message ${id}`);
    return id;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args, errors);
  for (const e of errors) console.error(`ui.ftl (${language}): ${id}:`, e);
  return text;
}

/** Whether `language` has the message `id`. */
export function hasMessage(language: Language, id: string): boolean {
  return bundles[language].hasMessage(id);
}

/**
 * The language to start in: the one the user chose, else the system's (Russian when
 * its locale is Russian, else English).
 */
export function pickLanguage(chosen: string | null | undefined, system: string | null | undefined): Language {
  if (chosen && (LANGUAGES as readonly string[]).includes(chosen)) return chosen as Language;
  return system?.toLowerCase().startsWith("ru") ? "ru" : "en";
}
