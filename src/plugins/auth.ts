import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { csrfTokenMatches, userOfSession } from '../modules/auth/service.ts';
import type { AuthUser } from './access.ts';

export const SESSION_COOKIE = 'tidtam_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
    requireUser(): AuthUser;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, docs, the public calculator). */
    public?: boolean;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'กรุณาเข้าสู่ระบบก่อนใช้งาน');

/** Refuses a write whose x-csrf-token header is not the token of the session its cookie names. */
export function requireCsrfToken(request: FastifyRequest): void {
  const header = request.headers['x-csrf-token'];
  const sent = typeof header === 'string' ? header : undefined;
  if (!csrfTokenMatches(request.cookies[SESSION_COOKIE] ?? '', sent)) {
    throw new AppError(403, 'csrf', 'โทเค็นป้องกันการปลอมคำขอ (CSRF) ไม่ถูกต้อง กรุณาโหลดหน้าใหม่หรือเข้าสู่ระบบใหม่');
  }
}

/** Loads the session user for /api requests, refuses anonymous calls to private routes, and checks CSRF on writes. */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('requireUser', function (this: FastifyRequest) {
    if (!this.user) throw unauthenticated();
    return this.user;
  });
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await userOfSession(app.db, token) : null;
    if (request.routeOptions.config.public || request.url.startsWith('/api/docs')) return;
    if (!request.user) throw unauthenticated();
    if (unsafe.has(request.method)) requireCsrfToken(request);
  });
}
