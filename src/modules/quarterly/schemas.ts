import { z } from 'zod';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
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
          result: figureText.nullable(),
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
    /** The KPI entry's version as the form loaded it (the report's kpis[].rowVersion). */
    rowVersion: rowVersionField,
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
export const asOfBody = z.object({ asOf: isoDate, rowVersion: rowVersionField });

/** A new quarter's report: made from the latest report before it, or from nothing. */
export const createBody = z.object({
  from: z.enum(['previous', 'empty'], { message: 'ต้องเลือกว่าสร้างจากรายงานไตรมาสก่อนหน้า หรือสร้างรายงานว่าง' }),
});

/** A CODI region office by its code; an unknown one is answered 404 by the service. */
export const regionParams = reportParams.extend({
  region: plainString().min(1, 'ต้องระบุภาค').max(10, 'รหัสภาคยาวเกิน 10 ตัวอักษร'),
});

const kpiCode = plainString()
  .min(1, 'ต้องระบุรหัสตัวชี้วัด')
  .max(20, 'รหัสตัวชี้วัดยาวเกิน 20 ตัวอักษร')
  .regex(/^[0-9A-Za-z.()\-ก-๙]+$/, 'รหัสตัวชี้วัดใช้ได้เฉพาะตัวเลข ตัวอักษร จุด และวงเล็บ เช่น 4.2(1)');

/** A region office's results to date ("ผลสะสม") and narratives for the quarter, one row per KPI with region targets. */
export const regionEntryBody = z
  .object({
    kpis: z
      .array(
        z.object({
          code: kpiCode,
          result: figureText.nullable(),
          narrativeTh: plainString().max(5000, 'คำบรรยายยาวเกิน 5,000 ตัวอักษร').nullable(),
          /** This region's row of the KPI as the form loaded it (the region entry's kpis[].rowVersion). */
          rowVersion: rowVersionField,
        }),
      )
      .min(1, 'ต้องส่งผลอย่างน้อย 1 ตัวชี้วัด')
      .max(200, 'ส่งได้ไม่เกิน 200 ตัวชี้วัด'),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.kpis.forEach((k, index) => {
      if (seen.has(k.code))
        ctx.addIssue({ code: 'custom', message: `ตัวชี้วัด ${k.code} ซ้ำกันมากกว่าหนึ่งแถว`, path: ['kpis', index] });
      seen.add(k.code);
      if (k.result !== null && !NUMBER.test(k.result))
        ctx.addIssue({
          code: 'custom',
          message: `ตัวชี้วัด ${k.code} ช่อง ผลสะสม: ต้องเป็นตัวเลขไม่ติดลบ ทศนิยมไม่เกิน 4 ตำแหน่ง (ได้รับ "${k.result}")`,
          path: ['kpis', index, 'result'],
        });
    });
  });
export type RegionEntry = z.infer<typeof regionEntryBody>;

const issueNo = z.coerce
  .number({ message: 'เลขประเด็นยุทธศาสตร์ต้องเป็นตัวเลข 1 ถึง 99' })
  .int('เลขประเด็นยุทธศาสตร์ต้องเป็นจำนวนเต็ม')
  .min(1, 'เลขประเด็นยุทธศาสตร์ต้องเป็นตัวเลข 1 ถึง 99')
  .max(99, 'เลขประเด็นยุทธศาสตร์ต้องเป็นตัวเลข 1 ถึง 99');

export const issueParams = reportParams.extend({ no: issueNo });

export const issueBody = z.object({
  no: issueNo,
  nameTh: plainString().trim().min(1, 'ต้องระบุชื่อประเด็นยุทธศาสตร์').max(500, 'ชื่อประเด็นยุทธศาสตร์ยาวเกิน 500 ตัวอักษร'),
});

/** A new item with its KPI in a draft quarter. */
export const newKpiBody = z
  .object({
    code: kpiCode,
    strategicIssueNo: issueNo,
    nameTh: plainString().trim().min(1, 'ต้องระบุชื่อตัวชี้วัด').max(1000, 'ชื่อตัวชี้วัดยาวเกิน 1,000 ตัวอักษร'),
    unitTh: plainString().trim().min(1, 'ต้องระบุหน่วยนับ').max(50, 'หน่วยนับยาวเกิน 50 ตัวอักษร'),
    accumulation: z.enum(['flow', 'stock'], { message: 'ลักษณะผลต้องเป็น รายไตรมาสรวมกัน หรือ สะสม' }),
    annualTarget: figureText,
    planned: z.array(figureText.nullable()).length(4, 'ต้องส่งเป้าหมายครบทั้ง 4 ไตรมาส'),
    threshold: figureText.nullable(),
  })
  .superRefine((body, ctx) => {
    const bad = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path });
    if (!NUMBER.test(body.annualTarget))
      bad(`เป้าหมายทั้งปี: ต้องเป็นตัวเลขไม่ติดลบ (ได้รับ "${body.annualTarget}")`, ['annualTarget']);
    body.planned.forEach((value, index) => {
      if (value !== null && !NUMBER.test(value))
        bad(`เป้าหมายไตรมาส ${index + 1}: ต้องเป็นตัวเลขไม่ติดลบ (ได้รับ "${value}")`, ['planned', index]);
    });
    if (body.threshold !== null && !NUMBER.test(body.threshold))
      bad(`เกณฑ์ผ่าน: ต้องเป็นตัวเลขไม่ติดลบ (ได้รับ "${body.threshold}")`, ['threshold']);
  });
export type NewKpi = z.infer<typeof newKpiBody>;

