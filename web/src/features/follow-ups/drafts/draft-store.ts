import type { StoredDraft } from './draft-records';

/**
 * The follow-up drafts kept on this device: one IndexedDB store keyed by the form's clientId, on the raw API (a few
 * lines; no dependency). Every read-modify-write runs in one readwrite transaction, which IndexedDB runs one at a
 * time per store across all tabs, so two tabs never interleave inside one change.
 */

const DB_NAME = 'tidtam-follow-ups';
const STORE = 'drafts';

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'clientId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

function settle<T>(transaction: IDBTransaction, result: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve(result());
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export async function readDraft(clientId: string): Promise<StoredDraft | undefined> {
  const transaction = (await database()).transaction(STORE, 'readonly');
  const request = transaction.objectStore(STORE).get(clientId);
  return settle(transaction, () => request.result as StoredDraft | undefined);
}

export async function readAllDrafts(): Promise<StoredDraft[]> {
  const transaction = (await database()).transaction(STORE, 'readonly');
  const request = transaction.objectStore(STORE).getAll();
  return settle(transaction, () => request.result as StoredDraft[]);
}

/**
 * Reads the stored draft, hands it to `change` and stores what it answers (undefined = leave it as it is), all in
 * one transaction; answers the draft as stored afterwards.
 */
export async function changeDraft(
  clientId: string,
  change: (stored: StoredDraft | undefined) => StoredDraft | undefined,
): Promise<StoredDraft | undefined> {
  const transaction = (await database()).transaction(STORE, 'readwrite');
  const store = transaction.objectStore(STORE);
  const request = store.get(clientId);
  let after: StoredDraft | undefined;
  request.onsuccess = () => {
    const stored = request.result as StoredDraft | undefined;
    const next = change(stored);
    after = next ?? stored;
    if (next) store.put(next);
  };
  return settle(transaction, () => after);
}
