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
  FST_CSRF_INVALID_TOKEN: [403, 'csrf', 'โทเค็นป้องกันการปลอมคำขอ (CSRF) ไม่ถูกต้อง กรุณาโหลดหน้าใหม่'],
  FST_CSRF_MISSING_SECRET: [403, 'csrf', 'ไม่พบโทเค็นป้องกันการปลอมคำขอ (CSRF) กรุณาเข้าสู่ระบบใหม่'],
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(body(error.code, error.message, error.field, error.rows));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = error.validationContext ?? 'body';
      const field = issue?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
      const message = `ข้อมูลไม่ถูกต้อง${field ? ` ที่ช่อง ${field}` : ''}: ${issue?.message ?? ''}`.trim();
      return reply.status(400).send(body('invalid', message, field ?? where));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('rate_limited', 'พยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่'));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(known[0]).send(body(known[1], known[2]));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad_request', 'คำขอไม่ถูกต้อง'));
    }
    request.log.error(error);
    return reply.status(500).send(body('internal', 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ'));
  });
}
