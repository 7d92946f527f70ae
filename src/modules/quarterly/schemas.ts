import { z } from 'zod';
import { fiscalYear, isoDate, plainString } from '../../http/schemas.ts';

export const reportParams = z.object({
  fiscalYear,
  quarter: z.coerce
    .number({ message: 'ไตรมาสต้องเป็นเลข 1 ถึง 4' })
    .int('ไตรมาสต้องเป็นเลข 1 ถึง 4')
    .min(1, 'ไตรมาสต้องเป็นเลข 1 ถึง 4')
    .max(4, 'ไตรมาสต้องเป็นเลข 1 ถึง 4'),
});

export const publishBody = z.object({
  confirmWarnings: z.boolean({ message: 'ยืนยันการเผยแพร่ต้องเป็น ใช่ หรือ ไม่ใช่' }).default(false),
});

export const kpiParams = reportParams.extend({
  code: plainString().min(1, 'ต้องระบุรหัสตัวชี้วัด').max(20, 'รหัสตัวชี้วัดยาวเกิน 20 ตัวอักษร'),
});

const REGION_THAI = {
  N: 'ภาคเหนือ',
  NE: 'ภาคตะวันออกเฉียงเหนือ',
  S: 'ภาคใต้',
  CW: 'ภาคกลางและตะวันตก',
  BE: 'ภาคกรุงเทพฯ ปริมณฑลและตะวันออก',
} as const;
const NUMBER = /^\d{1,12}(\.\d{1,4})?$/;
const figureText = z.string({ message: 'ตัวเลขต้องเป็นข้อความตัวเลข เช่น "510"' }).max(20, 'ตัวเลขยาวเกินไป');

/**
 * A quarter's entry for one KPI: the four quarters' planned targets and results, the five CODI region offices'
 * targets and results, and the narratives. Every figure is checked here with a Thai message naming its row and field.
 */
export const kpiEntryBody = z
  .object({
    quarters: z
      .array(
        z.object({
          quarter: z
            .number({ message: 'ไตรมาสต้องเป็นเลข 1 ถึง 4' })
            .int('ไตรมาสต้องเป็นเลข 1 ถึง 4')
            .min(1, 'ไตรมาสต้องเป็นเลข 1 ถึง 4')
            .max(4, 'ไตรมาสต้องเป็นเลข 1 ถึง 4'),
          planned: figureText.nullable(),
          result: figureText.nullable(),
        }),
      )
      .length(4, 'ต้องส่งครบทั้ง 4 ไตรมาส'),
    regions: z
      .array(
        z.object({
          region: z.enum(['N', 'NE', 'S', 'CW', 'BE'], { message: 'ภาคต้องเป็นหนึ่งในห้าภาคของ พอช.' }),
          target: figureText,
          result: figureText,
        }),
      )
      .max(5, 'มีได้ไม่เกิน 5 ภาค'),
    narratives: z
      .array(
        z.object({
          kind: z.enum(['result', 'problem', 'solution', 'remark'], { message: 'ประเภทคำบรรยายไม่ถูกต้อง' }),
          textTh: plainString().min(1, 'คำบรรยายต้องไม่ว่าง').max(5000, 'คำบรรยายยาวเกิน 5,000 ตัวอักษร'),
        }),
      )
      .max(20, 'คำบรรยายมีได้ไม่เกิน 20 รายการ'),
  })
  .superRefine((body, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', message, path: [] });
    const check = (value: string | null, where: string) => {
      if (value !== null && !NUMBER.test(value))
        bad(`${where}: ต้องเป็นตัวเลขไม่ติดลบ ทศนิยมไม่เกิน 4 ตำแหน่ง เช่น 510 หรือ 92.83 (ได้รับ "${value}")`);
    };
    const quarters = body.quarters.map((q) => q.quarter).sort();
    if (quarters.join() !== '1,2,3,4') bad('ไตรมาสต้องมีไตรมาส 1 ถึง 4 อย่างละหนึ่งแถว');
    for (const q of body.quarters) {
      check(q.planned, `ไตรมาส ${q.quarter} ช่อง เป้าหมาย`);
      check(q.result, `ไตรมาส ${q.quarter} ช่อง ผล`);
    }
    const seen = new Set<string>();
    for (const r of body.regions) {
      if (seen.has(r.region)) bad(`${REGION_THAI[r.region]} ซ้ำกันมากกว่าหนึ่งแถว`);
      seen.add(r.region);
      check(r.target, `${REGION_THAI[r.region]} ช่อง เป้าหมาย`);
      check(r.result, `${REGION_THAI[r.region]} ช่อง ผล`);
    }
  });
export type KpiEntry = z.infer<typeof kpiEntryBody>;

/** The date the report's figures are as of; the data-quality page warns when it falls outside the quarter. */
export const asOfBody = z.object({ asOf: isoDate });
