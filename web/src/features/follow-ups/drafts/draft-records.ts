import { isApiError } from '../../../shared/api/api-error';
import type { ApiResponse } from '../../../shared/api/api-types';

/**
 * The rules of a follow-up draft kept on this device (issue R2-5 item 2: "keep a draft offline … until the network is
 * back, then sync without losing or duplicating anything"), without I/O: what a page load takes, what an edit
 * writes, what a server answer leaves behind. The server's clientId idempotency makes a resent save harmless; these
 * rules make sure no edit is dropped on the way.
 */

/** A follow-up as the server answers it (GET /api/follow-ups/:id). */
export type FollowUp = ApiResponse<'/api/follow-ups/{id}'>;

/** What the fill page edits and the server stores for a draft. */
export type DraftContent = {
  templateId: number;
  unit: string;
  followUpDate: string | null;
  values: Record<string, unknown>;
};

/** The parts of a server answer these rules read. */
export type ServerCopy = {
  revision: number;
  template: { id: number };
  unit: { code: string };
  followUpDate: string | null;
  values: Record<string, unknown>;
};

/**
 * What the fill page shows of a draft before the server has answered for it: the form's definition (its title
 * included) and the unit's name, kept when the draft starts so that a new form reopens offline after a reload.
 */
export type DraftView = { definition: FollowUp['template']['definition']; unitNameTh: string };

/** A draft started on this device: its first content and what the fill page shows of it. */
export type NewDraft = { draft: DraftContent; view: DraftView | null };

export type DraftRecord<S extends ServerCopy> = {
  clientId: string;
  /** The signed-in user who wrote it: on a shared device, only they see it and only their session sends it. */
  userId: number;
  draft: DraftContent;
  /** The server revision the draft was edited from (null: never on the server). */
  baseRevision: number | null;
  /** The draft holds edits the server has not confirmed yet. */
  dirty: boolean;
  /** Grows with every edit: a server answer confirms the draft only if no edit came after the one it was sent for. */
  editedAt: number;
  /** The browser tab that wrote the last edit. */
  tab: string;
  /** The server refused the draft as edited from an older revision (409): kept as it is until the user decides. */
  conflict: boolean;
  /** The server's last answer (kept for offline: the form's definition, title, unit name). */
  server: S | null;
  /** What to show while `server` is null (absent in drafts kept before it was added). */
  view?: DraftView | null;
};

export type StoredDraft = DraftRecord<FollowUp>;

export function contentOf(server: ServerCopy): DraftContent {
  return {
    templateId: server.template.id,
    unit: server.unit.code,
    followUpDate: server.followUpDate,
    values: server.values,
  };
}

/** Who is editing: this page load's tab, the signed-in user, the time of the change. */
export type Editor = { tab: string; userId: number; now: number };

export function fromServer<S extends ServerCopy>(
  clientId: string,
  server: S,
  editor: Editor,
): DraftRecord<S> {
  return {
    clientId,
    userId: editor.userId,
    draft: contentOf(server),
    baseRevision: server.revision,
    dirty: false,
    editedAt: editor.now,
    tab: editor.tab,
    conflict: false,
    server,
  };
}

/**
 * What a page load works on. `server` is the server's copy, null when the server has none, undefined when it could
 * not be asked (offline). A local copy with unsent edits wins over the server's (if the server moved on meanwhile,
 * sending it answers 409 and the user chooses); otherwise the server's copy is the truth. Another user's unsent
 * copy on this device is left alone ('other-user').
 */
export function onLoad<S extends ServerCopy>(
  clientId: string,
  local: DraftRecord<S> | undefined,
  server: S | null | undefined,
  start: NewDraft | undefined,
  editor: Editor,
): DraftRecord<S> | 'other-user' | undefined {
  if (local?.dirty && local.userId !== editor.userId) return 'other-user';
  if (local?.dirty) return { ...local, tab: editor.tab, server: server ?? local.server };
  const now = Math.max(editor.now, (local?.editedAt ?? 0) + 1);
  if (server) return fromServer(clientId, server, { ...editor, now });
  // The server has no copy although this device had one: send it again rather than lose it.
  if (local && local.userId === editor.userId)
    return { ...local, tab: editor.tab, dirty: local.dirty || server === null };
  if (!start) return undefined;
  return {
    clientId,
    userId: editor.userId,
    draft: start.draft,
    baseRevision: null,
    dirty: true,
    editedAt: now,
    tab: editor.tab,
    conflict: false,
    server: null,
    view: start.view,
  };
}

