import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload } from '../../http/schemas.ts';
import { sendView } from '../../http/view-cache.ts';
import { sendTable } from '../files/table-file.ts';
import {
  exportNationDashboard,
  exportRegionDashboard,
  nationDashboard,
  regionDashboard,
  requireDepartment,
} from './nation.ts';
import {
  nationDashboardQuery,
  nationDashboardResponse,
  nationExportQuery,
  regionDashboardQuery,
  regionDashboardResponse,
  regionExportQuery,
} from './nation-schemas.ts';

/** The department's nation and region dashboards (issue R2-3), from the agreement scores kept on write. */
export const nationDashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['dashboards'];
  app.get(
    '/nation',
    {
      schema: {
        tags,
        summary: 'แดชบอร์ดระดับประเทศ: คะแนนเฉลี่ยรายภาค อันดับจังหวัด และระดับรายตัวชี้วัดของรอบ',
        querystring: nationDashboardQuery,
        response: { 200: nationDashboardResponse },
      },
    },
    async (request, reply) => {
      const user = request.requireUser();
      requireDepartment(user);
      return sendView(request, reply, ['nation', request.query], () =>
        nationDashboard(app.db, user, request.query),
      );
    },
  );
  app.get(
    '/nation/export',
    {
      schema: {
        tags,
        summary: 'ส่งออกตารางแดชบอร์ดระดับประเทศ (xlsx หรือ csv)',
        querystring: nationExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportNationDashboard(app.db, request.requireUser(), request.query)),
  );
  app.get(
    '/region',
    {
      schema: {
        tags,
        summary: 'แดชบอร์ดรายภาค: คะแนนและอันดับจังหวัดในภาค และระดับรายตัวชี้วัดของรอบ',
        querystring: regionDashboardQuery,
        response: { 200: regionDashboardResponse },
      },
    },
    async (request) => regionDashboard(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/region/export',
    {
      schema: {
        tags,
        summary: 'ส่งออกตารางแดชบอร์ดรายภาค (xlsx หรือ csv)',
        querystring: regionExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportRegionDashboard(app.db, request.requireUser(), request.query)),
  );
};
