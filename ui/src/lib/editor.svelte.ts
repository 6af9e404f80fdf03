// The record editor open over any screen (search results open records too).
import type { RecordKind, RecordOf } from "../api";

export type Editing = { kind: RecordKind; record: Partial<RecordOf<RecordKind>>; isNew: boolean };

export const editor = $state({ current: null as Editing | null });

export function edit<K extends RecordKind>(kind: K, record: RecordOf<K>) {
  editor.current = { kind, record: structuredClone($state.snapshot(record)) as RecordOf<K>, isNew: false };
}

export function add<K extends RecordKind>(kind: K, start: Partial<RecordOf<K>> = {}) {
  editor.current = { kind, record: { id: "", ...start } as Partial<RecordOf<K>>, isNew: true };
}

export function closeEditor() {
  editor.current = null;
}
