import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../http/schemas.ts';
import { importJobResponse } from './schemas.ts';
import { getJob } from './service.ts';

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id',
    {
      schema: {
        tags: ['registers: households'],
        summary: 'ความคืบหน้าการนำเข้า (แถวที่อ่าน/ทั้งหมด) และข้อผิดพลาดรายแถว',
        params: idParams,
        response: { 200: importJobResponse },
      },
    },
    async (request) => getJob(app.db, request.requireUser(), request.params.id),
  );
};
