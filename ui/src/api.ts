// The one place where the UI talks to Rust. Every call is typed with the types generated
// from the Rust structs (ui/src/bindings/, see scripts/check-bindings.sh). A failed call
// rejects with an `ApiError` ({ code, message, field? }): the UI branches on `code`, shows
// `message`, and puts it next to the form field named by `field`.
import { Channel, invoke } from "@tauri-apps/api/core";

import type { AnyRecord } from "./bindings/AnyRecord";
import type { AskResult } from "./bindings/AskResult";
import type { AppError } from "./bindings/AppError";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { Backups } from "./bindings/Backups";
import type { BundleOpened } from "./bindings/BundleOpened";
import type { BundleWritten } from "./bindings/BundleWritten";
import type { BundleScope } from "./bindings/BundleScope";
import type { BundlePreview } from "./bindings/BundlePreview";
import type { LastPackChoice } from "./bindings/LastPackChoice";
import type { Catalogue } from "./bindings/Catalogue";
import type { CslPreview } from "./bindings/CslPreview";
import type { CslReport } from "./bindings/CslReport";
import type { CslWritten } from "./bindings/CslWritten";
import type { CsvOptions } from "./bindings/CsvOptions";
import type { CsvOpened } from "./bindings/CsvOpened";
import type { CsvPreview } from "./bindings/CsvPreview";
import type { CsvReport } from "./bindings/CsvReport";
import type { DateReading } from "./bindings/DateReading";
import type { EncryptionReport } from "./bindings/EncryptionReport";
import type { ImportPlan } from "./bindings/ImportPlan";
import type { ImportReport } from "./bindings/ImportReport";
import type { Incident } from "./bindings/Incident";
import type { IncidentFilter } from "./bindings/IncidentFilter";
import type { IncidentPage } from "./bindings/IncidentPage";
import type { Kind } from "./bindings/Kind";
import type { Language } from "./bindings/Language";
import type { LibraryStatus } from "./bindings/LibraryStatus";
import type { LockReason } from "./bindings/LockReason";
import type { PackMade } from "./bindings/PackMade";
import type { PagesShown } from "./bindings/PagesShown";
import type { PackRewritten } from "./bindings/PackRewritten";
import type { PackStep } from "./bindings/PackStep";
import type { PackPreview } from "./bindings/PackPreview";
import type { PackSummary } from "./bindings/PackSummary";
import type { Paper } from "./bindings/Paper";
import type { Resolutions } from "./bindings/Resolutions";
import type { RoundOutcome } from "./bindings/RoundOutcome";
import type { SavedOutcome } from "./bindings/SavedOutcome";
import type { SearchHit } from "./bindings/SearchHit";
import type { Selection } from "./bindings/Selection";
import type { Settings } from "./bindings/Settings";
import type { SettingsView } from "./bindings/SettingsView";
import type { StatusGrid } from "./bindings/StatusGrid";

export type RecordKind = AnyRecord["kind"];
/** The record type of a kind, e.g. `RecordOf<"incident">` is `Incident`. */
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>["record"];

/** An error from a command, as the UI handles it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly problems: { field: string; message: string }[];
  constructor(e: AppError) {
    super(e.message);
    this.name = "ApiError";
    this.code = e.code;
    this.field = e.field;
    this.problems = e.problems ?? (e.field ? [{ field: e.field, message: e.message }] : []);
  }
}

/** Turns anything a call threw into an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    return new ApiError(e as AppError);
  }
  return new ApiError({ code: "internal", message: e instanceof Error ? e.message : String(e) });
}

let lockedHandler: (() => void) | null = null;
/** Called when a command finds the library closed (it locked itself meanwhile). */
export function onLocked(handler: () => void) {
  lockedHandler = handler;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    const err = toApiError(e);
    if (err.code === "locked") lockedHandler?.();
    throw err;
  }
}

// ----- the library -----
export const libraryStatus = () => call<LibraryStatus>("library_status");
export const unlock = (passphrase: string) => call<void>("unlock", { passphrase });
export const startLibrary = (demo: boolean) => call<void>("start_library", { demo });
export const catalogue = () => call<Catalogue>("catalogue");

// ----- records -----
export async function createRecord<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<RecordOf<K>> {
  const saved = await call<AnyRecord>("create_record", { record: { kind, record } });
  return saved.record as RecordOf<K>;
}
export async function updateRecord<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<RecordOf<K>> {
  const saved = await call<AnyRecord>("update_record", { record: { kind, record } });
  return saved.record as RecordOf<K>;
}
export const deleteRecord = (kind: RecordKind, id: string) => call<void>("delete_record", { kind, id });
/** Saves a round's outcome with exactly these ask results (created, updated, the others
 *  deleted) in one transaction; a refused result is named `results[i].field`. */
export const saveOutcome = (outcome: RoundOutcome, results: AskResult[]) =>
  call<SavedOutcome>("save_outcome", { outcome, results });
export const getIncident = (id: string) => call<Incident>("get_incident", { id });
export const listIncidents = (filter: IncidentFilter) => call<IncidentPage>("list_incidents", { filter });
export const search = (query: string, kind: Kind | null = null, limit = 50) =>
  call<SearchHit[]>("search", { query, kind, limit });
export const readDate = (text: string) => call<DateReading>("read_date", { text });

// ----- settings -----
export const getSettings = () => call<SettingsView>("get_settings");
export const saveSettings = (settings: Settings) => call<Settings>("save_settings", { settings });
/** The language the core words its messages in (errors, findings). */
export const setLanguage = (language: Language) => call<void>("set_language", { language });

