import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/api-error';
import {
  applyConflict,
  applyEdit,
  applySaved,
  type DraftContent,
  type DraftRecord,
  type DraftView,
  type Editor,
  failureOf,
  onLoad,
  pendingDrafts,
  type ServerCopy,
  withRescued,
} from './draft-records';

const ID = '3f2c8a3e-1b7d-4c55-9a1e-0d6f2b9c7e11';
const content = (values: Record<string, unknown>): DraftContent => ({
  templateId: 4,
  unit: '3415',
  followUpDate: '2023-07-12',
  values,
});
const server = (revision: number, values: Record<string, unknown>): ServerCopy => ({
  revision,
  template: { id: 4 },
  unit: { code: '3415' },
  followUpDate: '2023-07-12',
  values,
});
const record = (over: Partial<DraftRecord<ServerCopy>>): DraftRecord<ServerCopy> => ({
  clientId: ID,
  userId: 7,
  draft: content({ funds: '12' }),
  baseRevision: 2,
  dirty: false,
  editedAt: 100,
  tab: 'a',
  conflict: false,
  server: server(2, { funds: '12' }),
  ...over,
});
const view: DraftView = {
  definition: {
    titleTh: 'แบบติดตามตำบลเข้มแข็ง',
    subject: 'district',
    sections: [],
  } as unknown as DraftView['definition'],
  unitNameTh: 'อำเภอวารินชำราบ',
};
/** A page load by this device's own user. */
function load(...args: Parameters<typeof onLoad<ServerCopy>>) {
  const loaded = onLoad(...args);
  if (loaded === 'other-user') throw new Error('taken for another user’s copy');
  return loaded;
}
const by = (tab: string, now: number, userId = 7): Editor => ({ tab, userId, now });

describe('a page load', () => {
  it('keeps the unsent local copy over the server copy, with the server answer beside it', () => {
    const local = record({ dirty: true, draft: content({ funds: '13' }) });
    const loaded = load(ID, local, server(3, { funds: '99' }), undefined, by('b', 200));
    expect(loaded?.draft.values).toEqual({ funds: '13' });
    expect(loaded?.baseRevision).toBe(2);
    expect(loaded?.dirty).toBe(true);
    expect(loaded?.server?.revision).toBe(3);
    expect(loaded?.tab).toBe('b');
  });

  it('takes the server copy when nothing is unsent', () => {
    const loaded = load(ID, record({}), server(5, { funds: '20' }), undefined, by('b', 50));
    expect(loaded).toMatchObject({ baseRevision: 5, dirty: false, draft: content({ funds: '20' }) });
    expect(loaded?.editedAt).toBeGreaterThan(100);
  });

  it('offline keeps the local copy; a copy the server has lost is sent again', () => {
    expect(load(ID, record({}), undefined, undefined, by('b', 200))?.dirty).toBe(false);
    expect(load(ID, record({}), null, undefined, by('b', 200))?.dirty).toBe(true);
  });

  it('leaves another user’s unsent copy alone, and never sends it with this user’s session', () => {
    const theirs = record({ dirty: true, userId: 8 });
    expect(onLoad(ID, theirs, server(2, {}), undefined, by('b', 200))).toBe('other-user');
    expect(applyEdit(theirs, ID, content({}), 2, by('a', 600))).toBe('foreign');
    expect(load(ID, record({ userId: 8 }), server(3, {}), undefined, by('b', 200))).toMatchObject({
      userId: 7,
    });
  });

  it('starts a new draft from the start values only when neither side has one', () => {
    const start = { draft: content({ funds: '7' }), view };
    expect(load(ID, undefined, null, start, by('a', 10))).toMatchObject({
      draft: start.draft,
      baseRevision: null,
      dirty: true,
      server: null,
      view,
    });
    expect(load(ID, undefined, server(1, { funds: '1' }), start, by('a', 10))?.draft.values).toEqual({
      funds: '1',
    });
    expect(load(ID, undefined, null, undefined, by('a', 10))).toBeUndefined();
  });
});

describe('a new form the server has not answered for', () => {
  it('keeps what the fill page shows through edits and an offline reload', () => {
    const started = load(ID, undefined, null, { draft: content({}), view }, by('a', 10));
    const edited = applyEdit(started, ID, content({ funds: '3' }), null, by('a', 20));
    expect(edited).toMatchObject({ view, dirty: true });
    const reloaded = load(ID, edited === 'foreign' ? undefined : edited, undefined, undefined, by('b', 30));
    expect(reloaded).toMatchObject({ view, draft: content({ funds: '3' }), server: null });
  });
});

