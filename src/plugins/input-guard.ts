import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { hasUnstorableCharacter, UNSTORABLE_MESSAGE } from '../http/schemas.ts';

const unstorable = () => new AppError(400, 'invalid_characters', UNSTORABLE_MESSAGE);

/** No form nests deeper; a body nested deeper (JSON.parse takes 400,000 levels) would overflow later code's stack. */
const MAX_DEPTH = 32;

const tooDeep = () => new AppError(400, 'too_deep', 'ข้อมูลที่ส่งซ้อนกันหลายชั้นเกินกำหนด');

/**
 * Throws when any string, or any key, anywhere in a parsed JSON value holds a NUL or a lone surrogate, or the value
 * nests deeper than MAX_DEPTH. Walks with its own stack, so no input can overflow the call stack here.
 */
function refuseUnstorable(root: unknown): void {
  const stack: [unknown, number][] = [[root, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [value, depth] = next;
    if (typeof value === 'string') {
      if (hasUnstorableCharacter(value)) throw unstorable();
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_DEPTH) throw tooDeep();
      for (const [key, child] of Object.entries(value)) {
        if (hasUnstorableCharacter(key)) throw unstorable();
        stack.push([child, depth + 1]);
      }
    }
  }
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
 * Refuses a NUL byte or a lone surrogate anywhere in the URL, the query or the JSON body (and a body nested too
 * deep) with one Thai 400, whatever the route, so no such string reaches a handler, the login or PostgreSQL (which
 * cannot store either). The body is checked after parsing: JSON.parse turns "\u0000" and "\ud800" escapes into
 * the characters themselves.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (hasUnstorableCharacter(decodedUrl(request.url))) throw unstorable();
  });
  app.addHook('preValidation', async (request) => {
    for (const part of [request.query, request.params, request.body]) refuseUnstorable(part);
  });
}
