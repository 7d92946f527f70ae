import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { idParams } from '../../http/schemas.ts';
import { sendTable } from '../files/table-file.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import { exportBudget, exportProjects } from './export.ts';
import { importBudgetEvents } from './import.ts';
import { planBody, planParams, plansQuery } from './plan-schemas.ts';
import { budgetPlans, setPlan } from './plans.ts';
import { importProjects } from './project-import.ts';
import { addPhoto, openPhoto, removePhoto } from './project-photos.ts';
import { changeProject, createProject, getProject, listProjects } from './projects.ts';
import {
  budgetExportQuery,
  cutoffBody,
  cutoffParams,
  eventBody,
  importQuery,
  lineChangesBody,
  linesQuery,
  newLineBody,
  newProjectBody,
  photoParams,
  photoQuery,
  projectChangesBody,
  projectsQuery,
  reportQuery,
} from './schemas.ts';
import {
  addEvent,
  budgetReport,
  changeLine,
  createLine,
  cutoffs,
  getLine,
  listLines,
  removeEvent,
  setCutoff,
} from './service.ts';

export const budgetRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['registers: budget'];
  app.get(
    '/lines',
    {
      schema: {
        tags,
        summary:
          'รายการงบประมาณ (หมวด/โครงการ) และรายการจัดสรร เบิกจ่าย PO ส่งคืน: ค้นหาชื่อหรือหมวด (q) กรองหมวด (category); items/matched ตามที่ค้นหา ส่วน total และ categories มาจากรายการทั้งหมดของปี',
        querystring: linesQuery,
      },
    },
    async (request) => listLines(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/lines',
    { schema: { tags, summary: 'เพิ่มรายการงบประมาณ', body: newLineBody } },
    async (request, reply) =>
      reply.status(201).send(await createLine(app.db, request.requireUser(), request.body)),
  );
  app.get(
    '/lines/:id',
    { schema: { tags, summary: 'รายการงบประมาณและรายการเคลื่อนไหว', params: idParams } },
    async (request) => getLine(app.db, request.requireUser(), request.params.id),
  );
  app.patch(
    '/lines/:id',
    { schema: { tags, summary: 'แก้ไขหมวดหรือชื่อรายการงบประมาณ', params: idParams, body: lineChangesBody } },
    async (request) => changeLine(app.db, request.requireUser(), request.params.id, request.body),
  );
  app.post(
    '/lines/:id/events',
    {
      schema: { tags, summary: 'บันทึกการจัดสรร เบิกจ่าย PO หรือส่งคืน (ลงวันที่)', params: idParams, body: eventBody },
    },
    async (request, reply) =>
      reply.status(201).send(await addEvent(app.db, request.requireUser(), request.params.id, request.body)),
  );
  app.delete(
    '/events/:id',
    { schema: { tags, summary: 'ลบรายการเคลื่อนไหวงบประมาณที่บันทึกผิด', params: idParams } },
    async (request) => removeEvent(app.db, request.requireUser(), request.params.id),
  );
  app.get(
    '/report',
    {
      schema: {
        tags,
        summary: 'ร้อยละการใช้จ่ายงบประมาณ ณ วันที่ (ตัวชี้วัดที่ 1) รายหมวดและรวม',
        querystring: reportQuery,
      },
    },
    async (request) => budgetReport(app.db, request.requireUser(), request.query),
  );
  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'นำเข้าตารางการเบิกจ่าย (xlsx/csv): ผิดแถวใดไม่บันทึกทั้งไฟล์',
        querystring: importQuery,
      },
    },
    async (request) =>
      importBudgetEvents(app.db, request.requireUser(), request.query, () =>
        saveUpload(request, TABLE_EXTENSIONS),
      ),
  );
  app.get(
    '/export.xlsx',
    {
      schema: {
        tags,
        summary: 'ส่งออกรายการจัดสรร เบิกจ่าย PO ส่งคืน รายการละแถว (xlsx หรือ ?format=csv) ในคอลัมน์ที่นำเข้าได้อีกครั้ง',
        querystring: budgetExportQuery,
      },
    },
    async (request, reply) =>
      sendTable(reply, await exportBudget(app.db, request.requireUser(), request.query)),
  );
  app.get('/cutoffs', { schema: { tags, summary: 'วันสุดท้ายของการส่งคืนงบประมาณ รายปีงบประมาณ' } }, async () =>
    cutoffs(app.db),
  );
  app.put(
    '/cutoffs/:fiscalYear',
    {
      schema: {
        tags,
        summary: 'กำหนดวันสุดท้ายของการส่งคืนงบประมาณ (กรม)',
        params: cutoffParams,
        body: cutoffBody,
      },
    },
    async (request) =>
      setCutoff(app.db, request.requireUser(), request.params.fiscalYear, request.body.returnCutoff),
  );
  app.get(
    '/plans',
    {
      schema: {
        tags,
        summary: 'แผนการใช้จ่ายงบประมาณรายไตรมาส (ร้อยละสะสม) ของกรมและของจังหวัด และแผนที่ใช้',
        querystring: plansQuery,
      },
    },
    async (request) => budgetPlans(app.db, request.requireUser(), request.query),
  );
  app.put(
    '/plans/:fiscalYear',
    {
      schema: {
        tags,
        summary: 'กำหนดแผนการใช้จ่ายงบประมาณรายไตรมาส: ของกรม (ทุกจังหวัด) หรือของจังหวัดเอง',
        params: planParams,
        body: planBody,
      },
    },
    async (request) => setPlan(app.db, request.requireUser(), request.params.fiscalYear, request.body),
  );
};

