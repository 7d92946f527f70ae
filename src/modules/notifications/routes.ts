import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { idParams } from '../../http/schemas.ts';
import {
  lineGroupBody,
  lineGroupResponse,
  lineGroupsResponse,
  listQuery,
  notificationListResponse,
  outboxQuery,
  outboxResponse,
  readAllResponse,
  unitParams,
  unitQuery,
  unreadResponse,
} from './schemas.ts';
import { lineGroupsUnder, listMine, outboxOf, readAll, readOne, setLineGroup } from './service.ts';

/** The notification centre, each unit's LINE group, and the outbox's delivery state. */
export const notificationRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notifications'];
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'การแจ้งเตือนของฉัน',
          querystring: listQuery,
          response: { 200: notificationListResponse },
        },
      },
      async (request) => listMine(app.db, request.requireUser(), request.query.unread, request.query.limit),
    );
    app.post(
      '/read-all',
      { schema: { tags, summary: 'อ่านการแจ้งเตือนทั้งหมดแล้ว', response: { 200: readAllResponse } } },
      async (request) => readAll(app.db, request.requireUser(), config.clock()),
    );
    app.post(
      '/:id/read',
      { schema: { tags, summary: 'อ่านการแจ้งเตือนแล้ว', params: idParams, response: { 200: unreadResponse } } },
      async (request) => readOne(app.db, request.requireUser(), request.params.id, config.clock()),
    );
    app.get(
      '/line-groups',
      {
        schema: {
          tags,
          summary: 'กลุ่มไลน์ที่รับการแจ้งเตือนของจังหวัดหรืออำเภอ',
          querystring: unitQuery,
          response: { 200: lineGroupsResponse },
        },
      },
      async (request) => lineGroupsUnder(app.db, request.requireUser(), request.query.unit),
    );
    app.put(
      '/line-groups/:unitCode',
      {
        schema: {
          tags,
          summary: 'กำหนดกลุ่มไลน์ของหน่วยงาน (null = ยกเลิก)',
          params: unitParams,
          body: lineGroupBody,
          response: { 200: lineGroupResponse },
        },
      },
      async (request) => setLineGroup(app.db, request.requireUser(), request.params.unitCode, request.body),
    );
    app.get(
      '/outbox',
      {
        schema: {
          tags,
          summary: 'สถานะการส่งข้อความ (ผู้ดูแลระบบระดับกรม)',
          querystring: outboxQuery,
          response: { 200: outboxResponse },
        },
      },
      async (request) => outboxOf(app.db, request.requireUser(), request.query.status, request.query.limit),
    );
  };
