// End-to-end tests of the pack builder's pages: the pack as it will be exported, drawn by
// the app from the bytes export writes and shown in the builder, following the selection; the outline and the readiness findings
// bring their page into view. Run through tests/e2e/run.sh, after app.test.mjs or alone
// (E2E_ONLY='live preview'): it starts from a library of its own, the demo.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

import { Session, sleep, until, waitForDriver } from "./webdriver.mjs";

const APP = process.env.E2E_APP;
const DB = process.env.ROUNDBOOK_DB;
const SHOTS = process.env.E2E_SCREENSHOTS;

let s;

/** Moves the library an earlier test file left (and its backups) aside: these tests start
 *  from a new library. */
function freshLibrary() {
  if (!DB) return;
  const dir = dirname(DB);
  const aside = join(dir, `before-preview-${Date.now()}`);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.startsWith(basename(DB))) {
      mkdirSync(aside, { recursive: true });
      renameSync(join(dir, name), join(aside, name));
    }
  }
}

async function shot(name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await sleep(Number(process.env.E2E_SHOT_SETTLE_MS ?? 2000));
  writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());
}

async function nav(screen) {
  const item = await s.waitFor(`[data-nav="${screen}"]`);
  await item.click();
  await until(async () => (await item.attribute("aria-current")) === "page", { what: `${screen} screen` });
}

/** The document the first page shows, and when it was painted (the page's clock). */
const firstPage = () =>
  s.execute(
    `const c = document.querySelector('[data-testid="pack-pages"] canvas[data-page="1"]');
     return c && c.dataset.doc ? { doc: Number(c.dataset.doc), at: Number(c.dataset.paintedAt), image: c.toDataURL().length } : null;`,
  );

/** Makes a change in the window (a script run there) and returns how many milliseconds
 *  passed until the first page of the new pack was painted. */
async function timeToFirstPage(change, what) {
  const before = await firstPage();
  const t0 = await s.execute(`const t0 = performance.now(); ${change}; return t0;`);
  const after = await until(
    async () => {
      const now = await firstPage();
      return now && now.doc !== before.doc && now.at > t0 ? now : null;
    },
    { timeout: 30_000, interval: 20, what: `the first page after ${what}` },
  );
  const [received, opened, firstReceived, firstOpened] = await s.execute(
    `const v = document.querySelector('[data-testid="pack-pages"]');
     return [v.dataset.receivedAt, v.dataset.openedAt, v.dataset.firstReceivedAt, v.dataset.firstOpenedAt].map(Number);`,
  );
  // The first page may come from the first pages alone, opened before the whole pack.
  const drawnFrom = opened <= after.at ? opened : firstOpened;
  return {
    ms: Math.round(after.at - t0),
    bytes: Math.round(received - t0),
    open: Math.round(opened - received),
    paint: Math.round(after.at - drawnFrom),
    firstPagesFirst: firstReceived > t0,
    before,
    after,
  };
}

