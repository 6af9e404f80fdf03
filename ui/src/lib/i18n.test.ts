// The UI's catalogue (`i18n/<language>/ui.ftl`): both languages have the same messages
// with the same variables; every `t("id", { ... })` in the UI names a message that exists
// and passes every variable it uses; Russian counts take the right plural form; and no
// English is left written inline in the markup.
import { parse, Visitor, type Pattern, type VariableReference } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { format, LANGUAGES, pickLanguage, SOURCES } from "./messages";

/** The UI's own sources (not the generated bindings, not the tests), by path under src/. */
const SOURCES_BY_PATH: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(["../**/*.svelte", "../**/*.ts", "!../bindings/**", "!../**/*.test.ts"], {
      query: "?raw",
      import: "default",
      eager: true,
    }),
  ).map(([path, text]) => [path.replace(/^\.\.\//, "").replace(/^\.\//, "lib/"), text]),
);

/** Each message of a language's `ui.ftl` with the variables it uses. */
function catalogue(source: string): Map<string, Set<string>> {
  const messages = new Map<string, Set<string>>();
  for (const entry of parse(source, { withSpans: false }).body) {
    if (entry.type === "Junk") throw new Error(`ui.ftl cannot be read: ${entry.content}`);
    if (entry.type !== "Message") continue;
    if (messages.has(entry.id.name)) throw new Error(`${entry.id.name} is defined twice`);
    const vars = new Set<string>();
    const visitor = new (class extends Visitor {
      visitVariableReference(node: VariableReference) {
        vars.add(node.id.name);
      }
    })();
    if (entry.value) visitor.visit(entry.value as Pattern);
    for (const a of entry.attributes) visitor.visit(a.value);
    messages.set(entry.id.name, vars);
  }
  return messages;
}


const english = catalogue(SOURCES.en);
const russian = catalogue(SOURCES.ru);
const sorted = (s: Iterable<string>) => [...s].sort();

describe("the catalogue", () => {
  it("has the same messages in English and Russian", () => {
    expect(english.size).toBeGreaterThan(100);
    expect(sorted(russian.keys())).toEqual(sorted(english.keys()));
  });

  it("shares no id with the core's and the pack's messages (one catalogue per language)", () => {
    const others = import.meta.glob<string>(["../../../i18n/en/*.ftl", "!../../../i18n/en/ui.ftl"], {
      query: "?raw",
      import: "default",
      eager: true,
    });
    expect(Object.keys(others).length).toBeGreaterThan(0);
    const taken = Object.values(others).flatMap((text) => [...catalogue(text).keys()]);
    expect(taken.filter((id) => english.has(id))).toEqual([]);
  });

  it("uses only the variables English uses, in every language", () => {
    // Russian may leave a variable out (a plural "one" written as a word), never add one.
    for (const [id, vars] of russian) {
      const extra = [...vars].filter((v) => !english.get(id)?.has(v));
      expect(extra, `ru ${id}`).toEqual([]);
    }
  });

  it("words every message in every language without errors", () => {
    for (const lang of LANGUAGES) {
      for (const [id, vars] of english) {
        const args = Object.fromEntries([...vars].map((v) => [v, 3]));
        expect(format(lang, id, args), `${lang} ${id}`).not.toBe(id);
      }
    }
  });
});

/** `t("id")` and `t("id", { a, b: 1 })` calls: the id and the keys of the literal, if any. */
const CALL = /\bt\(\s*(["'])([^"']+)\1\s*(?:,\s*(\{[^{}]*\}|[^)]*))?\)/g;

function keysOf(literal: string): string[] {
  return literal
    .slice(1, -1)
    .split(",")
    .map((part) => part.trim().match(/^([A-Za-z_$][\w$]*)/)?.[1])
    .filter((k): k is string => !!k);
}

describe("the UI's calls", () => {
  const sources = Object.entries(SOURCES_BY_PATH).map(([path, text]) => ({ path, text }));

  it("include every screen and component", () => {
    expect(Object.keys(SOURCES_BY_PATH)).toContain("screens/Settings.svelte");
    expect(Object.keys(SOURCES_BY_PATH)).toContain("lib/labels.ts");
    expect(Object.keys(SOURCES_BY_PATH).some((p) => p.startsWith("bindings/") || p.endsWith(".test.ts"))).toBe(false);
  });

  it("are found", () => {
    const calls = sources.flatMap((s) => [...s.text.matchAll(CALL)]);
    expect(calls.length).toBeGreaterThan(300);
  });

  it("name messages that exist and pass every variable they use", () => {
    const problems: string[] = [];
    for (const { path, text } of sources) {
      for (const m of text.matchAll(CALL)) {
        const [call, , id, args] = m;
        const vars = english.get(id);
        if (!vars) {
          problems.push(`${path}: ${id} is not in ui.ftl`);
          continue;
        }
        if (vars.size === 0) {
          if (args) problems.push(`${path}: ${id} takes no variables: ${call}`);
          continue;
        }
        if (!args?.startsWith("{")) {
          problems.push(`${path}: ${id} needs { ${[...vars].join(", ")} } written out: ${call}`);
          continue;
        }
        const passed = new Set(keysOf(args));
        const missing = [...vars].filter((v) => !passed.has(v));
        if (missing.length) problems.push(`${path}: ${id} is not passed ${missing.join(", ")}: ${call}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("leave no message unused", () => {
    const used = new Set(sources.flatMap((s) => [...s.text.matchAll(CALL)].map((m) => m[2])));
    expect([...english.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("Russian counts", () => {
  it("take the form of one, few and many", () => {
    const forms = [1, 2, 5, 21, 22, 11].map((count) => format("ru", "counts-incidents", { count }));
    expect(forms).toEqual([
      "1 инцидент",
      "2 инцидента",
      "5 инцидентов",
      "21 инцидент",
      "22 инцидента",
      "11 инцидентов",
    ]);
  });

  it("and English ones of one and other", () => {
    expect(format("en", "counts-incidents", { count: 1 })).toBe("1 incident");
    expect(format("en", "counts-incidents", { count: 5 })).toBe("5 incidents");
  });
});

describe("the language at first start", () => {
  it("follows the system's, then the user's choice", () => {
    expect(pickLanguage(null, "ru-RU")).toBe("ru");
    expect(pickLanguage(null, "ru")).toBe("ru");
    expect(pickLanguage(null, "en-US")).toBe("en");
    expect(pickLanguage(null, "kk-KZ")).toBe("en");
    expect(pickLanguage(null, undefined)).toBe("en");
    expect(pickLanguage("en", "ru-RU")).toBe("en");
    expect(pickLanguage("ru", "en-GB")).toBe("ru");
    expect(pickLanguage("fr", "ru-RU")).toBe("ru");
  });
});

// Text left in the markup, outside `{...}`: words of Latin letters in text nodes and in
// the attributes people read. Only the app's name and units written the same in every
// language may stay.
const ALLOWED = new Set(["Roundbook", "A4", "CSV", "CSL", "JSON", "PDF", "Ctrl+K"]);
const READ_ATTRIBUTES = /\s(?:placeholder|title|aria-label|alt|label)="([^"{]*)"/g;

function markupOf(svelte: string): string {
  let text = svelte.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, "");
  // Drop {...} expressions (nested braces included).
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "{") depth++;
    if (depth === 0) out += ch;
    if (ch === "}") depth = Math.max(0, depth - 1);
  }
  text = out.replace(/<!--[\s\S]*?-->/g, "");
  return text;
}

function inlineWords(svelte: string): string[] {
  const markup = markupOf(svelte);
  const found: string[] = [];
  for (const m of markup.matchAll(READ_ATTRIBUTES)) found.push(m[1]);
  const textNodes = markup.replace(/<[^>]*>/g, "\n");
  found.push(...textNodes.split("\n"));
  return found
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]{2,}/.test(s))
    .filter((s) => !s.split(/\s+/).every((w) => ALLOWED.has(w) || !/[A-Za-z]{2,}/.test(w)));
}

describe("the markup", () => {
  it("has no English written inline", () => {
    const inline = Object.entries(SOURCES_BY_PATH)
      .filter(([path]) => path.endsWith(".svelte"))
      .flatMap(([path, text]) => inlineWords(text).map((w) => `${path}: ${w}`));
    expect(inline).toEqual([]);
  });

  it("would notice English written inline", () => {
    expect(inlineWords(`<p>{t("x")}</p><button title="Close it">Save</button>`)).toEqual(["Close it", "Save"]);
    expect(inlineWords(`<script>const a = "Words here";</script><p>{a} · Roundbook</p>`)).toEqual([]);
  });
});
