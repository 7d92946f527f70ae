import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';
import { hasUnstorableCharacter, UNSTORABLE_MESSAGE } from '../http/schemas.ts';

const unstorable = () => new AppError(400, 'invalid_characters', UNSTORABLE_MESSAGE);

/** True when any string, or any key, anywhere in a parsed JSON value holds a NUL or a lone surrogate. */
function holdsUnstorable(value: unknown): boolean {
  if (typeof value === 'string') return hasUnstorableCharacter(value);
  if (Array.isArray(value)) return value.some(holdsUnstorable);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => hasUnstorableCharacter(key) || holdsUnstorable(v));
  }
  return false;
}

function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    throw new AppError(400, 'invalid_url', 'ที่อยู่ (URL) ที่ร้องขอเข้ารหัสไม่ถูกต้อง');
  }
}

/**
 * Refuses a NUL byte or a lone surrogate anywhere in the URL, the query or the JSON body with one Thai 400,
 * whatever the route, so no such string reaches a handler, the login or PostgreSQL (which cannot store
 * either). The body is checked after parsing: JSON.parse turns "\u0000" and "\ud800" escapes into the
 * characters themselves.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (hasUnstorableCharacter(decodedUrl(request.url))) throw unstorable();
  });
  app.addHook('preValidation', async (request) => {
    if (holdsUnstorable(request.query) || holdsUnstorable(request.params) || holdsUnstorable(request.body)) {
      throw unstorable();
    }
  });
}
