import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload } from '../../http/schemas.ts';
import { sendView } from '../../http/view-cache.ts';
import { sendTable } from '../files/table-file.ts';
import { kpiDashboardRoutes } from './kpi-routes.ts';
import { nationDashboardRoutes } from './nation-routes.ts';
import {
  budgetDashboard,
  exportBudgetDashboard,
  exportHouseholdsDashboard,
  householdsDashboard,
} from './registers.ts';
import {
  budgetDashboardQuery,
  budgetDashboardResponse,
  budgetExportQuery,
  householdsDashboardQuery,
  householdsDashboardResponse,
  householdsExportQuery,
} from './registers-schemas.ts';
import { unitsDashboardQuery, unitsDashboardResponse, unitsExportQuery } from './schemas.ts';
import { askedDashboardUnit, exportUnitsDashboard, unitsDashboard } from './service.ts';

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
        response: { 200: unitsDashboardResponse },
      },
    },
    async (request, reply) => {
      const user = request.requireUser();
      const unit = await askedDashboardUnit(app.db, user, request.query);
      return sendView(request, reply, ['districts', unit?.code ?? null, request.query], () =>
        unitsDashboard(app.db, user, request.query, unit),
      );
    },
  );
  app.get(
    '/districts/export',
    {
      schema: {
        tags,
        summary: 'ส่งออกตารางแดชบอร์ดรายอำเภอ (xlsx หรือ csv)',
        querystring: unitsExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportUnitsDashboard(app.db, request.requireUser(), request.query)),
  );
  app.get(
    '/budget',
    {
      schema: {
        tags,
        summary: 'แดชบอร์ดงบประมาณ: ร้อยละเบิกจ่าย + PO สะสมรายเดือนเทียบแผนรายไตรมาส (และรายจังหวัดสำหรับกรม)',
        querystring: budgetDashboardQuery,
        response: { 200: budgetDashboardResponse },
      },
    },
    async (request) => budgetDashboard(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/budget/export',
    {
      schema: {
        tags,
        summary: 'ส่งออกตารางแดชบอร์ดงบประมาณ (xlsx หรือ csv)',
        querystring: budgetExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportBudgetDashboard(app.db, request.requireUser(), request.query)),
  );
  app.get(
    '/households',
    {
      schema: {
        tags,
        summary: 'แดชบอร์ดครัวเรือนยากจน: ครัวเรือนตามสถานะ มีแผน มีกิจกรรม สะสมรายเดือนและรายพื้นที่',
        querystring: householdsDashboardQuery,
        response: { 200: householdsDashboardResponse },
      },
    },
    async (request) => householdsDashboard(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/households/export',
    {
      schema: {
        tags,
        summary: 'ส่งออกตารางแดชบอร์ดครัวเรือนยากจน (xlsx หรือ csv)',
        querystring: householdsExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportHouseholdsDashboard(app.db, request.requireUser(), request.query)),
  );
  await app.register(kpiDashboardRoutes);
  await app.register(nationDashboardRoutes);
};
