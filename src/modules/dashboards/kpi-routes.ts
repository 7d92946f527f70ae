import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload } from '../../http/schemas.ts';
import { sendTable } from '../files/table-file.ts';
import { exportKpiDashboard, kpiDashboard } from './kpi-dashboard.ts';
import { kpiDashboardQuery, kpiDashboardResponse, kpiExportQuery } from './kpi-schemas.ts';

/** One KPI of one unit: its months, % of target and forecast (issue R2-3 §4), under /api/dashboards. */
export const kpiDashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['dashboards'];
  app.get(
    '/kpi',
    {
      schema: {
        tags,
        summary: 'ตัวชี้วัดหนึ่งตัวของหน่วยงาน: ผลรายเดือน ร้อยละของเป้าหมาย ไฟสัญญาณ และการคาดการณ์สิ้นรอบ',
        querystring: kpiDashboardQuery,
        response: { 200: kpiDashboardResponse },
      },
    },
    async (request) => kpiDashboard(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/kpi/export',
    {
      schema: {
        tags,
        summary: 'ส่งออกตารางผลรายเดือนของตัวชี้วัด (xlsx หรือ csv)',
        querystring: kpiExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportKpiDashboard(app.db, request.requireUser(), request.query)),
  );
};
