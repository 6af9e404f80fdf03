import { compile } from "svelte/compiler";
import { describe, expect, it } from "vitest";
import source from "./Rounds.svelte?raw";

// Svelte drops the whitespace that starts or ends an {#if} block, so a space written
// there never reaches the page ("Round 3(date passed)").
describe("the rounds list", () => {
  const html = compile(source, { generate: "server", filename: "Rounds.svelte" }).js.code;

  it("keeps a space between a round and its date-passed note", () => {
    expect(html).toMatch(/ <span class="muted small">/);
    expect(html).not.toMatch(/-->(<span class="muted small">)/);
  });

  it("gives a round's days as one spaced range", () => {
    expect(html).not.toMatch(/-->–/);
  });
});
