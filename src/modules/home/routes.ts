import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { cachedPart } from '../../http/view-cache.ts';
import { homeResponse } from './schemas.ts';
import { homeBlocks, homeOf } from './service.ts';

/**
 * The home page's one call: what the signed-in user's unit should look at now. Its blocks come from the view cache
 * (shared by the scope's users for at most the TTL, read afresh for a user who has just written), the notifications
 * are read for the user each time.
 */
export const homeRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['home'],
          summary: 'หน้าแรก: สิ่งที่ต้องทำตอนนี้ของหน่วยงานผู้ใช้',
          response: { 200: homeResponse },
        },
      },
      async (request) => {
        const user = request.requireUser();
        const today = bangkokDateOf(config.clock());
        const blocks = cachedPart(request, ['home', today], () => homeBlocks(app.db, user, today));
        return homeOf(app.db, user, today, blocks);
      },
    );
  };
