import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, unitQuery } from '../schemas.ts';
import {
  debtChangesBody,
  debtQuery,
  fundChangesBody,
  newDebtBody,
  newFundBody,
  snapshotBody,
  snapshotsQuery,
} from './schemas.ts';
import {
  changeDebtHousehold,
  changeFund,
  createDebtHousehold,
  createFund,
  listDebtHouseholds,
  listFunds,
  listSnapshots,
  saveSnapshot,
} from './service.ts';

export const fundRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['registers: funds'];
  app.get(
    '/community-funds',
    { schema: { tags, summary: 'กองทุนหมู่บ้านและชุมชนเมือง พร้อมผลรวมตามแบบติดตาม', querystring: unitQuery } },
    async (request) => listFunds(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/community-funds',
    { schema: { tags, summary: 'เพิ่มกองทุนหมู่บ้าน/ชุมชนเมือง/ชุมชนทหาร', body: newFundBody } },
    async (request, reply) =>
      reply.status(201).send(await createFund(app.db, request.requireUser(), request.body)),
  );
  app.patch(
    '/community-funds/:id',
    { schema: { tags, summary: 'แก้ไขกองทุน', params: idParams, body: fundChangesBody } },
    async (request) => changeFund(app.db, request.requireUser(), request.params.id, request.body),
  );
  app.get(
    '/womens-fund',
    {
      schema: {
        tags,
        summary: 'กองทุนพัฒนาบทบาทสตรี: ลูกหนี้ หนี้เกินกำหนด (C = B ÷ A × 100) และสมาชิก',
        querystring: snapshotsQuery,
      },
    },
    async (request) => listSnapshots(app.db, request.requireUser(), request.query),
  );
  app.put(
    '/womens-fund',
    { schema: { tags, summary: 'บันทึกข้อมูลลูกหนี้และสมาชิก ณ วันที่ (วันเดิมแทนที่ของเดิม)', body: snapshotBody } },
    async (request) => saveSnapshot(app.db, request.requireUser(), request.body),
  );
  app.get(
    '/debt-relief',
    { schema: { tags, summary: 'ครัวเรือนเป้าหมายบริหารจัดการหนี้ และร้อยละที่ลดหนี้/ปลดหนี้ได้', querystring: debtQuery } },
    async (request) => listDebtHouseholds(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/debt-relief',
    { schema: { tags, summary: 'เพิ่มครัวเรือนเป้าหมายบริหารจัดการหนี้', body: newDebtBody } },
    async (request, reply) =>
      reply.status(201).send(await createDebtHousehold(app.db, request.requireUser(), request.body)),
  );
  app.patch(
    '/debt-relief/:id',
    { schema: { tags, summary: 'แก้ไขครัวเรือนเป้าหมายบริหารจัดการหนี้', params: idParams, body: debtChangesBody } },
    async (request) => changeDebtHousehold(app.db, request.requireUser(), request.params.id, request.body),
  );
};
