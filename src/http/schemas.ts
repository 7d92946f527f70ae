import { z } from 'zod';
import { dateEntryProblem, type EntryProblem, monthEntryProblem } from '../domain/calendar/date-entry.ts';

/** The input types every route uses for dates, months, ids, fiscal years and free text. */

/** The largest value of a PostgreSQL integer column (ids, cursors, page numbers). */
export const PG_INT_MAX = 2_147_483_647;

// In unicode mode a surrogate pair reads as one astral character, so \p{Cs} matches only a lone half.
const LONE_SURROGATE = /\p{Cs}/u;

/** A NUL byte or a UTF-16 surrogate without its pair: neither can be stored as PostgreSQL text. */
export function hasUnstorableCharacter(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

export const UNSTORABLE_MESSAGE = 'ข้อความมีอักขระที่ระบบไม่รองรับ (อักขระว่าง NUL หรืออักขระที่ไม่สมบูรณ์)';

/** Any string field: refuses NUL and lone surrogates; callers add trim/min/max as the field needs. */
export const plainString = () => z.string().refine((v) => !hasUnstorableCharacter(v), UNSTORABLE_MESSAGE);

export const text = (label: string, max: number) =>
  plainString().trim().min(1, `กรุณากรอก${label}`).max(max, `${label}ยาวเกิน ${max} ตัวอักษร`);

export const optionalText = (label: string, max: number) =>
  plainString().trim().max(max, `${label}ยาวเกิน ${max} ตัวอักษร`).nullable().optional();

function entryMessage(problem: EntryProblem, typed: string, format: string): string {
  switch (problem.kind) {
    case 'format':
      return format;
    case 'no_such_date':
      return `ไม่มี ${typed} ในปฏิทิน กรุณาตรวจสอบวันและเดือน`;
    case 'buddhist_year':
      return `ปี ${problem.year} เป็นปี พ.ศ. หรือไม่? ให้กรอกเป็น ค.ศ. ${problem.suggestion}`;
    case 'out_of_window':
      return 'ปีต้องอยู่ระหว่าง ค.ศ. 1957–2057 (พ.ศ. 2500–2600)';
  }
}

function entered(check: (v: string) => EntryProblem | null, format: string) {
  return z.string({ message: format }).superRefine((value, ctx) => {
    const problem = check(value);
    if (problem) ctx.addIssue({ code: 'custom', message: entryMessage(problem, value, format) });
  });
}

/** A real C.E. calendar date 'YYYY-MM-DD' inside C.E. 1957–2057. */
export const isoDate = entered(dateEntryProblem, 'วันที่ต้องอยู่ในรูปแบบ ค.ศ. YYYY-MM-DD เช่น 2025-08-29');

/** A C.E. month 'YYYY-MM' inside C.E. 1957–2057. */
export const yearMonth = entered(monthEntryProblem, 'เดือนต้องอยู่ในรูปแบบ ค.ศ. YYYY-MM เช่น 2025-03');

/** A row id from a path or query: a positive integer that fits PostgreSQL's integer column. */
export const id = z.coerce
  .number({ message: 'รหัสต้องเป็นจำนวนเต็มบวก' })
  .int('รหัสต้องเป็นจำนวนเต็มบวก')
  .positive('รหัสต้องเป็นจำนวนเต็มบวก')
  .max(PG_INT_MAX, 'ไม่พบรายการรหัสนี้');

export const idParams = z.object({ id });

export const fiscalYear = z.coerce
  .number({ message: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568' })
  .int('ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568')
  .min(2500, 'ปีงบประมาณต้องเป็นปี พ.ศ. 2500–2600 เช่น 2568')
  .max(2600, 'ปีงบประมาณต้องเป็นปี พ.ศ. 2500–2600 เช่น 2568');

/**
 * Response shapes (issue R2-4): every route declares its 2xx answer, so the serializer drops any field not listed
 * and /api/openapi.json types the web. A response schema must not transform (the serializer encodes it backwards).
 */
export const fileDownload = z
  .unknown()
  .describe('ไฟล์ที่ดาวน์โหลด (xlsx, csv, pdf, docx หรือรูปภาพ) ตาม Content-Type ของคำตอบ');

/** A 204 answer: no body. */
export const noContent = z.null().describe('ไม่มีเนื้อหา');

/** A decimal sent as text so no digit is lost (scores to 4 places, money to 2). */
export const decimalText = z.string().describe('ทศนิยมแบบข้อความ');

/** When an aggregate view answered from the view cache was read (src/http/view-cache.ts): at most its TTL ago. */
export const viewAsOf = z.string().describe('เวลาที่อ่านข้อมูล (ISO 8601): ข้อมูล ณ เวลานี้');
