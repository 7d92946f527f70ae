import { isApiError } from '../../shared/api/api-error';

/**
 * The server's Thai messages by field id, from a 422 'invalid_submission' (rows name the fields), e.g.
 * { households: 'กรุณากรอก "จำนวนครัวเรือน"', photos: '"ภาพกิจกรรม" ต้องแนบรูปถ่ายอย่างน้อย 1 รูป (แนบแล้ว 0 รูป)' }.
 */
export function problemsByField(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const problems: Record<string, string> = {};
  for (const row of error.rows) {
    if (!row.field) continue;
    problems[row.field] = problems[row.field] ? `${problems[row.field]}; ${row.message}` : row.message;
  }
  if (error.rows.length === 0 && error.field?.startsWith('values.')) {
    problems[error.field.slice('values.'.length)] = error.message;
  }
  return problems;
}

/** The messages of a refused submission, in form order, as the server listed them. */
export function problemList(error: unknown): string[] {
  if (!isApiError(error)) return [];
  return error.rows.map((row) => row.message);
}