/** The new display order of a draft's strategic issues (by number) and KPIs (by code). */
export const orderBody = z.object({
  issues: z.array(issueNo).max(99, 'ประเด็นยุทธศาสตร์มีได้ไม่เกิน 99 ประเด็น'),
  kpis: z.array(kpiCode).max(200, 'ตัวชี้วัดมีได้ไม่เกิน 200 ตัว'),
  /** The report's version as the page loaded it. */
  rowVersion: rowVersionField,
});

/* Answers. */

const quarterlyStatus = z.enum(['draft', 'published']);
const light = z.enum(['red', 'yellow', 'green']).nullable();
const figure = z.string().nullable();
const regionCode = z.enum(['N', 'NE', 'S', 'CW', 'BE']);
const adjustedLabel = z.enum(['เป้าสะสม', 'เป้าคงเหลือ']).nullable();
const accumulation = z.enum(['flow', 'stock']);

export const reportListResponse = z.array(
  z.object({
    fiscalYear: z.number(),
    quarter: z.number(),
    titleTh: z.string(),
    status: quarterlyStatus,
    asOf: z.string().nullable(),
  }),
);

const quarterFigures = {
  quarter: z.number(),
  planned: figure,
  adjusted: figure,
  label: adjustedLabel,
  result: figure,
};

/** The report as the CODI form prints it, every figure recomputed, and where it differs from a paper version. */
export const reportResponse = z.object({
  fiscalYear: z.number(),
  quarter: z.number(),
  titleTh: z.string(),
  organisationTh: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: z.string().nullable(),
  status: quarterlyStatus,
  publishedAt: z.string().nullable(),
  /** The report's own version (its as-of date and order); each KPI's entry has its own. */
  rowVersion: rowVersionOut,
  legend: z.array(z.object({ light: z.enum(['red', 'yellow', 'green']), textTh: z.string() })),
  strategicIssues: z.array(
    z.object({
      no: z.number(),
      nameTh: z.string(),
      kpis: z.array(
        z.object({
          code: z.string(),
          strategicIssueNo: z.number(),
          nameTh: z.string(),
          unitTh: z.string(),
          accumulation,
          annualTarget: z.string(),
          rowVersion: rowVersionOut,
          annualResult: figure,
          annualPercent: figure,
          annualLight: light,
          passFail: z.enum(['ผ่าน', 'ไม่ผ่าน']).nullable(),
          threshold: z
            .object({ value: z.string(), comparison: z.enum(['gte', 'gt', 'lte', 'lt']), result: figure })
            .nullable(),
          quarters: z.array(z.object({ ...quarterFigures, percent: figure, light })),
          regions: z
            .object({
              rows: z.array(
                z.object({
                  region: regionCode,
                  nameTh: z.string(),
                  target: z.string(),
                  result: figure,
                  percent: figure,
                  light,
                  narrativeTh: z.string().nullable(),
                  quarterResults: z.array(figure).nullable(),
                }),
              ),
              quarterTotals: z.array(figure).nullable(),
              sumTargets: z.string(),
              sumResults: z.string(),
              nationalPercent: figure,
              netRemaining: z.string(),
              sumShortfalls: z.string(),
            })
            .nullable(),
          measures: z.array(
            z.object({
              role: z.enum(['secondary', 'part', 'achievable']),
              nameTh: z.string(),
              unitTh: z.string(),
              target: figure,
              result: figure,
              percent: figure,
              quarters: z.array(z.object(quarterFigures)).nullable(),
            }),
          ),
          narratives: z.array(
            z.object({ kind: z.enum(['result', 'problem', 'solution', 'remark']), textTh: z.string() }),
          ),
        }),
      ),
    }),
  ),
  differences: z.array(
    z.object({ kpi: z.string(), figure: z.string(), printed: figure, computed: figure, line: z.number() }),
  ),
});

export const dataQualityResponse = z.object({
  fiscalYear: z.number(),
  quarter: z.number(),
  titleTh: z.string(),
  status: quarterlyStatus,
  violations: z.array(
    z.object({
      ruleId: z.string(),
      checkTh: z.string(),
      importance: z.enum(['high', 'medium', 'low']),
      messageTh: z.string(),
      lines: z.array(z.number()).readonly(),
    }),
  ),
});

export const publishResponse = z.object({ status: z.literal('published'), warnings: z.number() });
export const reopenResponse = z.object({ status: z.literal('draft') });

export const regionStatusResponse = z.object({
  fiscalYear: z.number(),
  quarter: z.number(),
  status: quarterlyStatus,
  ownRegion: regionCode.nullable(),
  regions: z.array(
    z.object({
      region: regionCode,
      nameTh: z.string(),
      expected: z.number(),
      entered: z.number(),
      complete: z.boolean(),
      lastEnteredAt: z.string().nullable(),
    }),
  ),
});

export const regionEntryResponse = z.object({
  fiscalYear: z.number(),
  quarter: z.number(),
  titleTh: z.string(),
  status: quarterlyStatus,
  region: z.object({ code: regionCode, nameTh: z.string() }),
  canEnter: z.boolean(),
  kpis: z.array(
    z.object({
      code: z.string(),
      nameTh: z.string(),
      unitTh: z.string(),
      accumulation,
      target: z.string(),
      result: figure,
      narrativeTh: z.string().nullable(),
      enteredAt: z.string().nullable(),
      earlier: z.array(figure),
      /** This region's row of the KPI: two regions, or two KPIs of one region, never conflict. */
      rowVersion: rowVersionOut,
    }),
  ),
});
