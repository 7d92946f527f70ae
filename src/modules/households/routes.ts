import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload, idParams } from '../../http/schemas.ts';
import { importJobResponse } from '../imports/schemas.ts';
import { HOUSEHOLD_UPLOAD_MAX_BYTES, saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import { exportHouseholds, householdTemplate } from './export.ts';
import { startHouseholdImport } from './import.ts';
import {
  activityBody,
  householdChangesBody,
  householdDetailResponse,
  householdListQuery,
  householdListResponse,
  householdSummaryResponse,
  incomeBody,
  incomeParams,
  newHouseholdBody,
  planItemBody,
  statusBody,
  summaryQuery,
  templateQuery,
  workbookQuery,
} from './schemas.ts';
import {
  addActivity,
  addPlanItem,
  changeHousehold,
  changeStatus,
  createHousehold,
  getHousehold,
  listOfUnit,
  setIncome,
} from './service.ts';
import { householdSummary } from './summary.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const householdRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['registers: households'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'ทะเบียนครัวเรือนยากจนเป้าหมาย: ค้นหา กรอง แบ่งหน้า',
        querystring: householdListQuery,
        response: { 200: householdListResponse },
      },
    },
    async (request) => listOfUnit(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'เพิ่มครัวเรือนยากจนเป้าหมาย',
        body: newHouseholdBody,
        response: { 201: householdDetailResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createHousehold(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/summary',
    {
      schema: {
        tags,
        summary: 'สรุปข้อมูลการพัฒนาครัวเรือน (sheet 3) รายอำเภอ/จังหวัด พร้อมระดับและจำนวนที่ยังต้องผ่านเกณฑ์',
        querystring: summaryQuery,
        response: { 200: householdSummaryResponse },
      },
    },
    async (request) => householdSummary(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/template.xlsx',
    {
      schema: {
        tags,
        summary: 'แบบฟอร์มไฟล์ข้อมูลครัวเรือน 3 ชีต (xlsx)',
        querystring: templateQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) => {
      const { filename, stream } = householdTemplate(request.query.fiscalYear);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(stream);
    },
  );
  app.get(
    '/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกไฟล์ข้อมูลครัวเรือน 3 ชีต (xlsx, สตรีม)',
        querystring: workbookQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) => {
      const { filename, stream } = await exportHouseholds(app.db, request.requireUser(), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(stream);
    },
  );
  app.post(
    '/import',
    {
      schema: {
        tags,
        summary:
          'นำเข้าไฟล์ข้อมูลครัวเรือน (xlsx 3 ชีต หรือ csv) เป็นงานเบื้องหลัง: ตอบ 202 และติดตามที่ /api/registers/imports/:id',
        querystring: workbookQuery,
        response: { 202: importJobResponse },
      },
    },
    async (request, reply) => {
      const { job } = await startHouseholdImport(app.db, request.requireUser(), {
        unitCode: request.query.unit,
        fiscalYear: request.query.fiscalYear,
        receive: () => saveUpload(request, TABLE_EXTENSIONS, HOUSEHOLD_UPLOAD_MAX_BYTES),
        log: request.log,
      });
      return reply.status(202).send({ job });
    },
  );
  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'ครัวเรือน รายได้ แผนการพัฒนา และบันทึกกิจกรรม',
        params: idParams,
        response: { 200: householdDetailResponse },
      },
    },
    async (request) => getHousehold(app.db, request.requireUser(), request.params.id),
  );
  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'แก้ไขข้อมูลครัวเรือน',
        params: idParams,
        body: householdChangesBody,
        response: { 200: householdDetailResponse },
      },
    },
    async (request) => changeHousehold(app.db, request.requireUser(), request.params.id, request.body),
  );
  app.put(
    '/:id/status',
    {
      schema: {
        tags,
        summary: 'จำแนกสถานะครัวเรือน (เลือก 1 สถานะ)',
        params: idParams,
        body: statusBody,
        response: { 200: householdDetailResponse },
      },
    },
    async (request) =>
      changeStatus(
        app.db,
        request.requireUser(),
        request.params.id,
        request.body.status,
        request.body.rowVersion,
      ),
  );
  app.put(
    '/:id/incomes/:year',
    {
      schema: {
        tags,
        summary: 'รายได้เฉลี่ยต่อคนต่อปีตามข้อมูล จปฐ. ของปี (พ.ศ.)',
        params: incomeParams,
        body: incomeBody,
        response: { 200: householdDetailResponse },
      },
    },
    async (request) =>
      setIncome(
        app.db,
        request.requireUser(),
        request.params.id,
        request.params.year,
        request.body.incomePerPerson,
        request.body.rowVersion,
      ),
  );
  app.post(
    '/:id/plan-items',
    {
      schema: {
        tags,
        summary: 'เพิ่มแผนการพัฒนาครัวเรือน (sheet 2)',
        params: idParams,
        body: planItemBody,
        response: { 201: householdDetailResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addPlanItem(app.db, request.requireUser(), request.params.id, request.body)),
  );
  app.post(
    '/:id/activities',
    {
      schema: {
        tags,
        summary: 'บันทึกกิจกรรมพัฒนา (เฉพาะครัวเรือนที่พัฒนาได้; อื่น ๆ ตอบ 422)',
        params: idParams,
        body: activityBody,
        response: { 201: householdDetailResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addActivity(app.db, request.requireUser(), request.params.id, request.body)),
  );
};
