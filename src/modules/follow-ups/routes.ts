import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { fileDownload, idParams } from '../../http/schemas.ts';
import { addPhoto, openPhoto } from './photos.ts';
import {
  clientIdParams,
  draftBody,
  followUpListResponse,
  followUpResponse,
  listQuery,
  photoParams,
  photoQuery,
  photoResponse,
  photoUploadQuery,
  prefillQuery,
  prefillResponse,
  problemsResponse,
} from './schemas.ts';
import {
  FormProblemsError,
  finish,
  get,
  getByClient,
  listOf,
  newVersion,
  prefill,
  saveDraft,
} from './service.ts';

/** A photo from a multipart request (field `file`). */
async function photoFile(request: FastifyRequest) {
  const file = await request.file();
  if (!file) throw new AppError(400, 'invalid', 'กรุณาแนบรูปถ่าย', 'file');
  return { buffer: await file.toBuffer(), filename: file.filename };
}

export const followUpRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['follow-ups'];
    // A form's problems travel with its refusal, each with the field's path, for the fill page to mark the fields.
    app.setErrorHandler((error, _request, reply) => {
      if (!(error instanceof FormProblemsError)) throw error;
      return reply.status(422).send({
        error: { code: error.code, message: error.message, field: error.field, problems: error.problems },
      });
    });
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'แบบติดตามที่กรอกแล้ว (ฉบับล่าสุด) ค้นหาตามข้อความ สถานะ แบบฟอร์ม และช่วงวันที่ติดตาม',
          querystring: listQuery,
          response: { 200: followUpListResponse },
        },
      },
      async (request) => listOf(app.db, request.requireUser(), request.query),
    );
    app.get(
      '/prefill',
      {
        schema: {
          tags,
          summary: 'ค่าตั้งต้นของแบบติดตามใหม่ จากทะเบียนกองทุนและคะแนนตามคำรับรอง พร้อมแหล่งข้อมูล',
          querystring: prefillQuery,
          response: { 200: prefillResponse },
        },
      },
      async (request) => prefill(app.db, request.requireUser(), request.query),
    );
    app.put(
      '/drafts/:clientId',
      {
        schema: {
          tags,
          summary:
            'บันทึกร่างแบบติดตาม (ส่งซ้ำได้: รหัสของเครื่องเดิมไม่สร้างซ้ำ; baseRevision ไม่ตรง = 409 มีการแก้ไขจากเครื่องอื่น)',
          params: clientIdParams,
          body: draftBody,
          response: { 200: followUpResponse, 422: problemsResponse },
        },
      },
      async (request) => saveDraft(app.db, request.requireUser(), request.params.clientId, request.body),
    );
    app.get(
      '/by-client/:clientId',
      {
        schema: {
          tags,
          summary: 'แบบติดตามตามรหัสที่เครื่องของผู้กรอกสร้าง',
          params: clientIdParams,
          response: { 200: followUpResponse },
        },
      },
      async (request) => getByClient(app.db, request.requireUser(), request.params.clientId),
    );
    app.get(
      '/:id',
      {
        schema: { tags, summary: 'แบบติดตามหนึ่งฉบับ', params: idParams, response: { 200: followUpResponse } },
      },
      async (request) => get(app.db, request.requireUser(), request.params.id),
    );
    app.post(
      '/:id/finish',
      {
        schema: {
          tags,
          summary: 'จบแบบติดตาม (ตรวจช่องที่ต้องกรอกและลายมือชื่อ แล้วล็อกไม่ให้แก้ไข)',
          params: idParams,
          response: { 200: followUpResponse, 422: problemsResponse },
        },
      },
      async (request) => finish(app.db, request.requireUser(), request.params.id),
    );
    app.post(
      '/:id/versions',
      {
        schema: {
          tags,
          summary: 'สร้างฉบับแก้ไขของแบบติดตามที่จบแล้ว',
          params: idParams,
          response: { 201: followUpResponse },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await newVersion(app.db, request.requireUser(), request.params.id)),
    );
    app.post(
      '/:id/photos',
      {
        schema: {
          tags,
          summary:
            'แนบรูปถ่ายในช่องรูปถ่ายของแบบติดตาม (multipart ช่อง file, JPEG/PNG/WebP ตรวจจากเนื้อหา, ไม่เกิน 10 MB)',
          params: idParams,
          querystring: photoUploadQuery,
          response: { 201: photoResponse },
        },
      },
      async (request, reply) => {
        const upload = await photoFile(request);
        const user = request.requireUser();
        const { id } = request.params;
        return reply
          .code(201)
          .send(await addPhoto(app.db, config.filesDir, user, id, request.query.field, upload));
      },
    );
    app.get(
      '/:id/photos/:fileId',
      {
        schema: {
          tags,
          summary: 'รูปถ่ายของแบบติดตาม (ภาพย่อสำหรับแสดงผล หรือ ?variant=original ต้นฉบับ)',
          params: photoParams,
          querystring: photoQuery,
          response: { 200: fileDownload },
        },
      },
      async (request, reply) => {
        const { id, fileId } = request.params;
        const user = request.requireUser();
        const photo = await openPhoto(app.db, config.filesDir, user, id, fileId, request.query.variant);
        return reply.headers(photo.headers).send(photo.stream);
      },
    );
  };
