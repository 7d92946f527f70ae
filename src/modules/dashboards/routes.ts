import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendTable } from '../registers/table-file.ts';
import { unitsDashboardQuery, unitsExportQuery } from './schemas.ts';
import { exportUnitsDashboard, unitsDashboard } from './service.ts';

/** Where units stand in a round (issue R2-3), under /api/dashboards. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['dashboards'];
  app.get(
    '/districts',
    {
      schema: {
        tags,
        summary: 'แดชบอร์ดรายอำเภอ: คะแนนคำรับรอง อันดับ และระดับรายตัวชี้วัดของรอบ',
        querystring: unitsDashboardQuery,
      },
    },
    async (request) => unitsDashboard(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/districts/export',
    { schema: { tags, summary: 'ส่งออกตารางแดชบอร์ดรายอำเภอ (xlsx หรือ csv)', querystring: unitsExportQuery } },
    async (request, reply) =>
      sendTable(reply, await exportUnitsDashboard(app.db, request.requireUser(), request.query)),
  );
};
