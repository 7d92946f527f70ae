import { z } from 'zod';
import { fiscalYear, plainString, viewAsOf } from '../../http/schemas.ts';
import { format, kpiColumn, kpiLevel } from './schemas.ts';

const round = z.coerce
  .number({ message: 'รอบการประเมินต้องเป็น 1 หรือ 2' })
  .int('รอบการประเมินต้องเป็น 1 หรือ 2')
  .min(1, 'รอบการประเมินต้องเป็น 1 หรือ 2')
  .max(2, 'รอบการประเมินต้องเป็น 1 หรือ 2');

const grouping = z
  .enum(['codi', 'geo'], { message: 'การจัดกลุ่มต้องเป็นภาคของ พอช. (codi) หรือภาคทางภูมิศาสตร์ (geo)' })
  .default('codi');

const regionCode = plainString().trim().min(1, 'กรุณาระบุรหัสภาค').max(20, 'รหัสภาคยาวเกิน 20 ตัวอักษร');

/** A round is a fiscal year and round together; either both or neither (then the latest round with scores). */
const bothOrNeither = (q: { fiscalYear?: number; round?: number }) =>
  (q.fiscalYear === undefined) === (q.round === undefined);
const bothMessage = { message: 'กรุณาระบุทั้งปีงบประมาณและรอบการประเมิน', path: ['round'] };

/** The nation dashboard of a round: every region of a grouping with its provinces' scores, ranks and levels. */
export const nationDashboardQuery = z
  .object({ fiscalYear: fiscalYear.optional(), round: round.optional(), grouping })
  .refine(bothOrNeither, bothMessage);
export type NationDashboardQuery = z.infer<typeof nationDashboardQuery>;

/** The region dashboard of a round: the provinces of one region. */
export const regionDashboardQuery = z
  .object({ code: regionCode, fiscalYear: fiscalYear.optional(), round: round.optional() })
  .refine(bothOrNeither, bothMessage);
export type RegionDashboardQuery = z.infer<typeof regionDashboardQuery>;

const tableMessage = { message: 'ตารางที่ส่งออกต้องเป็นคะแนนรายภาค คะแนนและอันดับรายจังหวัด หรือระดับรายตัวชี้วัด' };

export const nationExportQuery = z.object({
  fiscalYear,
  round,
  grouping,
  table: z.enum(['regions', 'provinces', 'levels'], tableMessage),
  format,
});
export type NationExportQuery = z.infer<typeof nationExportQuery>;

export const regionExportQuery = z.object({
  code: regionCode,
  fiscalYear,
  round,
  table: z.enum(['provinces', 'levels'], tableMessage),
  format,
});
export type RegionExportQuery = z.infer<typeof regionExportQuery>;

const scoredRound = z.object({ fiscalYear: z.number(), round: z.number() });

const provinceFigures = {
  code: z.string(),
  nameTh: z.string(),
  regionCode: z.string(),
  regionNameTh: z.string(),
  districtMean: z.string().nullable(),
  districts: z.number(),
  districtsTotal: z.number(),
};

const scoredProvince = z.object({
  ...provinceFigures,
  agreementId: z.number().nullable(),
  score: z.string().nullable(),
  levels: z.array(kpiLevel),
  rank: z.number().nullable(),
});

const regionSummary = z.object({
  code: z.string(),
  nameTh: z.string(),
  provinceMean: z.string().nullable(),
  districtMean: z.string().nullable(),
  provinces: z.number(),
  provincesTotal: z.number(),
  districts: z.number(),
  districtsTotal: z.number(),
  rank: z.number().nullable(),
});

const provincesOfRound = {
  kpis: z.array(kpiColumn),
  provinces: z.array(scoredProvince),
  withoutAgreement: z.array(z.object(provinceFigures)),
  rounds: z.array(scoredRound),
};

/** The nation of a round: regions ranked, provinces ranked, levels per KPI; empty lists before any round is scored. */
export const nationDashboardResponse = z.object({
  asOf: viewAsOf,
  ...provincesOfRound,
  grouping: z.enum(['codi', 'geo']),
  round: scoredRound.nullable(),
  regions: z.array(regionSummary),
});

export const regionDashboardResponse = z.object({
  ...provincesOfRound,
  summary: regionSummary.nullable(),
  region: z.object({ grouping: z.enum(['codi', 'geo']), code: z.string(), nameTh: z.string() }),
  round: scoredRound.nullable(),
});