// ----- outside the app -----
export const openSourceUrl = (id: string) => call<void>("open_source_url", { id });
export const openWrittenFile = (path: string) => call<void>("open_written_file", { path });
export const showWrittenFile = (path: string) => call<void>("show_written_file", { path });

// ----- security: locking, encryption, backups -----
// Passphrases go straight to Rust; the UI keeps them only in the form that asks for them.
export const lockLibrary = () => call<void>("lock_library");
/** The user touched the keyboard or mouse (restarts the idle clock). */
export const noteActivity = () => call<void>("note_activity");
/** Hears when the library locks itself after being idle. */
export function watchLock(onLock: (reason: LockReason) => void) {
  const channel = new Channel<LockReason>();
  channel.onmessage = onLock;
  return call<void>("watch_lock", { onLock: channel });
}
export const encryptLibrary = (passphrase: string) => call<EncryptionReport>("encrypt_library", { passphrase });
export const changePassphrase = (current: string, passphrase: string) =>
  call<EncryptionReport>("change_passphrase", { current, passphrase });
export const decryptLibrary = (passphrase: string) => call<EncryptionReport>("decrypt_library", { passphrase });
export const listBackups = () => call<Backups>("list_backups");
export const backupNow = () => call<Backups>("backup_now");
export const restoreBackup = (fileName: string, passphrase: string | null) =>
  call<void>("restore_backup", { fileName, passphrase });

// ----- bringing material in (each: choose and preview, then confirm; null: cancelled) -----
export const chooseCsvFile = () => call<CsvOpened | null>("choose_csv_file");
export const previewCsv = (options: CsvOptions) => call<CsvPreview>("preview_csv", { options });
export const importCsv = (options: CsvOptions) => call<CsvReport>("import_csv", { options });
export const chooseCslFile = () => call<CslPreview | null>("choose_csl_file");
export const importCsl = () => call<CslReport>("import_csl");
export const chooseBundleFile = () => call<BundleOpened | null>("choose_bundle_file");
export const unsealBundle = (passphrase: string) => call<ImportPlan>("unseal_bundle", { passphrase });
export const mergeBundle = (resolutions: Resolutions) => call<ImportReport>("merge_bundle", { resolutions });
/** Forgets a file chosen for import (the preview was closed without importing). */
export const cancelImport = () => call<void>("cancel_import");

// ----- sending material out (null: the user cancelled the dialog) -----
export const previewBundle = (scope: BundleScope) => call<BundlePreview>("preview_bundle", { scope });
export const exportBundle = (scope: BundleScope, passphrase: string | null) =>
  call<BundleWritten | null>("export_bundle", { scope, passphrase });
export const exportCsl = (includeRestricted: boolean) => call<CslWritten | null>("export_csl", { includeRestricted });

// ----- packs -----
/** What the builder shows beside the pages: what the pack holds, every item it could pull
 *  in with what became of it, the readiness check (nothing is laid out). Of the candidate
 *  incidents and the findings, the first `listed` of each list (all when null), with how
 *  many there are in `totals`. */
export const packPreview = (selection: Selection, listed: number | null) =>
  call<PackPreview>("pack_preview", { selection, listed });
/** A `pack_pages` reply as the viewer takes it. */
function toPages(reply: PagesShown) {
  return {
    doc: reply.doc,
    pdfPages: reply.pdf_pages,
    pageCount: reply.page_count,
    ratio: reply.page_height / reply.page_width,
    anchors: reply.anchors,
    contents: reply.contents,
  };
}
/** The pack's pages exactly as export would write them. The PDF stays in the app, which
 *  draws each page the viewer shows (`packPage`); this gives its number `doc`, its page
 *  count and proportions, the page of each heading anchor and the contents. A long pack's
 *  first pages come first: `onFirst` gets them (a PDF of those pages alone, with the
 *  whole pack's page count) while the rest is written. A newer call makes an older one
 *  still running stop (it fails with the code `cancelled`). */
export async function packPages(selection: Selection, paper: Paper, onFirst?: (pages: ReturnType<typeof toPages>) => void) {
  const first = new Channel<PagesShown>();
  let whole = false;
  // The first pages may arrive after the whole (they come by another road): then they are dropped.
  first.onmessage = (reply) => {
    if (!whole) onFirst?.(toPages(reply));
  };
  const reply = await call<PagesShown>("pack_pages", { selection, paper, first });
  whole = true;
  return toPages(reply);
}
/** Page `page` (1-based) of the pages numbered `doc`, drawn `width` pixels wide: a PNG's
 *  bytes (sent raw, not as JSON). Fails with the code `cancelled` once newer pages
 *  replaced those. */
export const packPage = (doc: number, page: number, width: number) => call<ArrayBuffer>("pack_page", { doc, page, width });
/** Asks where to save, then writes the PDF; null: the user cancelled the dialog. Fails
 *  with the code `cancelled` when `cancelExport` stopped it (nothing was written). */
export function exportPack(selection: Selection, paper: Paper, onStep: (step: PackStep) => void) {
  const progress = new Channel<PackStep>();
  progress.onmessage = onStep;
  return call<PackMade | null>("export_pack", { selection, paper, progress });
}
/** Stops the export under way before its next stage. */
export const cancelExport = () => call<void>("cancel_export");
export const lastPackChoice = (roundId: string) => call<LastPackChoice | null>("last_pack_choice", { roundId });
export const listPacks = () => call<PackSummary[]>("list_packs");
export const statusGrid = (negotiationId: string) => call<StatusGrid>("status_grid", { negotiationId });
export const reexportPack = (id: string) => call<PackRewritten | null>("reexport_pack", { id });
