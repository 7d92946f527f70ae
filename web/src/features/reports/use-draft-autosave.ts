import { useCallback, useEffect, useRef, useState } from 'react';
import { useSaveDraft } from './api';
import type { DraftBody, Submission } from './types';

/** Quiet time after the last keystroke before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;

export type DraftContent = { values: Record<string, string>; narrative: string };

function bodyOf(content: DraftContent): DraftBody {
  const values = Object.fromEntries(
    Object.entries(content.values).map(([id, value]) => [id, value.trim() === '' ? null : value]),
  );
  return { values, narrative: content.narrative.trim() === '' ? null : content.narrative };
}

/**
 * The form as typed, saved with a debounced PUT …/draft. Saves never overlap: a change made while one is in
 * flight is saved right after it. `flush()` saves now and tells whether the server took the latest content
 * (a value it refuses, e.g. "abc" for a number, keeps the draft unsaved and names the field). Each save sends the
 * row version of the one before, so a draft saved meanwhile elsewhere is refused (409 stale), never overwritten.
 */
export function useDraftAutosave(submission: Submission) {
  const save = useSaveDraft(submission.id);
  const [content, setContent] = useState<DraftContent>(() => ({
    values: { ...submission.values },
    narrative: submission.narrative ?? '',
  }));
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [dirty, setDirty] = useState(false);
  const latest = useRef(content);
  /** The version this form last loaded or saved: a save by someone else in between answers 409 stale. */
  const version = useRef(submission.rowVersion);
  const pending = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const lastOk = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { mutateAsync } = save;

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (inFlight.current) await inFlight.current;
    if (!pending.current) return lastOk.current;
    pending.current = false;
    const attempt = mutateAsync({ ...bodyOf(latest.current), rowVersion: version.current }).then(
      (saved) => {
        version.current = saved.rowVersion;
        lastOk.current = true;
        setSavedAt(new Date());
        return true;
      },
      () => {
        lastOk.current = false;
        return false;
      },
    );
    inFlight.current = attempt;
    const ok = await attempt;
    inFlight.current = null;
    if (pending.current) return flush();
    setDirty(false);
    return ok;
  }, [mutateAsync]);

  const change = (next: Partial<DraftContent>) => {
    const merged = { ...latest.current, ...next };
    latest.current = merged;
    pending.current = true;
    setContent(merged);
    setDirty(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  };

  // Leaving the page saves what was typed since the last save.
  useEffect(
    () => () => {
      if (pending.current) void flush();
    },
    [flush],
  );

  return {
    content,
    setValue: (fieldId: string, value: string) =>
      change({ values: { ...latest.current.values, [fieldId]: value } }),
    setNarrative: (narrative: string) => change({ narrative }),
    flush,
    dirty,
    saving: save.isPending,
    savedAt,
    error: save.error,
  };
}
