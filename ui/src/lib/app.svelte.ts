// The app's shared state: where the user is, what the library holds (the small kinds;
// incidents are paged from the core), and short notices.
import * as api from "../api";
import { forgetChoices } from "./packChoices";
import type { Catalogue } from "../bindings/Catalogue";
import type { LibraryStatus } from "../bindings/LibraryStatus";
import type { LockReason } from "../bindings/LockReason";
import type { SettingsView } from "../bindings/SettingsView";
import { closeEditor } from "./editor.svelte";

export type Screen =
  | "home"
  | "rounds"
  | "areas"
  | "incidents"
  | "cases"
  | "commitments"
  | "sources"
  | "asks"
  | "pack"
  | "settings"
  | "search";

export type Route = { screen: Screen; id?: string; query?: string };

export const app = $state({
  route: { screen: "home" } as Route,
  status: null as LibraryStatus | null,
  catalogue: null as Catalogue | null,
  settings: null as SettingsView | null,
  /** The user chose "Start empty" on this run: don't offer the demo again. */
  startedEmpty: false,
  notice: null as { kind: "ok" | "error" | "info"; text: string } | null,
  /** Bumped after any change, so paged lists reload. */
  version: 0,
  /** Why the library was locked, for the unlock screen. */
  lockedBy: null as LockReason | null,
});

export function go(screen: Screen, extra: Omit<Route, "screen"> = {}) {
  app.route = { screen, ...extra };
}

/** Reloads the small kinds after a change. */
export async function refresh() {
  app.catalogue = await api.catalogue();
  app.version += 1;
}

export async function loadSettings() {
  app.settings = await api.getSettings();
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
export function notify(kind: "ok" | "error" | "info", text: string, ms = 5000) {
  app.notice = { kind, text };
  clearTimeout(noticeTimer);
  if (ms > 0) noticeTimer = setTimeout(() => (app.notice = null), ms);
}

/**
 * Forgets everything the window holds of the library: the records, the settings, the
 * screen and its filters, open forms, notices. Used when the library locks, so nothing of
 * it stays on screen or in the page (the screens unmount with the shell).
 */
export function forgetLibrary() {
  closeEditor();
  forgetChoices();
  clearTimeout(noticeTimer);
  app.notice = null;
  app.catalogue = null;
  app.settings = null;
  app.route = { screen: "home" };
  app.version += 1;
}

/** After the library file changed under the app (encrypted, restored): read it all again. */
export async function reload() {
  app.status = await api.libraryStatus();
  if (app.status.open) {
    await Promise.all([refresh(), loadSettings()]);
  } else {
    forgetLibrary();
  }
}
