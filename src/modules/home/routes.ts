import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { homeResponse } from './schemas.ts';
import { homeOf } from './service.ts';

/** The home page's one call: what the signed-in user's unit should look at now. */
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
      async (request) => homeOf(app.db, request.requireUser(), bangkokDateOf(config.clock())),
    );
  };
