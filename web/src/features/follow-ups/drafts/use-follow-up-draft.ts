import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../shared/api/api-error';
import { apiRequest } from '../../../shared/api/client';
import { useCurrentUser } from '../../auth/api';
import {
  applyEdit,
  type DraftContent,
  type DraftView,
  type Editor,
  type FollowUp,
  fromServer,
  type NewDraft,
  onLoad,
  type StoredDraft,
  withRescued,
} from './draft-records';
import { dropRescue, keepRescue, readRescue } from './draft-rescue';
import { changeDraft } from './draft-store';
import { onDraftSync, type SyncEvent, syncDraft } from './draft-sync';

export type { DraftContent, DraftView, FollowUp, NewDraft } from './draft-records';

/** 'local-only' = kept on this device (IndexedDB), sent when the network (or the session) is back. */
export type DraftStatus = 'loading' | 'saved' | 'saving' | 'local-only' | 'conflict' | 'error';

type DraftState = {
  draft: DraftContent | undefined;
  followUp: FollowUp | undefined;
  /** What to show of a draft the server has not answered for yet (kept on the device when it started). */
  view: DraftView | undefined;
  status: DraftStatus;
  /** The server's Thai message when it refused the draft (status 'error'), else null. */
  message: string | null;
};

/** This page load's name for itself: edits another tab has not sent yet are never written over. */
const TAB = crypto.randomUUID();
const SEND_DELAY_MS = 800;
const editor = (userId: number): Editor => ({ tab: TAB, userId, now: Date.now() });

const statusOf: Record<SyncEvent['phase'], DraftStatus> = {
  sending: 'saving',
  saved: 'saved',
  offline: 'local-only',
  'signed-out': 'local-only',
  conflict: 'conflict',
  refused: 'error',
  failed: 'error',
};

const unsentStatus = (record: StoredDraft): DraftStatus => {
  if (record.conflict) return 'conflict';
  if (!record.dirty) return 'saved';
  return navigator.onLine ? 'saving' : 'local-only';
};

/** The server's copy by clientId: null when it has none, undefined when it cannot be asked now. */
async function serverCopy(clientId: string): Promise<FollowUp | null | undefined> {
  try {
    return await apiRequest<FollowUp>(`/follow-ups/by-client/${clientId}`);
  } catch (error) {
    return isApiError(error, 404) ? null : undefined;
  }
}

/**
 * A follow-up draft that survives the network: every change goes to IndexedDB at once, then (debounced) to
 * PUT /api/follow-ups/drafts/:clientId. `start` makes a new draft when neither this device nor the server has one.
 */
