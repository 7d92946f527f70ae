import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { idParams, noContent } from '../../http/schemas.ts';
import { sendView } from '../../http/view-cache.ts';
import { boardOfProvince, leagueOf, readableProvince } from './board.ts';
import { calendarOf, overrideDueDate } from './calendar.ts';
import { changeType, createType, getType, listTypes, removeType } from './report-types.ts';
import {
  boardQuery,
  boardResponse,
  calendarQuery,
  calendarResponse,
  leagueResponse,
  newReportTypeBody,
  overrideBody,
  overrideResponse,
  reportTypeEditBody,
  reportTypeListQuery,
  reportTypeListResponse,
  reportTypeResponse,
} from './schemas.ts';
import { submissionRoutes } from './submission-routes.ts';

/** Monthly progress reports (issue R1-3): forms, the month's calendar, submissions, the board and the league table. */
export const reportRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    const today = () => bangkokDateOf(config.clock());

    app.get(
      '/types',
      {
        schema: {
          tags,
          summary: 'แบบรายงานของจังหวัด',
          querystring: reportTypeListQuery,
          response: { 200: reportTypeListResponse },
        },
      },
      async (request) => listTypes(app.db, request.requireUser(), request.query.province),
    );
    app.post(
      '/types',
      {
        schema: {
          tags,
          summary: 'สร้างแบบรายงาน (จังหวัด)',
          body: newReportTypeBody,
          response: { 201: reportTypeResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createType(app.db, request.requireUser(), request.body)),
    );
    app.get(
      '/types/:id',
      { schema: { tags, summary: 'แบบรายงาน', params: idParams, response: { 200: reportTypeResponse } } },
      async (request) => getType(app.db, request.requireUser(), request.params.id),
    );
    app.put(
      '/types/:id',
      {
        schema: {
          tags,
          summary: 'แก้ไขแบบรายงาน (จังหวัด)',
          params: idParams,
          body: reportTypeEditBody,
          response: { 200: reportTypeResponse },
        },
      },
      async (request) => changeType(app.db, request.requireUser(), request.params.id, request.body),
    );
    app.delete(
      '/types/:id',
      {
        schema: { tags, summary: 'ลบแบบรายงานที่ยังไม่มีการส่ง', params: idParams, response: { 204: noContent } },
      },
      async (request, reply) => {
        await removeType(app.db, request.requireUser(), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/calendar',
      {
        schema: {
          tags,
          summary: 'ปฏิทินส่งรายงานประจำเดือนของจังหวัดหรืออำเภอ',
          querystring: calendarQuery,
          response: { 200: calendarResponse },
        },
      },
      async (request) =>
        calendarOf(app.db, request.requireUser(), request.query.unit, request.query.month, today()),
    );
    app.put(
      '/calendar/overrides',
      {
        schema: {
          tags,
          summary: 'เลื่อนวันกำหนดส่งของเดือน (ก่อนวันที่ 1 ของเดือนนั้น)',
          body: overrideBody,
          response: { 200: overrideResponse },
        },
      },
      async (request) => {
        const now = config.clock();
        return overrideDueDate(app.db, request.requireUser(), request.body, now, bangkokDateOf(now));
      },
    );

    app.get(
      '/board',
      {
        schema: {
          tags,
          summary: 'กระดานติดตามการส่งรายงาน ทุกอำเภอ × ทุกรายงานของเดือน',
          querystring: boardQuery,
          response: { 200: boardResponse },
        },
      },
      async (request, reply) => {
        const { province: code, month } = request.query;
        const province = await readableProvince(app.db, request.requireUser(), code, false);
        const day = today();
        return sendView(request, reply, ['board', code, month, day], () =>
          boardOfProvince(app.db, province, month, day),
        );
      },
    );
    app.get(
      '/league',
      {
        schema: {
          tags,
          summary: 'ตารางคะแนนความตรงเวลาการส่งรายงานประจำเดือน',
          querystring: boardQuery,
          response: { 200: leagueResponse },
        },
      },
      async (request) => leagueOf(app.db, request.requireUser(), request.query.province, request.query.month),
    );

    await app.register(submissionRoutes(config));
  };
