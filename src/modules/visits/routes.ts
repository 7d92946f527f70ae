import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../http/schemas.ts';
import { amendBody } from '../editions/schemas.ts';
import {
  createBody,
  deletedResponse,
  finishBody,
  listQuery,
  planListResponse,
  planResponse,
  saveBody,
  topicBody,
  topicEditBody,
  topicListResponse,
  topicResponse,
  unitQuery,
} from './schemas.ts';
import {
  amend,
  create,
  createTopic,
  editTopic,
  finish,
  get,
  listOf,
  listTopics,
  removeTopic,
  save,
} from './service.ts';

export const visitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['visits'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'แผนการติดตามงานรายเดือน (ค้นหาตามจังหวัด ปีงบประมาณ เดือน และข้อความ)',
        querystring: listQuery,
        response: { 200: planListResponse },
      },
    },
    async (request) => listOf(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'สร้างแผนการติดตามงานของเดือน (ร่าง พร้อมหนังสือราชการตั้งต้น)',
        body: createBody,
        response: { 201: planResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await create(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/topics',
    {
      schema: {
        tags,
        summary: 'ประเด็นการตรวจติดตามงานของจังหวัด (แม่แบบ)',
        querystring: unitQuery,
        response: { 200: topicListResponse },
      },
    },
    async (request) => listTopics(app.db, request.requireUser(), request.query.unit),
  );
  app.post(
    '/topics',
    {
      schema: { tags, summary: 'เพิ่มประเด็นการตรวจติดตาม', body: topicBody, response: { 201: topicResponse } },
    },
    async (request, reply) =>
      reply.code(201).send(await createTopic(app.db, request.requireUser(), request.body)),
  );
  app.put(
    '/topics/:id',
    {
      schema: {
        tags,
        summary: 'แก้ไขประเด็นการตรวจติดตาม',
        params: idParams,
        body: topicEditBody,
        response: { 200: topicResponse },
      },
    },
    async (request) => editTopic(app.db, request.requireUser(), request.params.id, request.body),
  );
  app.delete(
    '/topics/:id',
    {
      schema: { tags, summary: 'ลบประเด็นการตรวจติดตาม', params: idParams, response: { 200: deletedResponse } },
    },
    async (request) => removeTopic(app.db, request.requireUser(), request.params.id),
  );
  app.get(
    '/:id',
    { schema: { tags, summary: 'แผนการติดตามงานหนึ่งฉบับ', params: idParams, response: { 200: planResponse } } },
    async (request) => get(app.db, request.requireUser(), request.params.id),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: 'บันทึกร่างแผนการติดตามงานและหนังสือราชการ',
        params: idParams,
        body: saveBody,
        response: { 200: planResponse },
      },
    },
    async (request) =>
      save(app.db, request.requireUser(), request.params.id, request.body.body, request.body.rowVersion),
  );
  app.post(
    '/:id/finish',
    {
      schema: {
        tags,
        summary: 'จบแผนการติดตามงาน (ล็อกไม่ให้แก้ไข)',
        params: idParams,
        body: finishBody,
        response: { 200: planResponse },
      },
    },
    async (request) => finish(app.db, request.requireUser(), request.params.id),
  );
  app.post(
    '/:id/amend',
    {
      schema: {
        tags,
        summary: 'สร้างฉบับแก้ไขของแผนการติดตามงานที่จบแล้ว',
        params: idParams,
        body: amendBody,
        response: { 200: planResponse },
      },
    },
    async (request) => amend(app.db, request.requireUser(), request.params.id, request.body.reason),
  );
};
