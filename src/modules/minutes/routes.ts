import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { fileDownload, idParams, isoDate } from '../../http/schemas.ts';
import { amendBody } from '../editions/schemas.ts';
import { minutesDocx } from './docx.ts';
import {
  createBody,
  finishBody,
  listQuery,
  liveTableQuery,
  liveTableResponse,
  minutesDefaultsResponse,
  minutesListResponse,
  minutesResponse,
  saveBody,
  unitQuery,
} from './schemas.ts';
import {
  amend,
  create,
  finish,
  forExport,
  get,
  listOf,
  liveTable,
  newDefaults,
  recordExport,
  save,
} from './service.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const defaultsQuery = unitQuery.extend({ date: isoDate });

/** The monthly meeting minutes (issue R2-5 item 3); the clock dates the live tables that keep no history. */
export const minutesRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['minutes'];
    const today = () => bangkokDateOf(config.clock());
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'รายงานการประชุมประจำเดือน (ค้นหาตามข้อความ ครั้งที่ และช่วงวันที่)',
          querystring: listQuery,
          response: { 200: minutesListResponse },
        },
      },
      async (request) => listOf(app.db, request.requireUser(), request.query),
    );
    app.get(
      '/defaults',
      {
        schema: {
          tags,
          summary: 'ค่าตั้งต้นของรายงานการประชุมใหม่ (ครั้งที่ วาระมาตรฐาน ผู้เข้าประชุม)',
          querystring: defaultsQuery,
          response: { 200: minutesDefaultsResponse },
        },
      },
      async (request) => newDefaults(app.db, request.requireUser(), request.query.unit, request.query.date),
    );
    app.post(
      '/',
      {
        schema: {
          tags,
          summary: 'สร้างรายงานการประชุม (ออกเลขครั้งที่อัตโนมัติ)',
          body: createBody,
          response: { 201: minutesResponse },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await create(app.db, request.requireUser(), request.body)),
    );
    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary: 'รายงานการประชุมหนึ่งฉบับ',
          params: idParams,
          response: { 200: minutesResponse },
        },
      },
      async (request) => get(app.db, request.requireUser(), request.params.id),
    );
    app.put(
      '/:id',
      {
        schema: {
          tags,
          summary: 'บันทึกร่างรายงานการประชุม',
          params: idParams,
          body: saveBody,
          response: { 200: minutesResponse },
        },
      },
      async (request) => save(app.db, request.requireUser(), request.params.id, request.body),
    );
    app.post(
      '/:id/finish',
      {
        schema: {
          tags,
          summary: 'จบรายงานการประชุม (ล็อกไม่ให้แก้ไข)',
          params: idParams,
          body: finishBody,
          response: { 200: minutesResponse },
        },
      },
      async (request) => finish(app.db, request.requireUser(), request.params.id),
    );
    app.post(
      '/:id/amend',
      {
        schema: {
          tags,
          summary: 'สร้างฉบับแก้ไขของรายงานการประชุมที่จบแล้ว',
          params: idParams,
          body: amendBody,
          response: { 200: minutesResponse },
        },
      },
      async (request) => amend(app.db, request.requireUser(), request.params.id, request.body.reason),
    );
    app.get(
      '/:id/live-table',
      {
        schema: {
          tags,
          summary: 'ตารางข้อมูล ณ วันประชุม (งบประมาณ ตัวชี้วัด การส่งรายงาน)',
          params: idParams,
          querystring: liveTableQuery,
          response: { 200: liveTableResponse },
        },
      },
      async (request) =>
        liveTable(app.db, request.requireUser(), request.params.id, request.query.kind, today()),
    );
    app.get(
      '/:id/export.docx',
      {
        schema: {
          tags,
          summary: 'ส่งออกรายงานการประชุมเป็นไฟล์ Word',
          params: idParams,
          response: { 200: fileDownload },
        },
      },
      async (request, reply) => {
        const user = request.requireUser();
        const minutes = await forExport(app.db, user, request.params.id);
        const buffer = await minutesDocx(minutes);
        await recordExport(app.db, user, minutes.unitId, minutes.id);
        const name = `minutes-${minutes.number.replace('/', '-')}-v${minutes.version}.docx`;
        return reply
          .header('content-type', DOCX_TYPE)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(buffer);
      },
    );
  };
