import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportParams } from './schemas.ts';
import { getReport, listReports } from './service.ts';

export const quarterlyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['quarterly'];
  app.get('/', { schema: { tags, summary: 'รายงานผลการปฏิบัติงานรายไตรมาส (ล่าสุดก่อน)' } }, async (request) =>
    listReports(app.db, request.requireUser()),
  );
  app.get(
    '/:fiscalYear/:quarter',
    { schema: { tags, summary: 'รายงานไตรมาสตามรูปแบบรายงาน พอช. พร้อมตัวเลขที่คำนวณใหม่', params: reportParams } },
    async (request) =>
      getReport(app.db, request.requireUser(), request.params.fiscalYear, request.params.quarter),
  );
};
