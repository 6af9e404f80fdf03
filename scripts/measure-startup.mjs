// Measures cold start to an interactive window through WebDriver: the time from asking
// tauri-driver for a session (which launches the app) until the home screen, which the UI
// renders only after its first commands returned, is in the DOM. Then the idle memory of
// the whole app: the RSS of the app and its WebKit processes, summed from /proc.
// Run by scripts/measure-startup.sh, inside Xvfb and a D-Bus session, with tauri-driver up.
import { appMemory } from "./app-memory.mjs";
import { Session, sleep, waitForDriver } from "../tests/e2e/webdriver.mjs";

const APP = process.env.MEASURE_APP;
const RUNS = Number(process.env.MEASURE_RUNS ?? 5);
const IDLE_MS = Number(process.env.MEASURE_IDLE_MS ?? 8000);

const name = APP.split("/").pop();
await waitForDriver();
const times = [];
let memory = null;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const s = await Session.start(APP);
  let ready = null;
  while (!ready) {
    ready = await s.find('[data-testid="app-ready"] [data-testid="next-round"], [data-testid="first-start"]');
    if (!ready) await sleep(10);
  }
  const ms = performance.now() - t0;
  times.push(ms);
  console.log(`run ${i + 1}: interactive after ${ms.toFixed(0)} ms`);
  if (i === RUNS - 1) {
    await sleep(IDLE_MS);
    const tree = appMemory(name);
    memory = { rss: tree.reduce((n, p) => n + p.rss, 0), pss: tree.reduce((n, p) => n + p.pss, 0) };
    for (const p of tree) {
      console.log(`  ${p.name.padEnd(22)} pid ${String(p.pid).padEnd(7)} RSS ${(p.rss / 1024).toFixed(1)} MiB  PSS ${(p.pss / 1024).toFixed(1)} MiB`);
    }
  }
  await s.end();
  await sleep(500);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `startup: first ${times[0].toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, ` +
    `max ${sorted.at(-1).toFixed(0)} ms over ${RUNS} runs`,
);
console.log(
  `idle memory after ${IDLE_MS / 1000} s (WebDriver build): RSS sum ${(memory.rss / 1024).toFixed(1)} MiB, ` +
    `PSS sum ${(memory.pss / 1024).toFixed(1)} MiB`,
);
