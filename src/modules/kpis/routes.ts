import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { kpiSchema } from '../../domain/kpi-library/kpi-set-file.ts';
import { rowVersionQuery } from '../../http/row-version.ts';
import { fileDownload, noContent } from '../../http/schemas.ts';
import { saveUpload } from '../imports/upload.ts';
import { previewFormula } from './formula-preview.ts';
import { setResult } from './results.ts';
import {
  fiscalYearParams,
  formulaPreviewBody,
  formulaPreviewResponse,
  kpiEditBody,
  kpiImportResponse,
  kpiResponse,
  kpiSetIdParams,
  kpiSetListResponse,
  kpiSetQuery,
  kpiSetResponse,
  kpiSetYearsResponse,
  newKpiSetBody,
  resultBody,
  resultResponse,
  roundDatesBody,
  roundListResponse,
  roundParams,
} from './schemas.ts';
import {
  addKpi,
  changeKpi,
  createSet,
  exportSet,
  getSet,
  importSet,
  listSets,
  removeKpi,
  roundsOfYear,
  setRoundDates,
  setYears,
} from './service.ts';

export const roundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:fiscalYear',
    {
      schema: {
        tags: ['kpis'],
        summary: 'รอบการประเมินของปีงบประมาณ',
        params: fiscalYearParams,
        response: { 200: roundListResponse },
      },
    },
    async (request) => ({
      items: await roundsOfYear(app.db, request.params.fiscalYear),
    }),
  );
  app.put(
    '/:fiscalYear/:number',
    {
      schema: {
        tags: ['kpis'],
        summary: 'กำหนดช่วงเวลารอบการประเมิน (กรม)',
        params: roundParams,
        body: roundDatesBody,
        response: { 200: roundListResponse },
      },
    },
    async (request) => ({
      items: await setRoundDates(
        app.db,
        request.requireUser(),
        request.params.fiscalYear,
        request.params.number,
        request.body,
      ),
    }),
  );
};

export const kpiSetRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['kpis'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'ชุดตัวชี้วัด',
        querystring: kpiSetQuery,
        response: { 200: kpiSetListResponse },
      },
    },
    async (request) => listSets(app.db, request.requireUser(), request.query.fiscalYear),
  );
  app.get(
    '/years',
    {
      schema: {
        tags,
        summary: 'ปีงบประมาณและรอบที่มีชุดตัวชี้วัดของหน่วยงาน (ล่าสุดก่อน)',
        response: { 200: kpiSetYearsResponse },
      },
    },
    async (request) => setYears(app.db, request.requireUser()),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'สร้างชุดตัวชี้วัดของรอบ (หรือคัดลอกจากรอบก่อน)',
        body: newKpiSetBody,
        response: { 201: kpiSetResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSet(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'ชุดตัวชี้วัดพร้อมบัตรตัวชี้วัด',
        params: kpiSetIdParams,
        response: { 200: kpiSetResponse },
      },
    },
    async (request) => getSet(app.db, request.requireUser(), request.params.id),
  );
  app.get(
    '/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกชุดตัวชี้วัดเป็น Excel',
        params: kpiSetIdParams,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) => {
      const { filename, buffer } = await exportSet(app.db, request.requireUser(), request.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(buffer);
    },
  );
  app.post(
    '/:id/import',
    {
      schema: {
        tags,
        summary: 'นำเข้าบัตรตัวชี้วัดจาก Excel',
        params: kpiSetIdParams,
        response: { 200: kpiImportResponse },
      },
    },
    async (request) =>
      importSet(app.db, request.requireUser(), request.params.id, () => saveUpload(request, ['.xlsx'])),
  );
  app.post(
    '/:id/kpis',
    {
      schema: {
        tags,
        summary: 'เพิ่มบัตรตัวชี้วัด',
        params: kpiSetIdParams,
        body: kpiSchema,
        response: { 201: kpiResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addKpi(app.db, request.requireUser(), request.params.id, request.body)),
  );
};

export const kpiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['kpis'];
  app.post(
    '/formula-preview',
    {
      schema: {
        tags,
        summary: 'ทดลองคำนวณสูตรตัวชี้วัดด้วยค่าตัวอย่าง (ไม่บันทึก)',
        body: formulaPreviewBody,
        response: { 200: formulaPreviewResponse },
      },
    },
    async (request) => {
      request.requireUser();
      return previewFormula(request.body);
    },
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: 'แก้ไขบัตรตัวชี้วัด',
        params: kpiSetIdParams,
        body: kpiEditBody,
        response: { 200: kpiResponse },
      },
    },
    async (request) => changeKpi(app.db, request.requireUser(), request.params.id, request.body),
  );
  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'ลบบัตรตัวชี้วัด',
        params: kpiSetIdParams,
        querystring: rowVersionQuery,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await removeKpi(app.db, request.requireUser(), request.params.id, request.query.rowVersion);
      return reply.status(204).send(null);
    },
  );
};

export const resultRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/',
    {
      schema: {
        tags: ['kpis'],
        summary: 'บันทึกผลการดำเนินงานตามตัวชี้วัด',
        body: resultBody,
        response: { 200: resultResponse },
      },
    },
    async (request) => setResult(app.db, request.requireUser(), request.body),
  );
};
