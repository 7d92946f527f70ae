import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { fileDownload, idParams } from '../../http/schemas.ts';
import { sendTable } from '../files/table-file.ts';
import { saveUpload, TABLE_EXTENSIONS } from '../imports/upload.ts';
import { exportProjects } from './export.ts';
import { importProjects } from './import.ts';
import { addPhoto, openPhoto, removePhoto } from './photos.ts';
import {
  exportQuery,
  importQuery,
  newProjectBody,
  photoParams,
  photoQuery,
  projectChangesBody,
  projectImportResponse,
  projectListResponse,
  projectResponse,
  projectsQuery,
} from './schemas.ts';
import { changeProject, createProject, getProject, listProjects } from './service.ts';

/** A project photo from a multipart request (field `file`), within the 20 MB upload limit. */
async function photoFile(request: FastifyRequest) {
  const file = await request.file();
  if (!file) throw new AppError(400, 'invalid', 'กรุณาแนบไฟล์', 'file');
  return { buffer: await file.toBuffer(), filename: file.filename };
}

export const projectRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registers: projects'];
    app.get(
      '/',
      {
        schema: {
          tags,
          summary:
            'โครงการ/กิจกรรมตามแผน: ร้อยละความสำเร็จ (ตัวชี้วัดที่ 2) และแบบประเมินที่ส่งช้าหรือภาพถ่ายไม่ครบ 3 ภาพ; ค้นหาชื่อ (q) กรองรอบ (round) และสถานะ (status = late, missing-photos, incomplete); items/matched ตามที่ค้นหา ส่วนตัวชี้วัดที่ 2 จำนวนที่ส่งช้า ภาพไม่ครบ และ total คำนวณจากโครงการทั้งหมดของปี (และรอบ) ไม่ใช่เฉพาะที่ค้นพบ',
          querystring: projectsQuery,
          response: { 200: projectListResponse },
        },
      },
      async (request) => listProjects(app.db, request.requireUser(), request.query),
    );
    app.post(
      '/',
      {
        schema: {
          tags,
          summary: 'เพิ่มโครงการ/กิจกรรม',
          body: newProjectBody,
          response: { 201: projectResponse },
        },
      },
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
          response: { 200: projectImportResponse },
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
          querystring: exportQuery,
          response: { 200: fileDownload },
        },
      },
      async (request, reply) =>
        sendTable(reply, await exportProjects(app.db, request.requireUser(), request.query)),
    );
    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary: 'โครงการ การส่งแบบประเมิน และภาพถ่าย',
          params: idParams,
          response: { 200: projectResponse },
        },
      },
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
          response: { 200: projectResponse },
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
          response: { 201: projectResponse },
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
          response: { 200: fileDownload },
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
      {
        schema: {
          tags,
          summary: 'ลบภาพถ่ายแบบประเมินโครงการ',
          params: photoParams,
          response: { 200: projectResponse },
        },
      },
      async (request) =>
        removePhoto(app.db, request.requireUser(), request.params.id, request.params.photoId),
    );
  };
