import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../http/schemas.ts';
import {
  createBody,
  listQuery,
  listResponse,
  previewBody,
  previewResponse,
  templateResponse,
  updateBody,
} from './schemas.ts';
import { create, get, listOf, newVersion, preview, publish, update } from './service.ts';

/** Follow-up form templates and their designer's preview (issue R2-5 item 2). */
export const formTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['form-templates'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'แบบฟอร์มติดตามงาน (ค้นหาตามข้อความและสถานะ)',
        querystring: listQuery,
        response: { 200: listResponse },
      },
    },
    async (request) => listOf(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'สร้างแบบฟอร์มใหม่ (ฉบับร่าง ฉบับที่ 1)',
        body: createBody,
        response: { 201: templateResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await create(app.db, request.requireUser(), request.body)),
  );
  app.post(
    '/preview',
    {
      schema: {
        tags,
        summary: 'ตรวจแบบฟอร์มและค่าที่กรอกตัวอย่าง (เหมือนตอนจบแบบฟอร์ม) สำหรับตัวอย่างในหน้าออกแบบ',
        body: previewBody,
        response: { 200: previewResponse },
      },
    },
    async (request) => {
      request.requireUser();
      return preview(request.body.definition, request.body.values);
    },
  );
  app.get(
    '/:id',
    {
      schema: { tags, summary: 'แบบฟอร์มหนึ่งฉบับ', params: idParams, response: { 200: templateResponse } },
    },
    async (request) => get(app.db, request.requireUser(), request.params.id),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: 'บันทึกฉบับร่างของแบบฟอร์ม',
        params: idParams,
        body: updateBody,
        response: { 200: templateResponse },
      },
    },
    async (request) =>
      update(
        app.db,
        request.requireUser(),
        request.params.id,
        request.body.definition,
        request.body.rowVersion,
      ),
  );
  app.post(
    '/:id/publish',
    {
      schema: {
        tags,
        summary: 'เผยแพร่แบบฟอร์ม (ฉบับที่เผยแพร่ก่อนหน้าของรหัสเดียวกันเลิกใช้)',
        params: idParams,
        response: { 200: templateResponse },
      },
    },
    async (request) => publish(app.db, request.requireUser(), request.params.id),
  );
  app.post(
    '/:id/versions',
    {
      schema: {
        tags,
        summary: 'สร้างฉบับใหม่ของแบบฟอร์ม (ฉบับร่างที่คัดลอกจากฉบับนี้)',
        params: idParams,
        response: { 201: templateResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await newVersion(app.db, request.requireUser(), request.params.id)),
  );
};
