import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { requireCsrfToken, SESSION_COOKIE, unauthenticated } from '../../plugins/auth.ts';
import { presentMe } from '../users/service.ts';
import { csrfTokenOf, login, logout, userOfSession } from './service.ts';

const credentials = z.object({
  username: z.string().trim().min(1, 'กรุณากรอกชื่อผู้ใช้').max(100),
  password: z.string().min(1, 'กรุณากรอกรหัสผ่าน').max(200),
});

export function authRoutes(config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/login',
      {
        config: { public: true, rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
        schema: { tags: ['auth'], summary: 'เข้าสู่ระบบ (log in)', body: credentials },
      },
      async (request, reply) => {
        const { token, expiresAt } = await login(
          app.db,
          request.body.username,
          request.body.password,
          config.sessionHours,
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
      { config: { public: true }, schema: { tags: ['auth'], summary: 'ออกจากระบบ (log out)' } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        // Public so a stale cookie can always be cleared; a live session is ended only with its CSRF token.
        if (request.user) requireCsrfToken(request);
        if (token) await logout(app.db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.get('/me', { schema: { tags: ['auth'], summary: 'ผู้ใช้ปัจจุบัน (current user)' } }, async (request) => ({
      user: await presentMe(app.db, request.requireUser()),
      csrfToken: csrfTokenOf(request.cookies[SESSION_COOKIE] ?? ''),
    }));
  };
}
