import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditQuery, auditResponse } from './schemas.ts';
import { searchAudit } from './service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['audit'],
        summary: 'บันทึกการใช้งาน (audit trail)',
        querystring: auditQuery,
        response: { 200: auditResponse },
      },
    },
    async (request) => searchAudit(app.db, request.requireUser(), request.query),
  );
};
