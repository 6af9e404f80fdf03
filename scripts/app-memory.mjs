// The memory of the desktop app: its process and every process below it (WebKit's),
// read from /proc. RSS counts shared libraries once per process; PSS shares them out.
import { readFileSync, readdirSync } from "node:fs";

function procs() {
  const out = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const status = readFileSync(`/proc/${d}/status`, "utf8");
      const name = status.match(/^Name:\s+(.*)$/m)?.[1] ?? "";
      const ppid = Number(status.match(/^PPid:\s+(\d+)/m)?.[1]);
      const rss = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
      let pss = 0;
      try {
        pss = Number(readFileSync(`/proc/${d}/smaps_rollup`, "utf8").match(/^Pss:\s+(\d+) kB/m)?.[1] ?? 0);
      } catch {
        // not readable
      }
      out.push({ pid: Number(d), ppid, name, rss, pss });
    } catch {
      // gone
    }
  }
  return out;
}

/** The app (named like the binary) and every process below it (WebKit's). */
export function appMemory(binaryName) {
  const all = procs();
  const roots = all.filter((p) => binaryName.startsWith(p.name) || p.name.startsWith(binaryName.slice(0, 15)));
  const tree = new Map(roots.map((p) => [p.pid, p]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.set(p.pid, p);
        grew = true;
      }
    }
  }
  return [...tree.values()];
}
