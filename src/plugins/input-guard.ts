import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

const BAD_URL_MESSAGE = 'ที่อยู่ (URL) ที่ร้องขอเข้ารหัสไม่ถูกต้อง';

function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    throw new AppError(400, 'invalid_url', BAD_URL_MESSAGE);
  }
}

/**
 * Fastify's own answer to a request it cannot route (a path that does not decode, FST_ERR_BAD_URL), which comes
 * before any hook or error handler: the same Thai 400 as the guard's.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    reply.status(400).send({ error: { code: 'invalid_url', message: BAD_URL_MESSAGE } });
    return;
  }
  request.log.error(error);
  reply
    .status(500)
    .send({ error: { code: 'internal', message: 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ' } });
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
