import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload, idParams } from '../../http/schemas.ts';
import { sendTable } from '../files/table-file.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import { exportBudget } from './export.ts';
import { importBudgetEvents } from './import.ts';
import { planBody, planParams, plansQuery, plansResponse } from './plan-schemas.ts';
import { budgetPlans, setPlan } from './plans.ts';
import {
  budgetExportQuery,
  cutoffBody,
  cutoffParams,
  cutoffsResponse,
  eventBody,
  eventImportResponse,
  importQuery,
  lineChangesBody,
  lineListResponse,
  lineResponse,
  linesQuery,
  newLineBody,
  reportQuery,
  reportResponse,
} from './schemas.ts';
import {
  addEvent,
  budgetReport,
  changeLine,
  createLine,
  cutoffs,
  getLine,
  listLines,
  removeEvent,
  setCutoff,
} from './service.ts';

export const budgetRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['registers: budget'];
  app.get(
    '/lines',
    {
      schema: {
        tags,
        summary:
          'รายการงบประมาณ (หมวด/โครงการ) และรายการจัดสรร เบิกจ่าย PO ส่งคืน: ค้นหาชื่อหรือหมวด (q) กรองหมวด (category); items/matched ตามที่ค้นหา ส่วน total และ categories มาจากรายการทั้งหมดของปี',
        querystring: linesQuery,
        response: { 200: lineListResponse },
      },
    },
    async (request) => listLines(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/lines',
    { schema: { tags, summary: 'เพิ่มรายการงบประมาณ', body: newLineBody, response: { 201: lineResponse } } },
    async (request, reply) =>
      reply.status(201).send(await createLine(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/lines/:id',
    {
      schema: {
        tags,
        summary: 'รายการงบประมาณและรายการเคลื่อนไหว',
        params: idParams,
        response: { 200: lineResponse },
      },
    },
    async (request) => getLine(app.db, request.requireUser(), request.params.id),
  );
  app.patch(
    '/lines/:id',
    {
      schema: {
        tags,
        summary: 'แก้ไขหมวดหรือชื่อรายการงบประมาณ',
        params: idParams,
        body: lineChangesBody,
        response: { 200: lineResponse },
      },
    },
    async (request) => changeLine(app.db, request.requireUser(), request.params.id, request.body),
  );
  app.post(
    '/lines/:id/events',
    {
      schema: {
        tags,
        summary: 'บันทึกการจัดสรร เบิกจ่าย PO หรือส่งคืน (ลงวันที่)',
        params: idParams,
        body: eventBody,
        response: { 201: lineResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addEvent(app.db, request.requireUser(), request.params.id, request.body)),
  );
  app.delete(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'ลบรายการเคลื่อนไหวงบประมาณที่บันทึกผิด',
        params: idParams,
        response: { 200: lineResponse },
      },
    },
    async (request) => removeEvent(app.db, request.requireUser(), request.params.id),
  );
  app.get(
    '/report',
    {
      schema: {
        tags,
        summary: 'ร้อยละการใช้จ่ายงบประมาณ ณ วันที่ (ตัวชี้วัดที่ 1) รายหมวดและรวม',
        querystring: reportQuery,
        response: { 200: reportResponse },
      },
    },
    async (request) => budgetReport(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'นำเข้าตารางการเบิกจ่าย (xlsx/csv): ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: importQuery,
        response: { 200: eventImportResponse },
      },
    },
    async (request) =>
      importBudgetEvents(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.get(
    '/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกรายการจัดสรร เบิกจ่าย PO ส่งคืน รายการละแถว (xlsx หรือ ?format=csv) ในคอลัมน์ที่นำเข้าได้อีกครั้ง',
        querystring: budgetExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportBudget(app.db, request.requireUser(), request.query)),
  );
  app.get(
    '/cutoffs',
    {
      schema: {
        tags,
        summary: 'วันสุดท้ายของการส่งคืนงบประมาณ รายปีงบประมาณ',
        response: { 200: cutoffsResponse },
      },
    },
    async () => cutoffs(app.db),
  );
  app.put(
    '/cutoffs/:fiscalYear',
    {
      schema: {
        tags,
        summary: 'กำหนดวันสุดท้ายของการส่งคืนงบประมาณ (กรม)',
        params: cutoffParams,
        body: cutoffBody,
        response: { 200: cutoffsResponse },
      },
    },
    async (request) => setCutoff(app.db, request.requireUser(), request.params.fiscalYear, request.body),
  );
  app.get(
    '/plans',
    {
      schema: {
        tags,
        summary: 'แผนการใช้จ่ายงบประมาณรายไตรมาส (ร้อยละสะสม) ของกรมและของจังหวัด และแผนที่ใช้',
        querystring: plansQuery,
        response: { 200: plansResponse },
      },
    },
    async (request) => budgetPlans(app.db, request.requireUser(), request.query),
  );
  app.put(
    '/plans/:fiscalYear',
    {
      schema: {
        tags,
        summary: 'กำหนดแผนการใช้จ่ายงบประมาณรายไตรมาส: ของกรม (ทุกจังหวัด) หรือของจังหวัดเอง',
        params: planParams,
        body: planBody,
        response: { 200: plansResponse },
      },
    },
    async (request) => setPlan(app.db, request.requireUser(), request.params.fiscalYear, request.body),
  );
};
