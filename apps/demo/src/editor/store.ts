// The work in progress kept in the browser (IndexedDB, raw API): the report being edited,
// the report as opened, the steps to undo and redo, and where it came from, so that a reload
// brings it all back. One database, one object store, one record.
import type { Report } from "@disclosure/schema";

const DB = "disclosure-demo";
const STORE = "work";
const KEY = "current";

/** Where the edited report came from, enough to open the source again. */
export type WorkOrigin =
  | { readonly kind: "sample" }
  | { readonly kind: "synthetic"; readonly seed: number; readonly year: number }
  /** A user's file or a roll-up handed over: the loaded data as they were (no functions). */
  | { readonly kind: "loaded"; readonly loaded: unknown };

export interface SavedWork {
  readonly version: 1;
  readonly origin: WorkOrigin;
  readonly base: Report;
  readonly current: Report;
  readonly past: readonly Report[];
  readonly future: readonly Report[];
  readonly savedAt: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error ?? req.error);
      tx.onabort = () => reject(tx.error ?? req.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps the work; false when the browser refuses (private mode, no space, data it cannot clone). */
export async function saveWork(work: SavedWork): Promise<boolean> {
  try {
    await run("readwrite", (s) => s.put(work, KEY));
    return true;
  } catch {
    return false;
  }
}

/** The work kept, or undefined (none, another version, or no IndexedDB). */
export async function loadWork(): Promise<SavedWork | undefined> {
  try {
    const w = await run<SavedWork | undefined>("readonly", (s) => s.get(KEY));
    return w && w.version === 1 && w.base && w.current ? w : undefined;
  } catch {
    return undefined;
  }
}
