import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rowVersionQuery } from '../../http/row-version.ts';
import { fileDownload } from '../../http/schemas.ts';
import { XLSX_TYPE } from '../files/table-file.ts';
import { enterRegion, regionEntryStatus, regionEntryView } from './region-entry.ts';
import {
  asOfBody,
  createBody,
  dataQualityResponse,
  issueBody,
  issueParams,
  kpiEntryBody,
  kpiParams,
  newKpiBody,
  orderBody,
  publishBody,
  publishResponse,
  regionEntryBody,
  regionEntryResponse,
  regionParams,
  regionStatusResponse,
  reopenResponse,
  reportListResponse,
  reportParams,
  reportResponse,
} from './schemas.ts';
import {
  dataQuality,
  enterAsOf,
  enterKpi,
  exportReport,
  getReport,
  listReports,
  publish,
  reopen,
} from './service.ts';
import { addIssue, addKpi, createReport, removeIssue, removeKpi, reorderReport } from './structure.ts';

type QuarterNo = 1 | 2 | 3 | 4;

export const quarterlyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['quarterly'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'รายงานผลการปฏิบัติงานรายไตรมาส (ล่าสุดก่อน)',
        response: { 200: reportListResponse },
      },
    },
    async (request) => listReports(app.db, request.requireUser()),
  );
  app.get(
    '/:fiscalYear/:quarter',
    {
      schema: {
        tags,
        summary: 'รายงานไตรมาสตามรูปแบบรายงาน พอช. พร้อมตัวเลขที่คำนวณใหม่',
        response: { 200: reportResponse },
        params: reportParams,
      },
    },
    async (request) =>
      getReport(app.db, request.requireUser(), request.params.fiscalYear, request.params.quarter),
  );
  app.get(
    '/:fiscalYear/:quarter/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกรายงานไตรมาสเป็น Excel',
        response: { 200: fileDownload },
        params: reportParams,
      },
    },
    async (request, reply) => {
      const { fiscalYear, quarter } = request.params;
      const { filename, buffer } = await exportReport(app.db, request.requireUser(), fiscalYear, quarter);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(buffer);
    },
  );
  app.get(
    '/:fiscalYear/:quarter/data-quality',
    {
      schema: {
        tags,
        summary: 'คำเตือนคุณภาพข้อมูลของรายงานไตรมาส',
        response: { 200: dataQualityResponse },
        params: reportParams,
      },
    },
    async (request) =>
      dataQuality(app.db, request.requireUser(), request.params.fiscalYear, request.params.quarter),
  );
  app.post(
    '/:fiscalYear/:quarter/publish',
    {
      schema: {
        tags,
        summary: 'เผยแพร่รายงานไตรมาส (ล็อกไม่ให้แก้ไข)',
        response: { 200: publishResponse },
        params: reportParams,
        body: publishBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter } = request.params;
      return publish(app.db, request.requireUser(), fiscalYear, quarter, request.body.confirmWarnings);
    },
  );
  app.post(
    '/:fiscalYear/:quarter/reopen',
    {
      schema: {
        tags,
        summary: 'เปิดรายงานไตรมาสที่เผยแพร่แล้วให้แก้ไขได้อีกครั้ง',
        response: { 200: reopenResponse },
        params: reportParams,
      },
    },
    async (request) =>
      reopen(app.db, request.requireUser(), request.params.fiscalYear, request.params.quarter),
  );
  app.put(
    '/:fiscalYear/:quarter/kpis/:code',
    {
      schema: {
        tags,
        summary: 'บันทึกผลรายไตรมาส ผลรายภาค และคำบรรยายของตัวชี้วัด',
        response: { 200: reportResponse },
        params: kpiParams,
        body: kpiEntryBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter, code } = request.params;
      return enterKpi(app.db, request.requireUser(), fiscalYear, quarter, code, request.body);
    },
  );
  app.put(
    '/:fiscalYear/:quarter/as-of',
    {
      schema: {
        tags,
        summary: 'กำหนดวันที่ของข้อมูลในรายงานไตรมาส',
        response: { 200: reportResponse },
        params: reportParams,
        body: asOfBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter } = request.params;
      return enterAsOf(app.db, request.requireUser(), fiscalYear, quarter, request.body);
    },
  );
  app.post(
    '/:fiscalYear/:quarter',
    {
      schema: {
        tags,
        summary: 'สร้างรายงานไตรมาส จากรายงานไตรมาสก่อนหน้าหรือรายงานว่าง',
        response: { 201: reportResponse },
        params: reportParams,
        body: createBody,
      },
    },
    async (request, reply) => {
      const { fiscalYear, quarter } = request.params;
      const user = request.requireUser();
      const report = await createReport(app.db, user, fiscalYear, quarter as QuarterNo, request.body.from);
      return reply.code(201).send(report);
    },
  );
  app.get(
    '/:fiscalYear/:quarter/regions',
    {
      schema: {
        tags,
        summary: 'สถานะการบันทึกผลของสำนักงานภาคในไตรมาส',
        response: { 200: regionStatusResponse },
        params: reportParams,
      },
    },
    async (request) =>
      regionEntryStatus(app.db, request.requireUser(), request.params.fiscalYear, request.params.quarter),
  );
  app.get(
    '/:fiscalYear/:quarter/regions/:region',
    {
      schema: {
        tags,
        summary: 'ผลสะสมและคำบรรยายของภาคหนึ่งในไตรมาส',
        response: { 200: regionEntryResponse },
        params: regionParams,
      },
    },
    async (request) => {
      const { fiscalYear, quarter, region } = request.params;
      return regionEntryView(app.db, request.requireUser(), fiscalYear, quarter, region);
    },
  );
  app.put(
    '/:fiscalYear/:quarter/regions/:region',
    {
      schema: {
        tags,
        summary: 'สำนักงานภาคบันทึกผลสะสมและคำบรรยายของภาคในไตรมาส',
        response: { 200: regionEntryResponse },
        params: regionParams,
        body: regionEntryBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter, region } = request.params;
      return enterRegion(app.db, request.requireUser(), fiscalYear, quarter, region, request.body);
    },
  );
  app.post(
    '/:fiscalYear/:quarter/issues',
    {
      schema: {
        tags,
        summary: 'เพิ่มประเด็นยุทธศาสตร์ในรายงานฉบับร่าง',
        response: { 200: reportResponse },
        params: reportParams,
        body: issueBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter } = request.params;
      return addIssue(app.db, request.requireUser(), fiscalYear, quarter, request.body);
    },
  );
  app.delete(
    '/:fiscalYear/:quarter/issues/:no',
    {
      schema: {
        tags,
        summary: 'ลบประเด็นยุทธศาสตร์ที่ไม่มีตัวชี้วัดออกจากรายงานฉบับร่าง',
        response: { 200: reportResponse },
        params: issueParams,
      },
    },
    async (request) => {
      const { fiscalYear, quarter, no } = request.params;
      return removeIssue(app.db, request.requireUser(), fiscalYear, quarter, no);
    },
  );
  app.post(
    '/:fiscalYear/:quarter/kpis',
    {
      schema: {
        tags,
        summary: 'เพิ่มภารกิจและตัวชี้วัดในรายงานฉบับร่าง',
        response: { 200: reportResponse },
        params: reportParams,
        body: newKpiBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter } = request.params;
      return addKpi(app.db, request.requireUser(), fiscalYear, quarter, request.body);
    },
  );
  app.delete(
    '/:fiscalYear/:quarter/kpis/:code',
    {
      schema: {
        tags,
        summary: 'ลบภารกิจและตัวชี้วัดออกจากรายงานฉบับร่าง',
        response: { 200: reportResponse },
        params: kpiParams,
        querystring: rowVersionQuery,
      },
    },
    async (request) => {
      const { fiscalYear, quarter, code } = request.params;
      return removeKpi(app.db, request.requireUser(), fiscalYear, quarter, code, request.query.rowVersion);
    },
  );
  app.put(
    '/:fiscalYear/:quarter/order',
    {
      schema: {
        tags,
        summary: 'เรียงลำดับประเด็นยุทธศาสตร์และตัวชี้วัดของรายงานฉบับร่าง',
        response: { 200: reportResponse },
        params: reportParams,
        body: orderBody,
      },
    },
    async (request) => {
      const { fiscalYear, quarter } = request.params;
      return reorderReport(app.db, request.requireUser(), fiscalYear, quarter, request.body);
    },
  );
};
