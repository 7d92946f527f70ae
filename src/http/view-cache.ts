import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

/**
 * A short-lived cache of the heavy read-only aggregate views (the nation and districts dashboards, the reports board),
 * as DHIS2 caches its analytics answers for a set time: each answer is kept as its serialized JSON for at most
 * `viewCacheSeconds` (the staleness bound; the answer says when it was read, `asOf`) and shared by every user of the
 * same scope asking the same question. Routes check access before they ask the cache, so a refused user never reaches
 * it. Each instance keeps its own entries: with several instances behind a proxy an answer is still at most one TTL
 * old, nothing depends on invalidating another process. A user's own writes are never hidden: a successful write
 * leaves the WROTE_COOKIE in the writer's browser for one TTL, and while it is there that user's views are read afresh
 * (any entry read before the write has expired when the cookie does). Memory is bounded: at most MAX_ENTRIES answers
 * of MAX_CHARS characters in all; the oldest go first.
 */
export const WROTE_COOKIE = 'tidtam_wrote';
const MAX_ENTRIES = 2000;
const MAX_CHARS = 16 * 1024 * 1024;

type Entry = { expiresAt: number; value: Promise<unknown>; chars: number };

export type ViewCache = ReturnType<typeof createViewCache>;

export function createViewCache(ttlSeconds: number, clock: () => Date) {
  const ttlMs = ttlSeconds * 1000;
  const entries = new Map<string, Entry>();
  let chars = 0;
  const drop = (key: string, entry: Entry) => {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    chars -= entry.chars;
  };
  const evict = () => {
    for (const [key, entry] of entries) {
      if (entries.size <= MAX_ENTRIES && chars <= MAX_CHARS) return;
      drop(key, entry);
    }
  };
  /**
   * The view under `key`: the entry read within the TTL unless `fresh`, else rendered now (concurrent misses share one
   * rendering) and kept, `charsOf` its size. `render` gets the time of reading, which the answer carries as `asOf`.
   */
  function value<T>(
    key: string,
    fresh: boolean,
    render: (asOf: Date) => Promise<T>,
    charsOf: (value: T) => number,
  ) {
    const now = clock();
    if (ttlMs === 0) return render(now);
    const held = entries.get(key);
    if (held && !fresh && held.expiresAt > now.getTime()) return held.value as Promise<T>;
    if (held) drop(key, held);
    const rendering = render(now);
    const entry: Entry = { expiresAt: now.getTime() + ttlMs, value: rendering, chars: 0 };
    entries.set(key, entry);
    rendering.then(
      (v) => {
        if (entries.get(key) !== entry) return;
        entry.chars = charsOf(v);
        chars += entry.chars;
        evict();
      },
      () => drop(key, entry),
    );
    return rendering;
  }
  return {
    ttlSeconds,
    value,
    /** A view kept as its serialized JSON (value, sized by its length). */
    json: (key: string, fresh: boolean, render: (asOf: Date) => Promise<string>) =>
      value(key, fresh, render, (json) => json.length),
    size: () => ({ entries: entries.size, chars }),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    views: ViewCache;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The app's view cache, and the cookie each signed-in user's successful write leaves for one TTL. */
export function registerViewCache(app: FastifyInstance, config: Config): void {
  app.decorate('views', createViewCache(config.viewCacheSeconds, config.clock));
  if (config.viewCacheSeconds === 0) return;
  const cookie = {
    path: '/api',
    maxAge: config.viewCacheSeconds + 1,
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.secureCookie,
  };
  app.addHook('onSend', async (request, reply) => {
    if (!request.user || !unsafe.has(request.method) || reply.statusCode >= 400) return;
    reply.header('set-cookie', app.serializeCookie(WROTE_COOKIE, '1', cookie));
  });
}

/**
 * Answers a view from the cache under `key` (route, the asking user's scope unit and the question), checked by the
 * route AFTER its access check; `view` reads it when the cache has no fresh answer. The JSON is the route's own
 * serialization of the view with `asOf` added.
 */
export async function sendView(
  request: FastifyRequest,
  reply: FastifyReply,
  key: readonly unknown[],
  view: () => Promise<object>,
) {
  const json = await request.server.views.json(...scopedKey(request, key), async (asOf) =>
    String(reply.serialize({ ...(await view()), asOf: asOf.toISOString() })),
  );
  return reply.type('application/json; charset=utf-8').send(json);
}

/** The cache key of a view of the asking user's scope, and whether their own write asks for it afresh. */
function scopedKey(request: FastifyRequest, key: readonly unknown[]): [string, boolean] {
  const scope = request.requireUser().scope.id;
  return [JSON.stringify([scope, ...key]), request.cookies[WROTE_COOKIE] !== undefined];
}

/**
 * A part of an answer from the cache under `key`, as an object with its `asOf`, for a route that adds what is the
 * asking user's own (the home adds their notifications to its blocks, which depend on the scope alone). The object is
 * shared by every user of the scope: the route copies it, never changes it.
 */
export function cachedPart<T extends object>(
  request: FastifyRequest,
  key: readonly unknown[],
  view: () => Promise<T>,
): Promise<Readonly<T & { asOf: string }>> {
  return request.server.views.value(
    ...scopedKey(request, key),
    async (asOf) => ({ ...(await view()), asOf: asOf.toISOString() }),
    (part) => JSON.stringify(part).length,
  );
}
