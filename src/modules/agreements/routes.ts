import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementBody,
  agreementIdParams,
  agreementListQuery,
  agreementListResponse,
  agreementResponse,
  agreementRoundsResponse,
  amendBody,
  newAgreementBody,
  signBody,
} from './schemas.ts';
import {
  amend,
  createAgreement,
  getAgreement,
  listOfSet,
  roundsOf,
  sign,
  updateAgreement,
} from './service.ts';

export const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['agreements'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'คำรับรองของชุดตัวชี้วัด',
        querystring: agreementListQuery,
        response: { 200: agreementListResponse },
      },
    },
    async (request) => listOfSet(app.db, request.requireUser(), request.query.kpiSet),
  );
  app.get(
    '/rounds',
    {
      schema: {
        tags,
        summary: 'รอบการประเมินที่มีคำรับรอง (ล่าสุดก่อน)',
        response: { 200: agreementRoundsResponse },
      },
    },
    async (request) => roundsOf(app.db, request.requireUser()),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'จัดทำคำรับรอง (ร่าง)',
        body: newAgreementBody,
        response: { 201: agreementResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAgreement(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'คำรับรอง คะแนน และสิ่งที่ต้องทำเพื่อระดับถัดไป',
        params: agreementIdParams,
        response: { 200: agreementResponse },
      },
    },
    async (request) => getAgreement(app.db, request.requireUser(), request.params.id),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: 'แก้ไขร่างคำรับรอง',
        params: agreementIdParams,
        body: agreementBody,
        response: { 200: agreementResponse },
      },
    },
    async (request) => updateAgreement(app.db, request.requireUser(), request.params.id, request.body),
  );
  app.post(
    '/:id/sign',
    {
      schema: {
        tags,
        summary: 'ลงนามคำรับรอง',
        params: agreementIdParams,
        body: signBody,
        response: { 200: agreementResponse },
      },
    },
    async (request) => sign(app.db, request.requireUser(), request.params.id, request.body.side),
  );
  app.post(
    '/:id/amend',
    {
      schema: {
        tags,
        summary: 'ขอแก้ไขคำรับรอง (ฉบับใหม่)',
        params: agreementIdParams,
        body: amendBody,
        response: { 201: agreementResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await amend(app.db, request.requireUser(), request.params.id, request.body.reason)),
  );
};
