import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

type ErrorBody = { error: { code: string; message: string; field?: string; rows?: AppError['rows'] } };

function body(code: string, message: string, field?: string, rows?: AppError['rows']): ErrorBody {
  return { error: { code, message, ...(field ? { field } : {}), ...(rows ? { rows } : {}) } };
}

const fastifyCodes: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', 'ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด'],
  FST_REQ_FILE_TOO_LARGE: [413, 'too_large', 'ไฟล์มีขนาดใหญ่เกินกำหนด'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'รูปแบบข้อมูลที่ส่งไม่รองรับ'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid', 'ไม่มีข้อมูลในคำขอ'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid', 'ข้อมูล JSON ไม่ถูกต้อง'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'unsupported_media_type', 'กรุณาแนบไฟล์แบบ multipart/form-data'],
  FST_MP_PREMATURE_CLOSE: [400, 'bad_upload', 'การส่งไฟล์ขาดตอน กรุณาส่งใหม่'],
  FST_PARTS_LIMIT: [413, 'too_large', 'ส่งข้อมูลหลายส่วนเกินกำหนด กรุณาแนบไฟล์เดียว'],
  FST_FILES_LIMIT: [413, 'too_large', 'แนบได้ครั้งละหนึ่งไฟล์'],
  FST_FIELDS_LIMIT: [413, 'too_large', 'ส่งช่องข้อมูลเกินกำหนด'],
  FST_PROTO_VIOLATION: [400, 'invalid', 'ชื่อช่องข้อมูลไม่ถูกต้อง'],
  FST_INVALID_JSON_FIELD_ERROR: [400, 'invalid', 'ข้อมูล JSON ในช่องที่ส่งไม่ถูกต้อง'],
};

/** busboy's own errors carry no code, only these messages (node_modules/@fastify/busboy). */
const malformedMultipart = [
  'Multipart: Boundary not found',
  'Boundary required',
  'Unexpected end of multipart data',
  'terminated early due to unexpected end of multipart data',
  'Malformed part header',
  'Unsupported content type',
];

const badUpload = () => body('bad_upload', 'ไฟล์ที่ส่งมาไม่สมบูรณ์หรือรูปแบบการส่งไม่ถูกต้อง กรุณาเลือกไฟล์แล้วส่งใหม่');

/**
 * PostgreSQL class 22 (data exception: 22P02 invalid text, 22P05/22021 bytes text cannot hold, 22003 number
 * out of range, 22008 date out of range…) is always a value the request carried. Schemas refuse these first;
 * this is the last line of defence, so such a value answers 422 instead of 500.
 */
const isDataException = (error: { code?: unknown }) =>
  typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code);

/**
 * Two writers met: a unique key another request took first (23505: two people adding the same thing, or a new report
 * form version saved twice at once), or PostgreSQL chose this transaction to give way (40001, 40P01). Services check
 * what they can first; a race still answers 409 with what to do, never 500.
 */
const concurrentWrite: Record<string, string> = {
  '23505': 'ข้อมูลนี้มีผู้อื่นบันทึกไว้แล้วหรือบันทึกพร้อมกัน กรุณาโหลดหน้าใหม่แล้วตรวจสอบอีกครั้ง',
  '40001': 'มีผู้อื่นแก้ไขข้อมูลเดียวกันพร้อมกัน กรุณาลองบันทึกอีกครั้ง',
  '40P01': 'มีผู้อื่นแก้ไขข้อมูลเดียวกันพร้อมกัน กรุณาลองบันทึกอีกครั้ง',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // A refusal that wraps a parser's or a library's error: the user reads Thai, the log keeps the original.
      if (error.cause !== undefined) request.log.warn({ err: error.cause }, error.message);
      if ('retryAfter' in error) reply.header('retry-after', String(error.retryAfter));
      return reply.status(error.status).send(body(error.code, error.message, error.field, error.rows));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = error.validationContext ?? 'body';
      const path = issue?.instancePath.replace(/^\//, '').split('/').filter(Boolean) ?? [];
      const field = path.join('.') || undefined;
      // The user reads Thai: the field's API key stays in `field` (a form shows the message under that field), the
      // message names the list item at fault, counted from 1, once: a message that already says that position
      // ("…ที่ 3", as thaiErrors names every position of its path: "ค่าเกณฑ์ระดับที่ 3") is left as it is, any other
      // (a plain zod message in a list body) gets "ที่รายการที่ 3".
      const item = path.find((part) => /^\d+$/.test(part));
      const position = item === undefined ? undefined : Number(item) + 1;
      const said = issue?.message ?? '';
      const at =
        position === undefined || new RegExp(`ที่ ${position}(?!\\d)`).test(said)
          ? ''
          : ` ที่รายการที่ ${position}`;
      const message = `ข้อมูลไม่ถูกต้อง${at}: ${said}`.trim();
      return reply.status(400).send(body('invalid', message, field ?? where));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('rate_limited', 'พยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่'));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(known[0]).send(body(known[1], known[2]));
    if (malformedMultipart.some((m) => error.message?.includes(m)))
      return reply.status(400).send(badUpload());
    if (isDataException(error)) {
      request.log.warn({ err: error }, 'data exception from request input');
      return reply
        .status(422)
        .send(body('invalid_value', 'ข้อมูลบางช่องมีค่าที่ระบบบันทึกไม่ได้ (รูปแบบหรือช่วงค่าไม่ถูกต้อง) กรุณาตรวจสอบแล้วส่งใหม่'));
    }
    const raced = typeof error.code === 'string' ? concurrentWrite[error.code] : undefined;
    if (raced) {
      request.log.warn({ err: error }, 'concurrent write');
      return reply.status(409).send(body('conflict', raced));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad_request', 'คำขอไม่ถูกต้อง'));
    }
    request.log.error(error);
    return reply.status(500).send(body('internal', 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ'));
  });
}