export function useFollowUpDraft(clientId: string, start?: NewDraft) {
  const userId = useCurrentUser().id;
  const [state, setState] = useState<DraftState>({
    draft: undefined,
    followUp: undefined,
    view: undefined,
    status: 'loading',
    message: null,
  });
  const content = useRef<DraftContent | undefined>(undefined);
  const base = useRef<number | null>(null);
  const writing = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const startRef = useRef(start);

  const adopt = useCallback(
    (record: StoredDraft | undefined, status: DraftStatus, message: string | null) => {
      if (record?.tab === TAB) {
        base.current = record.baseRevision;
        // Edits still on their way to IndexedDB are newer than the record: the screen keeps them.
        if (writing.current === 0) content.current = record.draft;
      }
      setState((s) => ({
        draft: content.current,
        followUp: record?.server ?? undefined,
        view: record?.view ?? s.view,
        status,
        message,
      }));
    },
    [],
  );

  const send = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    void syncDraft(clientId, userId, true);
  }, [clientId, userId]);

  useEffect(() => {
    let live = true;
    content.current = undefined;
    setState({ draft: undefined, followUp: undefined, view: undefined, status: 'loading', message: null });
    const stop = onDraftSync((event) => {
      if (event.clientId !== clientId || !live) return;
      const status =
        event.phase === 'saved' && event.record ? unsentStatus(event.record) : statusOf[event.phase];
      adopt(event.record, status, event.message);
    });
    void (async () => {
      const server = await serverCopy(clientId);
      const rescued = readRescue(clientId, userId);
      let otherUser = false;
      const record = await changeDraft(clientId, (local) => {
        const loaded = onLoad(clientId, local, server, startRef.current, editor(userId));
        otherUser = loaded === 'other-user';
        return loaded === 'other-user' ? undefined : withRescued(loaded, clientId, rescued, editor(userId));
      });
      if (rescued && !otherUser) dropRescue(clientId);
      if (!live) return;
      if (!record || otherUser) {
        const message = otherUser
          ? 'ร่างแบบติดตามนี้ในเครื่องนี้เป็นของผู้ใช้อื่นที่ยังไม่ได้ส่งขึ้นระบบ'
          : 'ไม่พบแบบติดตามนี้ทั้งในเครื่องนี้และในระบบ';
        setState({ draft: undefined, followUp: undefined, view: undefined, status: 'error', message });
        return;
      }
      adopt(record, unsentStatus(record), null);
      if (record.dirty) send();
    })();
    // Leaving the page while an edit is still on its way to IndexedDB: keep it where a synchronous write can.
    const rescue = () => {
      if (writing.current > 0 && content.current)
        keepRescue(clientId, { draft: content.current, base: base.current, userId });
    };
    window.addEventListener('online', send);
    window.addEventListener('pagehide', rescue);
    return () => {
      live = false;
      stop();
      window.removeEventListener('online', send);
      window.removeEventListener('pagehide', rescue);
      if (timer.current !== undefined) send();
    };
  }, [clientId, userId, adopt, send]);

  const update = useCallback(
    (next: Partial<Pick<DraftContent, 'followUpDate' | 'values'>>) => {
      if (!content.current) return;
      const draft = { ...content.current, ...next };
      content.current = draft;
      const waiting: DraftStatus = navigator.onLine ? 'saving' : 'local-only';
      setState((s) => ({ ...s, draft, status: s.status === 'conflict' ? s.status : waiting }));
      writing.current += 1;
      let foreign = false;
      void changeDraft(clientId, (stored) => {
        const edited = applyEdit(stored, clientId, draft, base.current, editor(userId));
        foreign = edited === 'foreign';
        return edited === 'foreign' ? undefined : edited;
      })
        .then((record) => {
          writing.current -= 1;
          if (foreign) {
            setState((s) => ({
              ...s,
              status: 'conflict',
              message: 'แบบติดตามนี้มีการแก้ไขในแท็บหรือหน้าต่างอื่นที่ยังไม่ได้ส่งขึ้นระบบ',
            }));
            return;
          }
          if (record) setState((s) => ({ ...s, status: unsentStatus(record), message: null }));
          clearTimeout(timer.current);
          timer.current = setTimeout(send, SEND_DELAY_MS);
        })
        .catch(() => {
          writing.current -= 1;
          setState((s) => ({ ...s, status: 'error', message: 'บันทึกร่างลงในเครื่องนี้ไม่ได้' }));
        });
    },
    [clientId, userId, send],
  );

  const reloadFromServer = useCallback(() => {
    void (async () => {
      const server = await serverCopy(clientId);
      if (!server) {
        setState((s) => ({ ...s, message: 'ยังติดต่อระบบไม่ได้ ลองใหม่เมื่อกลับมาออนไลน์' }));
        return;
      }
      const record = await changeDraft(clientId, (stored) =>
        fromServer(clientId, server, {
          ...editor(userId),
          now: Math.max(Date.now(), (stored?.editedAt ?? 0) + 1),
        }),
      );
      adopt(record, 'saved', null);
    })();
  }, [clientId, userId, adopt]);

  return { ...state, update, reloadFromServer };
}
