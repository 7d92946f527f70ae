import { z } from 'zod';

/**
 * The fields of a report form (issue R1-3 §1): numbers with units, text, KPI results bound to a KPI card,
 * files (evidence) and photos. For numbers and KPI results `min`/`max` bound the value; for files and photos
 * they bound the count.
 */
export const fieldKinds = ['number', 'text', 'kpi', 'file', 'photo'] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** Photos and files a field may take at most, whatever the form says. */
export const MAX_ATTACHMENTS_PER_FIELD = 30;

export const reportFieldSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'รหัสช่องใช้ a-z 0-9 _ - ได้ไม่เกิน 40 ตัวอักษร เช่น "households"'),
    kind: z.enum(fieldKinds, { message: 'ชนิดช่องต้องเป็น number, text, kpi, file หรือ photo' }),
    labelTh: z.string().trim().min(1, 'กรุณากรอกชื่อช่อง').max(200),
    unit: z.string().trim().max(50).optional(),
    required: z.boolean(),
    kpiId: z.number().int().positive().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine((field, context) => {
    const problem = (message: string, path: string) =>
      context.addIssue({ code: 'custom', message, path: [path] });
    if (field.kind === 'kpi' && field.kpiId === undefined) problem('ช่องผลตัวชี้วัดต้องระบุตัวชี้วัด (kpiId)', 'kpiId');
    if (field.kind !== 'kpi' && field.kpiId !== undefined) problem('ระบุตัวชี้วัดได้เฉพาะช่องชนิด kpi', 'kpiId');
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      problem(`ช่อง "${field.labelTh}": ค่าต่ำสุดมากกว่าค่าสูงสุด`, 'min');
    }
    if (field.kind === 'file' || field.kind === 'photo') {
      for (const bound of ['min', 'max'] as const) {
        const count = field[bound];
        if (
          count !== undefined &&
          (!Number.isInteger(count) || count < 0 || count > MAX_ATTACHMENTS_PER_FIELD)
        ) {
          problem(`ช่อง "${field.labelTh}": จำนวนไฟล์ต้องเป็นจำนวนเต็ม 0–${MAX_ATTACHMENTS_PER_FIELD}`, bound);
        }
      }
    }
  });

export type ReportField = z.infer<typeof reportFieldSchema>;

export const reportFieldsSchema = z
  .array(reportFieldSchema)
  .min(1, 'แบบรายงานต้องมีอย่างน้อย 1 ช่อง')
  .max(100)
  .superRefine((fields, context) => {
    const seen = new Set<string>();
    fields.forEach((field, index) => {
      if (seen.has(field.id)) {
        context.addIssue({ code: 'custom', message: `รหัสช่อง "${field.id}" ซ้ำ`, path: [index, 'id'] });
      }
      seen.add(field.id);
    });
  });

export const isAttachment = (field: ReportField) => field.kind === 'file' || field.kind === 'photo';

/** The fewest files or photos a field needs on submission: its min, or 1 when it is required. */
export function minimumCount(field: ReportField): number {
  return field.min ?? (field.required ? 1 : 0);
}
