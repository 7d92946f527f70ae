import type { DraftContent } from './draft-records';

/**
 * The last edit of a page being left while its IndexedDB write is still running (a reload or a closed tab right
 * after a keystroke can abort that write): kept synchronously in localStorage on `pagehide`, taken back into the
 * draft by the next load of the form, then dropped.
 */
export type RescuedEdit = { draft: DraftContent; base: number | null; userId: number };

const keyOf = (clientId: string) => `tidtam.follow-up-draft.${clientId}`;

export function keepRescue(clientId: string, edit: RescuedEdit): void {
  localStorage.setItem(keyOf(clientId), JSON.stringify(edit));
}

/** The edit kept for this form by this user, if any. */
export function readRescue(clientId: string, userId: number): RescuedEdit | undefined {
  const text = localStorage.getItem(keyOf(clientId));
  if (!text) return undefined;
  try {
    const edit = JSON.parse(text) as RescuedEdit;
    return edit.userId === userId ? edit : undefined;
  } catch {
    return undefined;
  }
}

export function dropRescue(clientId: string): void {
  localStorage.removeItem(keyOf(clientId));
}
