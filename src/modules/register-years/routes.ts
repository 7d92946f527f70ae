import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unitQuery } from '../../http/fields.ts';
import { registerYearsResponse } from './schemas.ts';
import { registerYears } from './service.ts';

/** The year pickers of the register pages and dashboards, under /api/registers/years. */
export const registerYearsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/years',
    {
      schema: {
        tags: ['registers'],
        summary: 'ปีงบประมาณที่มีข้อมูลในแต่ละทะเบียนของหน่วยงาน (ใหม่สุดก่อน) ให้ตัวเลือกปีแสดงเฉพาะปีที่มีข้อมูล',
        querystring: unitQuery,
        response: { 200: registerYearsResponse },
      },
    },
    async (request) => registerYears(app.db, request.requireUser(), request.query.unit),
  );
};