/** Waits until the viewer has scrolled page `n` to its top. */
async function scrolledTo(n) {
  await until(
    async () =>
      s.execute(
        `const v = document.querySelector('[data-testid="pack-pages"]');
         const p = v.querySelector('.page[data-page="' + arguments[0] + '"]');
         const top = Math.min(p ? p.offsetTop - 12 : 0, v.scrollHeight - v.clientHeight);
         return !!p && Math.abs(v.scrollTop - top) <= 4;`,
        [n],
      ),
    { what: `the viewer to show page ${n}` },
  );
  await until(
    async () => (await s.execute(`return document.querySelector('[data-testid="pages-position"]').textContent`)).includes(`Page ${n} of`),
    { what: `the position to say page ${n}` },
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe("The pack builder, live preview", () => {
  before(async () => {
    assert.ok(APP && existsSync(APP), `E2E_APP must point at the e2e build of the app (got ${APP})`);
    freshLibrary();
    await waitForDriver();
    s = await Session.start(APP);
    try {
      await s.setWindowRect({ x: 0, y: 0, width: 1280, height: 800 });
    } catch {
      // Without a window manager the window may keep its size.
    }
    await (await s.waitFor('[data-testid="start-demo"]', 30_000)).click();
    // Home shows the demo's next round once the library is loaded.
    await s.waitForText('[data-testid="next-round"]', "Round 3", 30_000);
  });

  after(async () => {
    await s?.end();
  });

  test("live preview: the builder draws the pack's pages and follows the selection", async () => {
    // What the window says (a page that could not be drawn), and anything the
    // Content-Security-Policy refuses.
    await s.execute(`
      window.__said = [];
      for (const k of ["log", "warn", "error"]) {
        const f = console[k].bind(console);
        console[k] = (...a) => { window.__said.push(a.map(String).join(" ")); f(...a); };
      }
      document.addEventListener("securitypolicyviolation", (e) => window.__said.push("CSP: " + e.violatedDirective + " " + e.blockedURI));`);
    await nav("pack");
    await s.waitFor('[data-testid="page-count"]', 30_000);
    const first = await until(firstPage, { timeout: 60_000, what: "the first page painted" }).catch(async (e) => {
      // Say what the window said and where the viewer stands.
      const state = await s.execute(
        `const v = document.querySelector('[data-testid="pack-pages"]');
         return { said: window.__said, viewer: v ? { ...v.dataset } : null, text: v?.innerText.slice(0, 300) };`,
      );
      throw new Error(`${e.message}: ${JSON.stringify(state)}`);
    });
    assert.ok(first.image > 5000, "the first page is drawn, not blank");
    const pages = Number((await (await s.find('[data-testid="page-count"]')).text()).match(/\d+/)[0]);
    const [count, frames] = await s.execute(
      `const v = document.querySelector('[data-testid="pack-pages"]'); return [Number(v.dataset.count), v.querySelectorAll(".page").length];`,
    );
    assert.equal(count, pages, "the viewer holds every page of the pack");
    assert.ok(frames >= 2 && frames < pages, `only the pages near the view are in the page (${frames} of ${pages})`);
    const alt = await s.execute(`return document.querySelector('[data-testid="pack-pages"] .page[data-page="3"]').getAttribute("aria-label")`);
    assert.equal(alt, `Page 3 of ${pages}`);
    assert.equal(await s.execute(`return document.querySelector('[data-testid="pack-pages"]').tabIndex`), 0, "the viewer is focusable");
    const said = await s.execute(`return window.__said`);
    assert.ok(!said.some((x) => /CSP:/i.test(x)), `every page drawn, nothing refused: ${said.join(" | ")}`);
    assert.equal(await s.execute(`return document.querySelector('[data-testid="pack-pages"] [role="alert"]')?.textContent ?? null`), null, "no error in the viewer");
    await shot("31-pack-preview");

    // Each change is drawn without exporting: the audience (the cover's marking changes),
    // then the language, back and forth.
    const times = [];
    const audience = await timeToFirstPage(`document.querySelector('input[name="audience"][value="internal"]').click()`, "choosing internal");
    assert.notEqual(audience.after.image, audience.before.image, "the cover shows the new audience");
    // The pack is long enough to come first pages first: those pages alone reached the
    // viewer after the change, then the whole pack (the pages after them wait, marked as
    // coming).
    assert.ok(audience.firstPagesFirst, "the first pages came on their own first");
    await until(
      async () => (await s.execute(`return Number(document.querySelector('[data-testid="pack-pages"]').dataset.held)`)) === pages,
      { what: "the whole pack's pages after its first ones" },
    );
    times.push(audience);
    const language = (lang) =>
      `const el = document.querySelector("#pack-language"); el.value = "${lang}"; el.dispatchEvent(new Event("change", { bubbles: true }))`;
    const ru = await timeToFirstPage(language("ru"), "choosing Russian");
    assert.notEqual(ru.after.image, ru.before.image, "the cover is in Russian");
    times.push(ru);
    times.push(await timeToFirstPage(language("en"), "choosing English"));
    times.push(await timeToFirstPage(`document.querySelector('input[name="audience"][value="external"]').click()`, "choosing external"));
    times.push(await timeToFirstPage(language("ru"), "choosing Russian again"));
    times.push(await timeToFirstPage(language("en"), "choosing English again"));
    console.log(
      `live preview, demo (${pages} pages): change → first page painted: ${times.map((x) => x.ms).join(", ")} ms; median ${median(times.map((x) => x.ms))} ms` +
        ` (of which change → bytes received: median ${median(times.map((x) => x.bytes))} ms, the viewer taking them: ${median(times.map((x) => x.open))} ms, first page drawn: ${median(times.map((x) => x.paint))} ms)`,
    );
  });

  test("live preview: the outline and the readiness findings bring their page into view", async () => {
    // An area's section, a few pages in.
    const target = await s.execute(
      `const b = [...document.querySelectorAll('[data-testid="outline"] button[data-anchor]')].find((b) => Number(b.dataset.page) > 5);
       return b ? { anchor: b.dataset.anchor, page: Number(b.dataset.page) } : null;`,
    );
    assert.ok(target, "an outline entry with an anchor past page 5");
    await (await s.find(`[data-testid="outline"] button[data-anchor="${target.anchor}"]`)).click();
    await scrolledTo(target.page);
    await until(
      async () => s.execute(`return !!document.querySelector('[data-testid="pack-pages"] canvas[data-page="${target.page}"]').dataset.doc`),
      { what: `page ${target.page} painted when scrolled into view` },
    );
    await shot("32-pack-preview-outline");

    // A finding about a record printed in the pack: its page button.
    const finding = await s.find('[data-testid="finding-page"]');
    assert.ok(finding, "a finding offers its page");
    const page = Number(await finding.attribute("data-page"));
    await s.execute(`document.querySelector('[data-testid="pack-pages"]').scrollTo({ top: 0 })`);
    await finding.click();
    await scrolledTo(page);

    // The keyboard: End goes to the last page, Home back to the first.
    const count = await s.execute(`return Number(document.querySelector('[data-testid="pack-pages"]').dataset.count)`);
    await s.execute(`document.querySelector('[data-testid="pack-pages"]').focus()`);
    await s.cmd("POST", "/actions", { actions: [{ type: "key", id: "kb", actions: [{ type: "keyDown", value: "\uE010" }, { type: "keyUp", value: "\uE010" }] }] });
    await scrolledTo(count);
    await s.cmd("POST", "/actions", { actions: [{ type: "key", id: "kb", actions: [{ type: "keyDown", value: "\uE011" }, { type: "keyUp", value: "\uE011" }] }] });
    await scrolledTo(1);
    await s.cmd("DELETE", "/actions");
  });

  test("live preview: at 1024×700 the builder still shows its pages", async () => {
    try {
      await s.setWindowRect({ x: 0, y: 0, width: 1024, height: 700 });
    } catch {
      return; // no window manager to resize the window
    }
    await sleep(500);
    await until(firstPage, { what: "the first page painted" });
    await s.execute(`document.querySelector('[data-testid="pack-pages-panel"]').scrollIntoView({ block: "start" }); document.querySelector("#content").scrollBy(0, -90)`);
    await shot("33-pack-preview-1024");
    await s.setWindowRect({ x: 0, y: 0, width: 1280, height: 800 });
  });
});
