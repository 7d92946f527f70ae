import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { XLSX_TYPE } from '../registers/table-file.ts';
import { asOfBody, kpiEntryBody, kpiParams, publishBody, reportParams } from './schemas.ts';
import {
  dataQuality,
  enterAsOf,
  enterKpi,
  exportReport,
  getReport,
  listReports,
  publish,
  reopen,
} from './service.ts';

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
  app.get(
    '/:fiscalYear/:quarter/export.xlsx',
    { schema: { tags, summary: 'ส่งออกรายงานไตรมาสเป็น Excel', params: reportParams } },
    async (request, reply) => {
      const { fiscalYear, quarter } = request.params;
      const { filename, buffer } = await exportReport(app.db, request.requireUser(), fiscalYear, quarter);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(buffer);
    },
  );
  app.get(
    '/:fiscalYear/:quarter/data-quality',
    { schema: { tags, summary: 'คำเตือนคุณภาพข้อมูลของรายงานไตรมาส', params: reportParams } },
    async (request) =>
      dataQuality(app.db, request.requireUser(), request.params.fiscalYear, request.params.quarter),
  );
  app.post(
    '/:fiscalYear/:quarter/publish',
    {
      schema: { tags, summary: 'เผยแพร่รายงานไตรมาส (ล็อกไม่ให้แก้ไข)', params: reportParams, body: publishBody },
    },
    async (request) => {
      const { fiscalYear, quarter } = request.params;
      return publish(app.db, request.requireUser(), fiscalYear, quarter, request.body.confirmWarnings);
    },
  );
  app.post(
    '/:fiscalYear/:quarter/reopen',
    { schema: { tags, summary: 'เปิดรายงานไตรมาสที่เผยแพร่แล้วให้แก้ไขได้อีกครั้ง', params: reportParams } },
    async (request) =>
      reopen(app.db, request.requireUser(), request.params.fiscalYear, request.params.quarter),
  );
  app.put(
    '/:fiscalYear/:quarter/kpis/:code',
    {
      schema: {
        tags,
        summary: 'บันทึกผลรายไตรมาส ผลรายภาค และคำบรรยายของตัวชี้วัด',
        params: kpiParams,
        body: kpiEntryBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter, code } = request.params;
      return enterKpi(app.db, request.requireUser(), fiscalYear, quarter, code, request.body);
    },
  );
  app.put(
    '/:fiscalYear/:quarter/as-of',
    { schema: { tags, summary: 'กำหนดวันที่ของข้อมูลในรายงานไตรมาส', params: reportParams, body: asOfBody } },
    async (request) => {
      const { fiscalYear, quarter } = request.params;
      return enterAsOf(app.db, request.requireUser(), fiscalYear, quarter, request.body.asOf);
    },
  );
};
