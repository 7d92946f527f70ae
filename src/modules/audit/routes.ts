import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, PG_INT_MAX, plainString } from '../../http/schemas.ts';
import { searchAudit } from './service.ts';

export const auditQuery = z.object({
  entity: plainString().max(50).optional(),
  action: plainString().max(20).optional(),
  username: plainString().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(PG_INT_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    { schema: { tags: ['audit'], summary: 'บันทึกการใช้งาน (audit trail)', querystring: auditQuery } },
    async (request) => searchAudit(app.db, request.requireUser(), request.query),
  );
};
