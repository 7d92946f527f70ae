import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload } from '../../http/schemas.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import {
  newVillageBody,
  newVillageResponse,
  unitCodeParams,
  unitDetailResponse,
  unitSearchQuery,
  unitSearchResponse,
  villageImportResponse,
} from './schemas.ts';
import { addVillage, findUnits, getUnit, importVillages } from './service.ts';
import { villageTemplate } from './village-template.ts';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['units'],
        summary: 'ค้นหาหน่วยงาน',
        querystring: unitSearchQuery,
        response: { 200: unitSearchResponse },
      },
    },
    async (request) => findUnits(app.db, request.requireUser(), request.query.q, request.query.limit),
  );

  app.get(
    '/villages/template.xlsx',
    { schema: { tags: ['units'], summary: 'แบบฟอร์มนำเข้าหมู่บ้าน (xlsx)', response: { 200: fileDownload } } },
    async (_request, reply) =>
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="tidtam-villages-template.xlsx"')
        .send(await villageTemplate()),
  );

  app.post(
    '/villages/import',
    {
      schema: {
        tags: ['units'],
        summary: 'นำเข้าหมู่บ้านจาก CSV/xlsx',
        response: { 200: villageImportResponse },
      },
    },
    async (request) =>
      importVillages(app.db, request.requireUser(), () => saveUpload(request, TABLE_EXTENSIONS)),
  );

  app.get(
    '/:code',
    {
      schema: {
        tags: ['units'],
        summary: 'หน่วยงานและหน่วยงานย่อย',
        params: unitCodeParams,
        response: { 200: unitDetailResponse },
      },
    },
    async (request) => getUnit(app.db, request.requireUser(), request.params.code),
  );

  app.post(
    '/:code/villages',
    {
      schema: {
        tags: ['units'],
        summary: 'เพิ่มหมู่บ้าน',
        params: unitCodeParams,
        body: newVillageBody,
        response: { 201: newVillageResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addVillage(app.db, request.requireUser(), request.params.code, request.body)),
  );
};
