import { apiRequest } from '../../../shared/api/client';
import {
  applyConflict,
  applySaved,
  type FollowUp,
  failureOf,
  pendingDrafts,
  type SendFailure,
  type StoredDraft,
} from './draft-records';
import { changeDraft, readAllDrafts, readDraft } from './draft-store';

/**
 * Sends the drafts kept on this device to PUT /api/follow-ups/drafts/:clientId: one send in flight per clientId,
 * again while edits keep coming, the oldest draft first. A resend after a lost answer is safe: the server keeps
 * one follow-up per clientId and answers a replayed save as saved.
 */

export type SyncEvent = {
  clientId: string;
  phase: 'sending' | 'saved' | SendFailure;
  record: StoredDraft | undefined;
  /** The server's Thai message when it refused the draft. */
  message: string | null;
};

const listeners = new Set<(event: SyncEvent) => void>();
const running = new Map<string, Promise<SyncEvent['phase'] | 'idle'>>();
const again = new Set<string>();

export function onDraftSync(listener: (event: SyncEvent) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function emit(event: SyncEvent) {
  for (const listener of listeners) listener(event);
}

async function sendOnce(clientId: string, userId: number, redirectOnUnauthorized: boolean) {
  const record = await readDraft(clientId);
  if (!record?.dirty || record.userId !== userId) return 'idle';
  if (record.conflict) return 'conflict';
  if (!navigator.onLine) {
    emit({ clientId, phase: 'offline', record, message: null });
    return 'offline';
  }
  emit({ clientId, phase: 'sending', record, message: null });
  let server: FollowUp;
  try {
    server = await apiRequest<FollowUp>(`/follow-ups/drafts/${clientId}`, {
      method: 'PUT',
      body: { ...record.draft, baseRevision: record.baseRevision },
      redirectOnUnauthorized,
    });
  } catch (error) {
    const phase = failureOf(error);
    const marked =
      phase === 'conflict'
        ? await changeDraft(clientId, (stored) => applyConflict(stored, record.baseRevision))
        : undefined;
    if (phase === 'conflict' && !marked?.conflict) return 'again';
    // Edits made while the send was on its way are in the stored draft, not in `record`: the screen takes that.
    const after = marked ?? (await readDraft(clientId));
    emit({ clientId, phase, record: after, message: error instanceof Error ? error.message || null : null });
    return phase;
  }
  const after = await changeDraft(
    clientId,
    (stored) => stored && applySaved(stored, record.editedAt, server),
  );
  emit({ clientId, phase: 'saved', record: after, message: null });
  return after?.dirty ? 'again' : 'saved';
}

/**
 * Sends one draft's unsent edits if `userId` wrote them (the session is theirs); a call while a send is in flight
 * makes that send go round once more.
 */
export function syncDraft(
  clientId: string,
  userId: number,
  redirectOnUnauthorized = false,
): Promise<SyncEvent['phase'] | 'idle'> {
  const inFlight = running.get(clientId);
  if (inFlight) {
    again.add(clientId);
    return inFlight;
  }
  const run = (async () => {
    try {
      for (;;) {
        again.delete(clientId);
        const outcome = await sendOnce(clientId, userId, redirectOnUnauthorized);
        if (outcome === 'again' || ((outcome === 'saved' || outcome === 'idle') && again.has(clientId)))
          continue;
        return outcome;
      }
    } finally {
      running.delete(clientId);
    }
  })();
  running.set(clientId, run);
  return run;
}

/** Sends every draft of `userId` with unsent edits, oldest first; stops at the first sign of being offline. */
export async function syncAllDrafts(userId: number): Promise<void> {
  for (const record of pendingDrafts(await readAllDrafts(), userId)) {
    if ((await syncDraft(record.clientId, userId)) === 'offline') return;
  }
}