/**
 * An edit made in the editor's tab on a draft it had from revision `base`. Refused ('foreign') when the stored draft holds
 * another tab's unsent edits: writing over them would lose them.
 */
export function applyEdit<S extends ServerCopy>(
  stored: DraftRecord<S> | undefined,
  clientId: string,
  draft: DraftContent,
  base: number | null,
  editor: Editor,
): DraftRecord<S> | 'foreign' {
  if (stored?.dirty && (stored.tab !== editor.tab || stored.userId !== editor.userId)) return 'foreign';
  // The tab's own draft: a save that landed since the tab last heard of it is what this edit builds on.
  const baseRevision = stored && stored.tab === editor.tab ? stored.baseRevision : base;
  return {
    clientId,
    userId: editor.userId,
    draft,
    baseRevision,
    dirty: true,
    editedAt: Math.max(editor.now, (stored?.editedAt ?? 0) + 1),
    tab: editor.tab,
    conflict: stored?.conflict === true && stored.baseRevision === baseRevision,
    server: stored?.server ?? null,
    view: stored?.view ?? null,
  };
}

/** A page load's draft with the edit its previous page was leaving when it closed (draft-rescue) put back on top. */
export function withRescued<S extends ServerCopy>(
  loaded: DraftRecord<S> | undefined,
  clientId: string,
  rescued: { draft: DraftContent; base: number | null } | undefined,
  editor: Editor,
): DraftRecord<S> | undefined {
  if (!rescued) return loaded;
  const edited = applyEdit(loaded, clientId, rescued.draft, rescued.base, editor);
  // Made by the page before this one: its own base revision counts, not the one this load found.
  return edited === 'foreign' ? loaded : { ...edited, baseRevision: rescued.base };
}

/**
 * The server saved the draft as it was at `sentEditedAt`. With no edit since, the draft is the server's (its
 * computed fields and live KPIs included); with edits since, they stay unsent but now build on the new revision.
 */
export function applySaved<S extends ServerCopy>(
  stored: DraftRecord<S>,
  sentEditedAt: number,
  server: S,
): DraftRecord<S> {
  if (stored.editedAt === sentEditedAt)
    return fromServer(stored.clientId, server, { tab: stored.tab, userId: stored.userId, now: sentEditedAt });
  return { ...stored, baseRevision: server.revision, conflict: false, server };
}

/**
 * The server refused the draft sent from revision `sentBase` as stale (409): keep every local edit, mark the
 * conflict. A refusal of a send whose base a save has since moved on (another tab's send of an older copy) is
 * no conflict: the stored draft is sent again from the newer base.
 */
export function applyConflict<S extends ServerCopy>(
  stored: DraftRecord<S> | undefined,
  sentBase: number | null,
): DraftRecord<S> | undefined {
  return stored && stored.baseRevision === sentBase ? { ...stored, conflict: true } : undefined;
}

/** A user's drafts with edits not yet on the server, oldest edit first (the order they are sent in). */
export function pendingDrafts<S extends ServerCopy>(
  records: readonly DraftRecord<S>[],
  userId: number,
): DraftRecord<S>[] {
  return records.filter((r) => r.dirty && r.userId === userId).sort((a, b) => a.editedAt - b.editedAt);
}

export type SendFailure = 'offline' | 'signed-out' | 'conflict' | 'refused' | 'failed';

/** Why a send failed: only 'conflict' and 'refused' need the user; the rest is sent again later. */
export function failureOf(error: unknown): SendFailure {
  if (!isApiError(error) || error.status === 0) return 'offline';
  if (error.status === 401) return 'signed-out';
  if (error.status === 409) return 'conflict';
  if (error.status >= 400 && error.status < 500) return 'refused';
  return 'failed';
}
