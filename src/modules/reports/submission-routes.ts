import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { AppError } from '../../errors.ts';
import { fileDownload, idParams } from '../../http/schemas.ts';
import { addFile, openFile, removeFile } from './files.ts';
import {
  draftBody,
  fileParams,
  fileQuery,
  openedSubmissionResponse,
  openSubmissionBody,
  reasonBody,
  submissionResponse,
} from './schemas.ts';
import {
  approve,
  getSubmission,
  openForUnit,
  reopen,
  returnSubmission,
  saveDraft,
  submit,
} from './submissions.ts';

/** A unit's report for a period: draft (autosaved), submit, return, resubmit, approve (locks), reopen; evidence files. */
export const submissionRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    const clock = () => {
      const now = config.clock();
      return { now, today: bangkokDateOf(now) };
    };

    app.post(
      '/submissions',
      {
        schema: {
          tags,
          summary: 'เปิดรายงานของหน่วยงานสำหรับงวดที่ครบกำหนดในเดือน (สร้างร่างครั้งแรก)',
          body: openSubmissionBody,
          response: { 200: openedSubmissionResponse, 201: openedSubmissionResponse },
        },
      },
      async (request, reply) => {
        const opened = await openForUnit(app.db, request.requireUser(), request.body, clock().today);
        return reply.status(opened.created ? 201 : 200).send(opened);
      },
    );
    app.get(
      '/submissions/:id',
      {
        schema: {
          tags,
          summary: 'รายงาน ค่าที่กรอก ไฟล์ ประวัติการตรวจ และคะแนนความตรงเวลา',
          params: idParams,
          response: { 200: submissionResponse },
        },
      },
      async (request) => getSubmission(app.db, request.requireUser(), request.params.id, clock().today),
    );
    app.put(
      '/submissions/:id/draft',
      {
        schema: {
          tags,
          summary: 'บันทึกร่าง (บันทึกอัตโนมัติ)',
          params: idParams,
          body: draftBody,
          response: { 200: submissionResponse },
        },
      },
      async (request) =>
        saveDraft(app.db, request.requireUser(), request.params.id, request.body, clock().today),
    );
    app.post(
      '/submissions/:id/submit',
      {
        schema: {
          tags,
          summary: 'ส่งรายงาน (หรือส่งอีกครั้งหลังแก้ไข)',
          params: idParams,
          response: { 200: submissionResponse },
        },
      },
      async (request) => {
        const { now, today } = clock();
        return submit(app.db, request.requireUser(), request.params.id, now, today);
      },
    );
    app.post(
      '/submissions/:id/return',
      {
        schema: {
          tags,
          summary: 'ส่งคืนให้แก้ไข พร้อมเหตุผล (จังหวัด)',
          params: idParams,
          body: reasonBody,
          response: { 200: submissionResponse },
        },
      },
      async (request) => {
        const { now, today } = clock();
        return returnSubmission(
          app.db,
          request.requireUser(),
          request.params.id,
          request.body.reason,
          now,
          today,
        );
      },
    );
    app.post(
      '/submissions/:id/approve',
      {
        schema: {
          tags,
          summary: 'อนุมัติและล็อกรายงาน ผลตัวชี้วัดในรายงานเป็นผลล่าสุดของหน่วยงาน',
          params: idParams,
          response: { 200: submissionResponse },
        },
      },
      async (request) => {
        const { now, today } = clock();
        return approve(app.db, request.requireUser(), request.params.id, now, today);
      },
    );
    app.post(
      '/submissions/:id/reopen',
      {
        schema: {
          tags,
          summary: 'เปิดรายงานที่อนุมัติแล้วให้แก้ไข พร้อมเหตุผล (จังหวัด)',
          params: idParams,
          body: reasonBody,
          response: { 200: submissionResponse },
        },
      },
      async (request) => {
        const { now, today } = clock();
        return reopen(app.db, request.requireUser(), request.params.id, request.body.reason, now, today);
      },
    );

    app.post(
      '/submissions/:id/files/:fieldId',
      {
        schema: {
          tags,
          summary: 'แนบไฟล์หรือรูปถ่าย (multipart, ไม่เกิน 20 MB, ตรวจชนิดจากเนื้อหา)',
          params: fileParams,
          response: { 201: submissionResponse },
        },
      },
      async (request, reply) => {
        const file = await request.file();
        if (!file) throw new AppError(400, 'invalid', 'กรุณาแนบไฟล์', 'file');
        const upload = { buffer: await file.toBuffer(), filename: file.filename };
        const { id, fieldId } = request.params;
        const view = await addFile(
          app.db,
          config.filesDir,
          request.requireUser(),
          id,
          fieldId,
          upload,
          clock(),
        );
        return reply.status(201).send(view);
      },
    );
    app.delete(
      '/files/:id',
      {
        schema: {
          tags,
          summary: 'ลบไฟล์แนบของร่างรายงาน',
          params: idParams,
          response: { 200: submissionResponse },
        },
      },
      async (request) => removeFile(app.db, request.requireUser(), request.params.id, clock().today),
    );
    app.get(
      '/files/:id',
      {
        schema: {
          tags,
          summary: 'ไฟล์แนบ (ต้นฉบับ หรือรูปย่อสำหรับแสดงผล)',
          params: idParams,
          querystring: fileQuery,
          response: { 200: fileDownload },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const file = await openFile(
          app.db,
          config.filesDir,
          request.requireUser(),
          id,
          request.query.variant,
        );
        return reply.headers(file.headers).send(file.stream);
      },
    );
  };
