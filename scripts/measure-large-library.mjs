// Measures the app on a large library in a real window: the incidents screen's first
// page, each keystroke in its search box, opening the pack builder, and the memory of
// the app's processes. Each time runs inside the page, from the user's click or keydown
// (a capturing listener) to the first frame after the awaited element is in the DOM
// (a MutationObserver, then requestAnimationFrame), so WebDriver's round trips do not
// count. Run by scripts/measure-large-library.sh, inside Xvfb with tauri-driver up.
import { readdirSync, writeFileSync } from "node:fs";
import { appMemory } from "./app-memory.mjs";
import { Session, sleep, until, waitForDriver } from "../tests/e2e/webdriver.mjs";

const APP = process.env.MEASURE_APP;
const SAVE_DIR = process.env.ROUNDBOOK_E2E_SAVE_PATH;
const RUNS = Number(process.env.MEASURE_RUNS ?? 5);
/** A folder for a screenshot of the builder while a long pack's first pages are shown. */
const SHOT = process.env.MEASURE_SHOT;

/** Starts timing at the next `event` (click, keydown); stops at the frame after `css` matches. */
async function arm(s, event, css) {
  const already = await s.execute(
    `const [event, css] = arguments;
     if (document.querySelector(css)) return true;
     const m = (window.__measure = { start: null, end: null });
     document.addEventListener(event, () => { if (m.start === null) m.start = performance.now(); }, { capture: true, once: true });
     const seen = () => {
       if (!document.querySelector(css)) return false;
       observer.disconnect();
       requestAnimationFrame(() => { m.end = performance.now(); });
       return true;
     };
     const observer = new MutationObserver(seen);
     observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
     return false;`,
    [event, css],
  );
  if (already) throw new Error(`${css} is already on the screen: nothing to time`);
}

/** The time armed by `arm`, once the awaited frame came. */
async function measured(s, what) {
  const m = await until(
    async () => {
      const v = await s.execute("return window.__measure && window.__measure.end !== null ? window.__measure : null;");
      return v && v.start !== null ? v : null;
    },
    { timeout: 60_000, interval: 20, what },
  );
  return m.end - m.start;
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")})`;
}

function memory(label) {
  const tree = appMemory(APP.split("/").pop());
  for (const p of tree) {
    console.log(`  ${p.name.padEnd(22)} RSS ${(p.rss / 1024).toFixed(1).padStart(6)} MiB  PSS ${(p.pss / 1024).toFixed(1).padStart(6)} MiB`);
  }
  const pss = tree.reduce((n, p) => n + p.pss, 0) / 1024;
  console.log(`memory ${label}: PSS sum ${pss.toFixed(1)} MiB (target ≤ 400 MiB)`);
  return pss;
}

