import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { noContent } from '../../http/schemas.ts';
import { requireCsrfToken, SESSION_COOKIE, unauthenticated } from '../../plugins/auth.ts';
import { credentials, meResponse } from './schemas.ts';
import { csrfTokenOf, login, logout, presentMe, userOfSession } from './service.ts';

/** The account name a login body tries, as the rate limit keys it (the body is not validated yet). */
function loginNameOf(body: unknown): string {
  const username = (body as { username?: unknown } | null)?.username;
  return typeof username === 'string' ? username.trim().toLowerCase().slice(0, 100) : '';
}

/**
 * Every login from one address, whatever the account, is capped at this many times the per-account-name limit:
 * each attempt costs an argon2 hash, so an address trying ever new names must not be able to keep the CPU busy.
 * Set far above what a whole provincial office logging in at 8:30 sends, it never meets a real user.
 */
const ADDRESS_FACTOR = 10;

export function authRoutes(config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    const addressLimit = app.createRateLimit({
      max: config.loginLimitPerMinute * ADDRESS_FACTOR,
      timeWindow: '1 minute',
    });
    app.post(
      '/login',
      {
        preValidation: async (request) => {
          const limit = await addressLimit(request);
          if (!limit.isAllowed && limit.isExceeded) {
            throw new AppError(429, 'rate_limited', 'พยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่');
          }
        },
        config: {
          public: true,
          // The per-address limit counts an address's attempts at one account name: a shared office address
          // (one NAT for a whole provincial office) where someone mistypes or hammers another account never
          // blocks a right password here. Guessing one account is bounded by this and, across addresses, by the
          // per-account lockout (src/domain/accounts/lockout.ts); a locked account refuses even its password.
          // Spraying one password over many accounts meets the address cap above and the password policy (common
          // passwords are refused).
          rateLimit: {
            max: config.loginLimitPerMinute,
            timeWindow: '1 minute',
            hook: 'preValidation',
            keyGenerator: (request) => `${request.ip}|${loginNameOf(request.body)}`,
          },
        },
        schema: {
          tags: ['auth'],
          summary: 'เข้าสู่ระบบ (log in)',
          body: credentials,
          response: { 200: meResponse },
        },
      },
      async (request, reply) => {
        const { token, expiresAt } = await login(
          app.db,
          request.body.username,
          request.body.password,
          config.sessionHours,
          (entry) => request.log.warn(entry, 'account locked after wrong passwords'),
        );
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: config.secureCookie,
          expires: expiresAt,
        });
        const user = await userOfSession(app.db, token);
        if (!user) throw unauthenticated();
        return { user: await presentMe(app.db, user), csrfToken: csrfTokenOf(token) };
      },
    );

    app.post(
      '/logout',
      {
        config: { public: true },
        schema: { tags: ['auth'], summary: 'ออกจากระบบ (log out)', response: { 204: noContent } },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        // Public so a stale cookie can always be cleared; a live session is ended only with its CSRF token.
        if (request.user) requireCsrfToken(request);
        if (token) await logout(app.db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/me',
      { schema: { tags: ['auth'], summary: 'ผู้ใช้ปัจจุบัน (current user)', response: { 200: meResponse } } },
      async (request) => ({
        user: await presentMe(app.db, request.requireUser()),
        csrfToken: csrfTokenOf(request.cookies[SESSION_COOKIE] ?? ''),
      }),
    );
  };
}
