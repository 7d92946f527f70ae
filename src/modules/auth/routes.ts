import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { noContent } from '../../http/schemas.ts';
import { requireCsrfToken, SESSION_COOKIE, unauthenticated } from '../../plugins/auth.ts';
import { checkLoginLimits } from './login-limits.ts';
import { credentials, meResponse } from './schemas.ts';
import { csrfTokenOf, login, logout, presentMe, userOfSession } from './service.ts';

/** The account name a login body tries, as the rate limit keys it (the body is not validated yet). */
function loginNameOf(body: unknown): string {
  const username = (body as { username?: unknown } | null)?.username;
  return typeof username === 'string' ? username.trim().toLowerCase().slice(0, 100) : '';
}

export function authRoutes(config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/login',
      {
        preValidation: async (request) => {
          await checkLoginLimits(app.db, request.ip, loginNameOf(request.body), config.loginLimitPerMinute);
        },
        config: { public: true },
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
