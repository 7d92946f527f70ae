import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unitQuery } from '../../http/fields.ts';
import { fileDownload, idParams } from '../../http/schemas.ts';
import { sendTable } from '../files/table-file.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import { exportFunds } from './export.ts';
import { importFunds } from './import.ts';
import {
  fundChangesBody,
  fundImportResponse,
  fundListResponse,
  fundResponse,
  fundsQuery,
  newFundBody,
  unitExportQuery,
} from './schemas.ts';
import { changeFund, createFund, listFunds } from './service.ts';

/** กองทุนหมู่บ้านและชุมชนเมือง: the village and urban community fund register, under /api/registers/community-funds. */
export const communityFundRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['registers: community funds'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary:
          'กองทุนหมู่บ้านและชุมชนเมือง: ค้นหาชื่อ (q) กรองประเภท (type) และการเป็นนิติบุคคล (juristicPerson); items/matched ตามที่ค้นหา ส่วน report และ total คำนวณจากกองทุนทั้งหมดของหน่วยงาน',
        querystring: fundsQuery,
        response: { 200: fundListResponse },
      },
    },
    async (request) => listFunds(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'เพิ่มกองทุนหมู่บ้าน/ชุมชนเมือง/ชุมชนทหาร',
        body: newFundBody,
        response: { 201: fundResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFund(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกทะเบียนกองทุนหมู่บ้าน/ชุมชนเมือง (xlsx หรือ ?format=csv) ในคอลัมน์ที่นำเข้าได้',
        querystring: unitExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportFunds(app.db, request.requireUser(), request.query)),
  );
  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'นำเข้ากองทุนหมู่บ้าน/ชุมชนเมือง (xlsx/csv): ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: unitQuery,
        response: { 201: fundImportResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await importFunds(app.db, request.requireUser(), request.query, () =>
            saveUpload(request, TABLE_EXTENSIONS),
          ),
        ),
  );
  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'แก้ไขกองทุน',
        params: idParams,
        body: fundChangesBody,
        response: { 200: fundResponse },
      },
    },
    async (request) => changeFund(app.db, request.requireUser(), request.params.id, request.body),
  );
};