describe('an edit', () => {
  it('is kept unsent on the tab’s own base revision, later than every earlier edit', () => {
    const edited = applyEdit(record({ editedAt: 500 }), ID, content({ funds: '14' }), 2, by('a', 100));
    expect(edited).toMatchObject({ dirty: true, baseRevision: 2, editedAt: 501, tab: 'a' });
  });

  it('never writes over another tab’s unsent edits', () => {
    const theirs = record({ dirty: true, tab: 'b' });
    expect(applyEdit(theirs, ID, content({ funds: '1' }), 2, by('a', 600))).toBe('foreign');
    expect(applyEdit(record({ tab: 'b' }), ID, content({ funds: '1' }), 2, by('a', 600))).not.toBe('foreign');
  });

  it('stays in conflict while it builds on the refused revision', () => {
    const refused = record({ dirty: true, conflict: true });
    expect(applyEdit(refused, ID, content({}), 2, by('a', 600))).toMatchObject({ conflict: true });
  });

  it('builds on a save of the tab’s own draft that landed before the tab heard of it', () => {
    const savedMeanwhile = record({ baseRevision: 4, tab: 'a' });
    expect(applyEdit(savedMeanwhile, ID, content({}), 3, by('a', 600))).toMatchObject({ baseRevision: 4 });
    // Another tab's copy: this tab's own base revision counts (a stale one is a conflict when sent).
    expect(applyEdit(record({ baseRevision: 4, tab: 'b' }), ID, content({}), 3, by('a', 600))).toMatchObject({
      baseRevision: 3,
    });
  });
});

it('puts back the edit a closing page was still writing, on the revision it was made from', () => {
  const loaded = record({ baseRevision: 3 });
  const rescued = { draft: content({ funds: '30' }), base: 2 };
  expect(withRescued(loaded, ID, rescued, by('a', 900))).toMatchObject({
    dirty: true,
    baseRevision: 2,
    draft: content({ funds: '30' }),
  });
  expect(withRescued(undefined, ID, rescued, by('a', 900))?.draft).toEqual(content({ funds: '30' }));
  expect(withRescued(loaded, ID, undefined, by('a', 900))).toBe(loaded);
});

describe('a server answer', () => {
  it('confirms the draft when no edit came after the sent one, taking the server’s values', () => {
    const sent = record({ dirty: true, editedAt: 300 });
    const saved = applySaved(sent, 300, server(3, { funds: '12', total: '12' }));
    expect(saved).toMatchObject({
      dirty: false,
      baseRevision: 3,
      draft: content({ funds: '12', total: '12' }),
    });
  });

  it('leaves later edits unsent, now on the new revision', () => {
    const later = record({ dirty: true, editedAt: 301, draft: content({ funds: '15' }) });
    const saved = applySaved(later, 300, server(3, { funds: '12' }));
    expect(saved).toMatchObject({ dirty: true, baseRevision: 3, draft: content({ funds: '15' }) });
  });

  it('a conflict keeps every local edit', () => {
    const mine = record({ dirty: true, draft: content({ funds: '15' }) });
    expect(applyConflict(mine, 2)).toMatchObject({
      conflict: true,
      dirty: true,
      draft: content({ funds: '15' }),
    });
  });

  it('a refused send of an older copy is no conflict once a save has moved the draft on', () => {
    expect(applyConflict(record({ dirty: true, baseRevision: 3 }), 2)).toBeUndefined();
  });
});

it('sends a user’s unsent drafts oldest edit first, never another user’s', () => {
  const drafts = [
    record({ clientId: 'c', dirty: true, editedAt: 30 }),
    record({ clientId: 'a', dirty: false, editedAt: 10 }),
    record({ clientId: 'b', dirty: true, editedAt: 20 }),
    record({ clientId: 'd', dirty: true, editedAt: 5, userId: 8 }),
  ];
  expect(pendingDrafts(drafts, 7).map((d) => d.clientId)).toEqual(['b', 'c']);
});

it('tells a failure to send again later from one the user must see', () => {
  expect(failureOf(new ApiError(0, { code: 'network', message: '' }))).toBe('offline');
  expect(failureOf(new TypeError('Failed to fetch'))).toBe('offline');
  expect(failureOf(new ApiError(401, { code: 'unauthorized', message: '' }))).toBe('signed-out');
  expect(failureOf(new ApiError(409, { code: 'conflict', message: '' }))).toBe('conflict');
  expect(failureOf(new ApiError(422, { code: 'form_problems', message: '' }))).toBe('refused');
  expect(failureOf(new ApiError(503, { code: 'unavailable', message: '' }))).toBe('failed');
});