/** A project photo from a multipart request (field `file`), within the 20 MB upload limit. */
async function photoFile(request: FastifyRequest) {
  const file = await request.file();
  if (!file) throw new AppError(400, 'invalid', 'กรุณาแนบไฟล์', 'file');
  return { buffer: await file.toBuffer(), filename: file.filename };
}

export const projectRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registers: budget'];
    app.get(
      '/',
      {
        schema: {
          tags,
          summary:
            'โครงการ/กิจกรรมตามแผน: ร้อยละความสำเร็จ (ตัวชี้วัดที่ 2) และแบบประเมินที่ส่งช้าหรือภาพถ่ายไม่ครบ 3 ภาพ; ค้นหาชื่อ (q) กรองรอบ (round) และสถานะ (status = late, missing-photos, incomplete); items/matched ตามที่ค้นหา ส่วนตัวชี้วัดที่ 2 จำนวนที่ส่งช้า ภาพไม่ครบ และ total คำนวณจากโครงการทั้งหมดของปี (และรอบ) ไม่ใช่เฉพาะที่ค้นพบ',
          querystring: projectsQuery,
        },
      },
      async (request) => listProjects(app.db, request.requireUser(), request.query),
    );
    app.post(
      '/',
      { schema: { tags, summary: 'เพิ่มโครงการ/กิจกรรม', body: newProjectBody } },
      async (request, reply) =>
        reply.status(201).send(await createProject(app.db, request.requireUser(), request.body)),
    );
    app.post(
      '/import',
      {
        schema: {
          tags,
          summary:
            'นำเข้าโครงการ (xlsx/csv ในคอลัมน์ของไฟล์ส่งออก): หน่วยงาน ปีงบประมาณ รอบ และชื่อตรงกับที่มีอยู่ = แก้ไข ไม่ตรง = เพิ่ม; ช่อง photo_count ไม่นำเข้า; ผิดแถวใดไม่บันทึกทั้งไฟล์',
          querystring: importQuery,
        },
      },
      async (request) =>
        importProjects(app.db, request.requireUser(), request.query, () =>
          saveUpload(request, TABLE_EXTENSIONS),
        ),
    );
    app.get(
      '/export.xlsx',
      {
        schema: {
          tags,
          summary: 'ส่งออกโครงการ/กิจกรรมตามแผน (xlsx หรือ ?format=csv) ในคอลัมน์ที่นำเข้าได้อีกครั้ง',
          querystring: budgetExportQuery,
        },
      },
      async (request, reply) =>
        sendTable(reply, await exportProjects(app.db, request.requireUser(), request.query)),
    );
    app.get(
      '/:id',
      { schema: { tags, summary: 'โครงการ การส่งแบบประเมิน และภาพถ่าย', params: idParams } },
      async (request) => getProject(app.db, request.requireUser(), request.params.id),
    );
    app.patch(
      '/:id',
      {
        schema: {
          tags,
          summary: 'แก้ไขความก้าวหน้า วันแล้วเสร็จ วันส่งแบบประเมิน',
          params: idParams,
          body: projectChangesBody,
        },
      },
      async (request) => changeProject(app.db, request.requireUser(), request.params.id, request.body),
    );
    app.post(
      '/:id/photos',
      {
        schema: {
          tags,
          summary: 'แนบภาพถ่ายแบบประเมินโครงการ (multipart, JPEG/PNG/WebP ตรวจจากเนื้อหา, ไม่เกิน 20 MB)',
          params: idParams,
        },
      },
      async (request, reply) => {
        const upload = await photoFile(request);
        const user = request.requireUser();
        return reply
          .status(201)
          .send(await addPhoto(app.db, config.filesDir, user, request.params.id, upload));
      },
    );
    app.get(
      '/:id/photos/:photoId',
      {
        schema: {
          tags,
          summary: 'ภาพถ่ายแบบประเมินโครงการ (ภาพย่อสำหรับแสดงผล หรือ ?variant=original ต้นฉบับ)',
          params: photoParams,
          querystring: photoQuery,
        },
      },
      async (request, reply) => {
        const { id, photoId } = request.params;
        const user = request.requireUser();
        const photo = await openPhoto(app.db, config.filesDir, user, id, photoId, request.query.variant);
        return reply.headers(photo.headers).send(photo.stream);
      },
    );
    app.delete(
      '/:id/photos/:photoId',
      { schema: { tags, summary: 'ลบภาพถ่ายแบบประเมินโครงการ', params: photoParams } },
      async (request) =>
        removePhoto(app.db, request.requireUser(), request.params.id, request.params.photoId),
    );
  };
