import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { idParams } from '../../http/schemas.ts';
import { lineGroupBody, listQuery, outboxQuery, unitParams, unitQuery } from './schemas.ts';
import { lineGroupsUnder, listMine, outboxOf, readAll, readOne, setLineGroup } from './service.ts';

/** The notification centre, each unit's LINE group, and the outbox's delivery state. */
export const notificationRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notifications'];
    app.get('/', { schema: { tags, summary: 'การแจ้งเตือนของฉัน', querystring: listQuery } }, async (request) =>
      listMine(app.db, request.requireUser(), request.query.unread, request.query.limit),
    );
    app.post('/read-all', { schema: { tags, summary: 'อ่านการแจ้งเตือนทั้งหมดแล้ว' } }, async (request) =>
      readAll(app.db, request.requireUser(), config.clock()),
    );
    app.post(
      '/:id/read',
      { schema: { tags, summary: 'อ่านการแจ้งเตือนแล้ว', params: idParams } },
      async (request) => readOne(app.db, request.requireUser(), request.params.id, config.clock()),
    );
    app.get(
      '/line-groups',
      { schema: { tags, summary: 'กลุ่มไลน์ที่รับการแจ้งเตือนของจังหวัดหรืออำเภอ', querystring: unitQuery } },
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
        },
      },
      async (request) =>
        setLineGroup(app.db, request.requireUser(), request.params.unitCode, request.body.groupId),
    );
    app.get(
      '/outbox',
      { schema: { tags, summary: 'สถานะการส่งข้อความ (ผู้ดูแลระบบระดับกรม)', querystring: outboxQuery } },
      async (request) => outboxOf(app.db, request.requireUser(), request.query.status, request.query.limit),
    );
  };