await waitForDriver();
const s = await Session.start(APP);
try {
  await s.setWindowRect({ width: 1280, height: 800 });
  await s.waitFor('[data-testid="app-ready"]', 120_000);
  await sleep(1000);
  memory("after opening the library");

  // 1. The incidents screen's first page, from the click on its navigation item.
  const open = [];
  for (let i = 0; i < RUNS; i++) {
    await (await s.waitFor('[data-nav="home"]')).click();
    await s.waitFor('[data-testid="next-round"], [data-testid="first-start"]');
    await sleep(300);
    await arm(s, "click", '[data-testid="incidents-table"] tbody tr[data-id]');
    await (await s.waitFor('[data-nav="incidents"]')).click();
    open.push(await measured(s, "the incidents' first page"));
  }
  console.log(`incidents screen, first page after the click: ${summary(open)} (target ≤ 200 ms)`);

  // 2. Each keystroke in the search box, waiting for each result before the next key.
  const box = await s.waitFor("#inc-text");
  const clear = () =>
    s.execute(`const box = document.querySelector("#inc-text");
               box.value = "";
               box.dispatchEvent(new Event("input", { bubbles: true }));`);
  const keys = [];
  for (const word of ["protest", "Жаңаөзен", "qoryqtau"]) {
    await clear();
    await s.waitFor('[data-testid="incidents-table"][data-text=""]');
    let typed = "";
    for (const ch of word) {
      typed += ch;
      await arm(s, "keydown", `[data-testid="incidents-table"][data-text="${typed}"]`);
      await box.type(ch);
      keys.push(await measured(s, `results for “${typed}”`));
    }
    const total = await (await s.waitFor('[data-testid="incident-total"]')).text();
    console.log(`  “${word}”: ${keys.slice(-word.length).map((t) => t.toFixed(0)).join(", ")} ms; ${total.trim()}`);
  }
  console.log(`search box, keystroke to results: ${summary(keys)} (target ≤ 100 ms)`);
  await clear();
  await sleep(1000);
  memory("after the incidents screen and searches");

  // 3. The pack builder: its choices, then its preview (page count) for the next round.
  const builder = [];
  const previewed = [];
  const painting = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    await (await s.waitFor('[data-nav="home"]')).click();
    await s.waitFor('[data-testid="next-round"], [data-testid="first-start"]');
    await sleep(300);
    await arm(s, "click", "#pack-round");
    const t0 = Date.now();
    await (await s.waitFor('[data-nav="pack"]')).click();
    builder.push(await measured(s, "the pack builder"));
    console.log(`  run ${i + 1}: choices on screen after ${builder.at(-1).toFixed(0)} ms`);
    const counted = await s.waitFor('[data-testid="page-count"]', 120_000).catch(() => null);
    if (!counted) {
      console.log("  no page count within 120 s: the preview of this pack is not measured");
      break;
    }
    previewed.push(Date.now() - t0);
    const painted = await until(
      () => s.execute(`const c = document.querySelector('[data-testid="pack-pages"] canvas[data-page="1"]'); return c && c.dataset.paintedAt ? true : null;`),
      { timeout: 120_000, interval: 100, what: "the first page painted" },
    ).catch(() => null);
    if (painted) painting.push(Date.now() - t0);
  }
  console.log(`pack builder, choices on screen after the click: ${summary(builder)} (target ≤ 500 ms)`);
  if (previewed.length) {
    console.log(`pack builder, page count shown (WebDriver-timed, an upper bound): ${summary(previewed)}`);
    const pages = await (await s.waitFor('[data-testid="page-count"]')).text();
    console.log(`  the next round's pack: ${pages.trim()}`);
  }
  if (painting.length) console.log(`pack builder, first page painted (WebDriver-timed): ${summary(painting)}`);

  // 3b. A change in the builder (the audience, then the language, back and forth) → the
  // first page of the new pack painted, timed by the page's own clock.
  if (painting.length) {
    const firstPage = () =>
      s.execute(`const c = document.querySelector('[data-testid="pack-pages"] canvas[data-page="1"]');
        return c && c.dataset.doc ? { doc: Number(c.dataset.doc), at: Number(c.dataset.paintedAt) } : null;`);
    const language = (lang) =>
      `const el = document.querySelector("#pack-language"); el.value = "${lang}"; el.dispatchEvent(new Event("change", { bubbles: true }))`;
    const audience = (a) => `document.querySelector('input[name="audience"][value="${a}"]').click()`;
    const changes = [audience("internal"), language("ru"), language("en"), audience("external")];
    const changed = [];
    const parts = { bytes: [], open: [], draw: [] };
    let i = 0;
    for (; i < Math.max(RUNS, 4); i++) {
      const before = await firstPage();
      const t0 = await s.execute(`const t0 = performance.now(); ${changes[i % changes.length]}; return t0;`);
      const after = await until(
        async () => {
          const now = await firstPage();
          return now && now.doc !== before?.doc && now.at > t0 ? now : null;
        },
        { timeout: 120_000, interval: 20, what: "the first page after a change" },
      ).catch(() => null);
      if (!after) break;
      changed.push(after.at - t0);
      // Where the time went: the PDF the first page came from (the first pages alone, or
      // the whole pack) arriving, the viewer taking it, and the page drawn (by the app) and painted.
      const [received, opened, firstReceived, firstOpened] = await s.execute(
        `const v = document.querySelector('[data-testid="pack-pages"]');
         return [v.dataset.receivedAt, v.dataset.openedAt, v.dataset.firstReceivedAt, v.dataset.firstOpenedAt].map(Number);`,
      );
      const [r, o] = firstOpened > t0 && firstOpened <= after.at ? [firstReceived, firstOpened] : [received, opened];
      parts.bytes.push(r - t0);
      parts.open.push(o - r);
      parts.draw.push(after.at - o);
      // The whole PDF after the first pages: wait for it before the next change.
      await until(
        () => s.execute(`return document.querySelector('[data-testid="pack-pages"]').getAttribute("aria-busy") !== "true" ? true : null;`),
        { timeout: 120_000, interval: 50, what: "the whole pack's pages" },
      ).catch(() => null);
    }
    if (changed.length) {
      console.log(`pack builder, a change → the first page painted: ${summary(changed)} (target ≤ 1 s for 500 pages)`);
      console.log(`  of which: the first pages' bytes in the window ${summary(parts.bytes)}; the viewer taking them ${summary(parts.open)}; drawing the first page ${summary(parts.draw)}`);
    }
    if (SHOT) {
      // One more change, and the window while only the first pages are there: page 7 in view.
      await s.execute(changes[i % changes.length]);
      const early = await until(
        () => s.execute(`const v = document.querySelector('[data-testid="pack-pages"]');
          return Number(v.dataset.held) > 0 && Number(v.dataset.count) > Number(v.dataset.held) ? true : null;`),
        { timeout: 60_000, interval: 10, what: "the first pages alone" },
      ).catch(() => null);
      if (early) {
        await s.execute(`const v = document.querySelector('[data-testid="pack-pages"]'); v.scrollTo({ top: 14 + 5 * Number(v.dataset.stride) - 200 })`);
        await sleep(300);
        writeFileSync(`${SHOT}/pack-first-pages.png`, await s.screenshot());
        console.log(`screenshot of the first pages alone: ${SHOT}/pack-first-pages.png`);
      }
    }
  }
  await sleep(1000);
  memory("after the incidents screen, searches and the pack builder");

  // 4. Exporting the next round's pack, cancelled while it renders: no file is left.
  if (previewed.length && SAVE_DIR) {
    await s.execute(`document.querySelector('[data-testid="export-pdf"]').click()`);
    const t0 = Date.now();
    await until(
      async () => (await s.execute(`const p = document.querySelector('[data-testid="export-progress"]'); return p ? p.textContent : "";`)).length > 0,
      { timeout: 60_000, interval: 20, what: "the export's progress" },
    );
    const shown = Date.now() - t0;
    await until(
      () => s.execute(`const b = document.querySelector('[data-testid="cancel-export"]'); return b && !b.disabled ? true : null;`),
      { timeout: 60_000, interval: 20, what: "a cancel button to press" },
    );
    const t1 = Date.now();
    const during = await s.execute(
      `document.querySelector('[data-testid="cancel-export"]').click(); return document.querySelector('[data-testid="export-progress"] p').textContent;`,
    );
    await until(
      async () => !(await s.execute(`return !!document.querySelector('[data-testid="export-progress"]')`)),
      { timeout: 120_000, interval: 50, what: "the export to stop" },
    );
    const stopped = Date.now() - t1;
    const left = readdirSync(SAVE_DIR).filter((f) => f.endsWith(".pdf") || f.includes(".tmp"));
    console.log(`export of the next round's pack: progress shown after ${shown} ms; cancelled at “${during.trim()}”, stopped ${stopped} ms after the click; files left in the save folder: ${left.length ? left.join(", ") : "none"}`);
    memory("after the cancelled export");
  }
} finally {
  await s.end();
}
