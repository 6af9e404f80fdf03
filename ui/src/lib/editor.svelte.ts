// The record editor open over any screen (search results open records too).
import type { RecordKind, RecordOf } from "../api";

/** The record open over the screen: to read (`reading`), to edit, or a new one. */
export type Editing = { kind: RecordKind; record: Partial<RecordOf<RecordKind>>; isNew: boolean; reading: boolean };

export const editor = $state({ current: null as Editing | null });

/** Opens a record in its form, for an "Edit …" button. */
export function edit<K extends RecordKind>(kind: K, record: RecordOf<K>) {
  editor.current = { kind, record: structuredClone($state.snapshot(record)) as RecordOf<K>, isNew: false, reading: false };
}

/** Opens a record to read, with an Edit button: how lists and search results open one. */
export function view<K extends RecordKind>(kind: K, record: RecordOf<K>) {
  editor.current = { kind, record: structuredClone($state.snapshot(record)) as RecordOf<K>, isNew: false, reading: true };
}

export function add<K extends RecordKind>(kind: K, start: Partial<RecordOf<K>> = {}) {
  editor.current = { kind, record: { id: "", ...start } as Partial<RecordOf<K>>, isNew: true, reading: false };
}

export function closeEditor() {
  editor.current = null;
}

