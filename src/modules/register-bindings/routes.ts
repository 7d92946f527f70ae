import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rowVersionQuery } from '../../http/row-version.ts';
import { noContent } from '../../http/schemas.ts';
import type { MeasureComputations } from './measures.ts';
import {
  bindingBody,
  bindingsQuery,
  bindingsResponse,
  boundResponse,
  kpiParams,
  measuresResponse,
  recomputedResponse,
} from './schemas.ts';
import { bindKpi, listBindings, listMeasures, recomputeKpi, unbindKpi } from './service.ts';

export const bindingRoutes =
  (computations: MeasureComputations): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registers: KPI bindings'];
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'ตัวชี้วัดของชุดที่รับผลจากทะเบียน: ทะเบียน วันที่ข้อมูล และผลล่าสุดของแต่ละหน่วยงาน',
          querystring: bindingsQuery,
          response: { 200: bindingsResponse },
        },
      },
      async (request) => listBindings(app.db, request.requireUser(), request.query.kpiSet),
    );
    app.get(
      '/measures',
      {
        schema: {
          tags,
          summary: 'ทะเบียนที่ตัวชี้วัดรับผลได้ และตัวแปรที่สูตรคำนวณของตัวชี้วัดต้องมี',
          response: { 200: measuresResponse },
        },
      },
      async (request) => {
        request.requireUser();
        return { items: listMeasures() };
      },
    );
    app.put(
      '/:kpiId',
      {
        schema: {
          tags,
          summary: 'เชื่อมตัวชี้วัดกับทะเบียน (แล้วคำนวณผลทันที)',
          params: kpiParams,
          body: bindingBody,
          response: { 200: boundResponse },
        },
      },
      async (request) =>
        bindKpi(app.db, computations, request.requireUser(), request.params.kpiId, request.body),
    );
    app.delete(
      '/:kpiId',
      {
        schema: {
          tags,
          summary: 'ยกเลิกการเชื่อมตัวชี้วัดกับทะเบียน (ผลที่บันทึกแล้วคงอยู่)',
          params: kpiParams,
          querystring: rowVersionQuery,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await unbindKpi(app.db, request.requireUser(), request.params.kpiId, request.query.rowVersion);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/:kpiId/recompute',
      {
        schema: {
          tags,
          summary: 'คำนวณผลตัวชี้วัดจากทะเบียนใหม่ทุกหน่วยงาน',
          params: kpiParams,
          response: { 200: recomputedResponse },
        },
      },
      async (request) => recomputeKpi(app.db, computations, request.requireUser(), request.params.kpiId),
    );
  };
