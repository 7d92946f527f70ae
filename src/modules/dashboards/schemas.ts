import { z } from 'zod';
import { unitKinds } from '../../db/schema.ts';
import { fiscalYear, id, plainString, viewAsOf } from '../../http/schemas.ts';

/** A province or district code asked for by a dashboard. */
export const unitCode = plainString()
  .trim()
  .min(1, 'กรุณาระบุรหัสหน่วยงาน')
  .max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร');

/** The file a dashboard table exports to. */
export const format = z.enum(['xlsx', 'csv'], { message: 'รูปแบบไฟล์ต้องเป็น xlsx หรือ csv' }).default('xlsx');

/**
 * A unit's dashboard for a round: the unit defaults to the user's own province or district, the round to the latest
 * that has agreements under the unit.
 */
export const unitsDashboardQuery = z.object({
  unit: unitCode.optional(),
  kpiSet: id.optional(),
  // From the nation and region dashboards: the province's own KPI set of that fiscal year and round.
  fiscalYear: fiscalYear.optional(),
  round: z.coerce.number({ message: 'รอบการประเมินต้องเป็น 1 หรือ 2' }).int().min(1).max(2).optional(),
});
export type UnitsDashboardQuery = z.infer<typeof unitsDashboardQuery>;

export const unitsExportQuery = z.object({
  unit: unitCode,
  kpiSet: id,
  table: z.enum(['ranking', 'levels', 'timeliness'], {
    message: 'ตารางที่ส่งออกต้องเป็นคะแนนและอันดับ ระดับรายตัวชี้วัด หรือความตรงเวลาการส่งรายงาน',
  }),
  format,
});
export type UnitsExportQuery = z.infer<typeof unitsExportQuery>;

/** A KPI heading a dashboard's columns. */
export const kpiColumn = z.object({
  kpiId: z.number(),
  key: z.string(),
  number: z.string().nullable(),
  nameTh: z.string(),
});

/** A unit's level and score on one KPI, and what the next level asks. */
export const kpiLevel = z.object({
  kpiId: z.number(),
  level: z.number().nullable(),
  score: z.string().nullable(),
  nextTh: z.string().nullable(),
});

export const trafficLight = z.enum(['red', 'yellow', 'green']);
export const forecastStatus = z.enum(['on-track', 'at-risk', 'off-track']);

/** A unit a dashboard offers in its picker. */
const pickableUnit = z.object({
  code: z.string(),
  nameTh: z.string(),
  kind: z.enum(['province', 'district']),
});

const kpiSetRound = z.object({
  kpiSetId: z.number(),
  fiscalYear: z.number(),
  round: z.number(),
  nameTh: z.string(),
});

const percentText = z.string().nullable();

/** The districts dashboard: no unit (and empty lists) until a department or region user picks a province. */
export const unitsDashboardResponse = z.object({
  asOf: viewAsOf,
  unit: z.object({ code: z.string(), nameTh: z.string(), kind: z.enum(unitKinds) }).nullable(),
  choices: z.array(pickableUnit),
  rounds: z.array(kpiSetRound),
  round: kpiSetRound.nullable(),
  kpis: z.array(kpiColumn),
  units: z.array(
    z.object({
      rank: z.number().nullable(),
      agreementId: z.number(),
      status: z.enum(['draft', 'signed', 'superseded']),
      code: z.string(),
      nameTh: z.string(),
      score: z.string().nullable(),
      reported: z.number(),
      expected: z.number(),
      levels: z.array(
        kpiLevel.extend({
          percent: percentText,
          light: trafficLight.nullable(),
          lightTh: z.string().nullable(),
          forecastStatus: forecastStatus.nullable(),
          forecastStatusTh: z.string().nullable(),
        }),
      ),
    }),
  ),
  timeliness: z.array(
    z.object({
      month: z.string(),
      monthLabelTh: z.string(),
      rates: z.object({
        expected: z.number(),
        submitted: z.number(),
        onTime: z.number(),
        approved: z.number(),
        submittedPercent: percentText,
        onTimePercent: percentText,
        approvedPercent: percentText,
      }),
    }),
  ),
});
