import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unitQuery } from '../../http/fields.ts';
import { fileDownload } from '../../http/schemas.ts';
import { sendTable } from '../files/table-file.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import { exportPortfolios, exportSnapshots } from './export.ts';
import { importPortfolios } from './import-portfolios.ts';
import { importSnapshots } from './import-snapshots.ts';
import { listPortfolios, savePortfolio } from './portfolio.ts';
import {
  portfolioBody,
  portfolioListResponse,
  portfolioResponse,
  replaceImportResponse,
  snapshotBody,
  snapshotListResponse,
  snapshotResponse,
  snapshotsQuery,
  unitExportQuery,
} from './schemas.ts';
import { listSnapshots, saveSnapshot } from './service.ts';

/** กองทุนพัฒนาบทบาทสตรี: debtor and member snapshots and the provinces' portfolio reports, under /api/registers/womens-fund. */
export const womensFundRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["registers: women's fund"];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'กองทุนพัฒนาบทบาทสตรี: ลูกหนี้ หนี้เกินกำหนด (C = B ÷ A × 100) และสมาชิก',
        querystring: snapshotsQuery,
        response: { 200: snapshotListResponse },
      },
    },
    async (request) => listSnapshots(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกข้อมูลลูกหนี้และสมาชิกกองทุนพัฒนาบทบาทสตรี (xlsx หรือ ?format=csv)',
        querystring: unitExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportSnapshots(app.db, request.requireUser(), request.query)),
  );
  app.put(
    '/',
    {
      schema: {
        tags,
        summary: 'บันทึกข้อมูลลูกหนี้และสมาชิก ณ วันที่ (วันเดิมแทนที่ของเดิม)',
        body: snapshotBody,
        response: { 200: snapshotResponse },
      },
    },
    async (request) => saveSnapshot(app.db, request.requireUser(), request.body),
  );
  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'นำเข้าข้อมูลลูกหนี้และสมาชิกกองทุนพัฒนาบทบาทสตรี (xlsx/csv): วันเดิมแทนที่ของเดิม ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: unitQuery,
        response: { 200: replaceImportResponse },
      },
    },
    async (request) =>
      importSnapshots(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.get(
    '/portfolio',
    {
      schema: {
        tags,
        summary: 'ผลการบริหารจัดการหนี้กองทุนพัฒนาบทบาทสตรีรายจังหวัด: 8 สถานะที่ซ้อนกันได้ ลูกหนี้คงเหลือ และข้อสังเกต',
        querystring: unitQuery,
        response: { 200: portfolioListResponse },
      },
    },
    async (request) => listPortfolios(app.db, request.requireUser(), request.query),
  );
  app.put(
    '/portfolio',
    {
      schema: {
        tags,
        summary: 'บันทึกผลการบริหารจัดการหนี้ ณ วันที่ของจังหวัด (วันเดิมแทนที่ของเดิม)',
        body: portfolioBody,
        response: { 200: portfolioResponse },
      },
    },
    async (request) => savePortfolio(app.db, request.requireUser(), request.body),
  );
  app.post(
    '/portfolio/import',
    {
      schema: {
        tags,
        summary:
          'นำเข้ารายงานผลการบริหารจัดการหนี้รายจังหวัด (xlsx/csv ในคอลัมน์ของไฟล์ส่งออก): จังหวัดและวันเดิมแทนที่ของเดิม ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: unitQuery,
        response: { 200: replaceImportResponse },
      },
    },
    async (request) =>
      importPortfolios(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.get(
    '/portfolio/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกผลการบริหารจัดการหนี้กองทุนพัฒนาบทบาทสตรี (xlsx หรือ ?format=csv)',
        querystring: unitExportQuery,
        response: { 200: fileDownload },
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportPortfolios(app.db, request.requireUser(), request.query)),
  );
};
