import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unitQuery } from '../../../http/fields.ts';
import { idParams } from '../../../http/schemas.ts';
import { sendTable } from '../../files/table-file.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../../imports/upload.ts';
import { exportDebtRelief, exportFunds, exportSnapshots } from './export.ts';
import { importFunds } from './import.ts';
import { importDebtRelief } from './import-debt-relief.ts';
import { importPortfolios } from './import-portfolios.ts';
import { importSnapshots } from './import-snapshots.ts';
import { exportPortfolios, listPortfolios, savePortfolio } from './portfolio.ts';
import {
  debtChangesBody,
  debtImportQuery,
  debtQuery,
  fundChangesBody,
  fundImportQuery,
  fundsQuery,
  newDebtBody,
  newFundBody,
  portfolioBody,
  snapshotBody,
  snapshotsQuery,
  unitExportQuery,
  yearExportQuery,
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
    {
      schema: {
        tags,
        summary:
          'กองทุนหมู่บ้านและชุมชนเมือง: ค้นหาชื่อ (q) กรองประเภท (type) และการเป็นนิติบุคคล (juristicPerson); items/matched ตามที่ค้นหา ส่วน report และ total คำนวณจากกองทุนทั้งหมดของหน่วยงาน',
        querystring: fundsQuery,
      },
    },
    async (request) => listFunds(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/community-funds',
    { schema: { tags, summary: 'เพิ่มกองทุนหมู่บ้าน/ชุมชนเมือง/ชุมชนทหาร', body: newFundBody } },
    async (request, reply) =>
      reply.status(201).send(await createFund(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/community-funds/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกทะเบียนกองทุนหมู่บ้าน/ชุมชนเมือง (xlsx หรือ ?format=csv) ในคอลัมน์ที่นำเข้าได้',
        querystring: unitExportQuery,
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportFunds(app.db, request.requireUser(), request.query)),
  );
  app.post(
    '/community-funds/import',
    {
      schema: {
        tags,
        summary: 'นำเข้ากองทุนหมู่บ้าน/ชุมชนเมือง (xlsx/csv): ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: fundImportQuery,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await importFunds(app.db, request.requireUser(), request.query, () =>
            saveUpload(request, TABLE_EXTENSIONS),
          ),
        ),
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
  app.get(
    '/womens-fund/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกข้อมูลลูกหนี้และสมาชิกกองทุนพัฒนาบทบาทสตรี (xlsx หรือ ?format=csv)',
        querystring: unitExportQuery,
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportSnapshots(app.db, request.requireUser(), request.query)),
  );
  app.put(
    '/womens-fund',
    { schema: { tags, summary: 'บันทึกข้อมูลลูกหนี้และสมาชิก ณ วันที่ (วันเดิมแทนที่ของเดิม)', body: snapshotBody } },
    async (request) => saveSnapshot(app.db, request.requireUser(), request.body),
  );
  app.post(
    '/womens-fund/import',
    {
      schema: {
        tags,
        summary: 'นำเข้าข้อมูลลูกหนี้และสมาชิกกองทุนพัฒนาบทบาทสตรี (xlsx/csv): วันเดิมแทนที่ของเดิม ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: fundImportQuery,
      },
    },
    async (request) =>
      importSnapshots(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.get(
    '/womens-fund/portfolio',
    {
      schema: {
        tags,
        summary: 'ผลการบริหารจัดการหนี้กองทุนพัฒนาบทบาทสตรีรายจังหวัด: 8 สถานะที่ซ้อนกันได้ ลูกหนี้คงเหลือ และข้อสังเกต',
        querystring: unitQuery,
      },
    },
    async (request) => listPortfolios(app.db, request.requireUser(), request.query),
  );
  app.put(
    '/womens-fund/portfolio',
    {
      schema: {
        tags,
        summary: 'บันทึกผลการบริหารจัดการหนี้ ณ วันที่ของจังหวัด (วันเดิมแทนที่ของเดิม)',
        body: portfolioBody,
      },
    },
    async (request) => savePortfolio(app.db, request.requireUser(), request.body),
  );
  app.post(
    '/womens-fund/portfolio/import',
    {
      schema: {
        tags,
        summary:
          'นำเข้ารายงานผลการบริหารจัดการหนี้รายจังหวัด (xlsx/csv ในคอลัมน์ของไฟล์ส่งออก): จังหวัดและวันเดิมแทนที่ของเดิม ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: fundImportQuery,
      },
    },
    async (request) =>
      importPortfolios(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.get(
    '/womens-fund/portfolio/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกผลการบริหารจัดการหนี้กองทุนพัฒนาบทบาทสตรี (xlsx หรือ ?format=csv)',
        querystring: unitExportQuery,
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportPortfolios(app.db, request.requireUser(), request.query)),
  );
  app.get(
    '/debt-relief',
    {
      schema: {
        tags,
        summary:
          'ครัวเรือนเป้าหมายบริหารจัดการหนี้: ค้นหา (q) และกรองการลดหนี้/ปลดหนี้ได้ (reduced); items/matched ตามที่ค้นหา ส่วนร้อยละที่ลดหนี้/ปลดหนี้ได้ (relief) และ total คำนวณจากครัวเรือนทั้งหมดของปี',
        querystring: debtQuery,
      },
    },
    async (request) => listDebtHouseholds(app.db, request.requireUser(), request.query),
  );
  app.get(
    '/debt-relief/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกครัวเรือนเป้าหมายบริหารจัดการหนี้ (xlsx หรือ ?format=csv)',
        querystring: yearExportQuery,
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportDebtRelief(app.db, request.requireUser(), request.query)),
  );
  app.post(
    '/debt-relief',
    { schema: { tags, summary: 'เพิ่มครัวเรือนเป้าหมายบริหารจัดการหนี้', body: newDebtBody } },
    async (request, reply) =>
      reply.status(201).send(await createDebtHousehold(app.db, request.requireUser(), request.body)),
  );
  app.post(
    '/debt-relief/import',
    {
      schema: {
        tags,
        summary: 'นำเข้าครัวเรือนเป้าหมายบริหารจัดการหนี้ (xlsx/csv): ครัวเรือนเดิมปรับปรุง ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: debtImportQuery,
      },
    },
    async (request) =>
      importDebtRelief(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.patch(
    '/debt-relief/:id',
    { schema: { tags, summary: 'แก้ไขครัวเรือนเป้าหมายบริหารจัดการหนี้', params: idParams, body: debtChangesBody } },
    async (request) => changeDebtHousehold(app.db, request.requireUser(), request.params.id, request.body),
  );
};
