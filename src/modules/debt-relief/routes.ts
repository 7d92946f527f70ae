import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload, idParams } from '../../http/schemas.ts';
import { sendTable } from '../files/table-file.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import { exportDebtRelief } from './export.ts';
import { importDebtRelief } from './import.ts';
import {
  debtChangesBody,
  debtImportQuery,
  debtImportResponse,
  debtQuery,
  householdListResponse,
  householdResponse,
  newDebtBody,
  yearExportQuery,
} from './schemas.ts';
import { changeDebtHousehold, createDebtHousehold, listDebtHouseholds } from './service.ts';

/** แก้ไขปัญหาหนี้สิน: the community fund centres' target households, under /api/registers/debt-relief. */
export const debtReliefRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['registers: debt relief'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary:
          'ครัวเรือนเป้าหมายบริหารจัดการหนี้: ค้นหา (q) และกรองการลดหนี้/ปลดหนี้ได้ (reduced); items/matched ตามที่ค้นหา ส่วนร้อยละที่ลดหนี้/ปลดหนี้ได้ (relief) และ total คำนวณจากครัวเรือนทั้งหมดของปี',
        querystring: debtQuery,
        response: { 200: householdListResponse },
      },
    },
    async (request) => listDebtHouseholds(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกครัวเรือนเป้าหมายบริหารจัดการหนี้ (xlsx หรือ ?format=csv)',
        querystring: yearExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportDebtRelief(app.db, request.requireUser(), request.query)),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'เพิ่มครัวเรือนเป้าหมายบริหารจัดการหนี้',
        body: newDebtBody,
        response: { 201: householdResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDebtHousehold(app.db, request.requireUser(), request.body)),
  );
  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'นำเข้าครัวเรือนเป้าหมายบริหารจัดการหนี้ (xlsx/csv): ครัวเรือนเดิมปรับปรุง ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: debtImportQuery,
        response: { 200: debtImportResponse },
      },
    },
    async (request) =>
      importDebtRelief(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'แก้ไขครัวเรือนเป้าหมายบริหารจัดการหนี้',
        params: idParams,
        body: debtChangesBody,
        response: { 200: householdResponse },
      },
    },
    async (request) => changeDebtHousehold(app.db, request.requireUser(), request.params.id, request.body),
  );
};
