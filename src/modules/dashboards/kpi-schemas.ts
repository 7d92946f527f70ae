import { z } from 'zod';
import { unitKinds } from '../../db/schema.ts';
import { id } from '../../http/schemas.ts';
import { forecastStatus, format, trafficLight, unitCode } from './schemas.ts';

/** One KPI of one unit in its round: the KPI page (issue R2-3 §4). */
export const kpiDashboardQuery = z.object({ unit: unitCode, kpi: id });
export type KpiDashboardQuery = z.infer<typeof kpiDashboardQuery>;

export const kpiExportQuery = kpiDashboardQuery.extend({
  format,
});
export type KpiExportQuery = z.infer<typeof kpiExportQuery>;

const none = z.object({ kind: z.literal('none'), reasonTh: z.string() });

/** The KPI page: the KPI, the unit's agreement item, its months, % of target, traffic light and forecast. */
export const kpiDashboardResponse = z.object({
  unit: z.object({ code: z.string(), nameTh: z.string(), kind: z.enum(unitKinds) }),
  round: z.object({
    start: z.string(),
    end: z.string(),
    labelTh: z.string(),
    kpiSetId: z.number(),
    fiscalYear: z.number(),
    round: z.number(),
  }),
  kpi: z.object({
    id: z.number(),
    key: z.string(),
    number: z.string(),
    nameTh: z.string(),
    unitOfMeasure: z.string().nullable(),
    definition: z.string().nullable(),
    formulaWords: z.string().nullable(),
    levelTexts: z.array(z.string()),
  }),
  agreement: z
    .object({
      id: z.number(),
      version: z.number(),
      status: z.enum(['draft', 'signed', 'superseded']),
      pairLabel: z.string(),
      itemId: z.number(),
      weight: z.string(),
      selected: z.boolean(),
    })
    .nullable(),
  months: z.array(z.object({ month: z.string(), labelTh: z.string(), value: z.string().nullable() })),
  current: z
    .object({
      value: z.string().nullable(),
      asOf: z.string(),
      source: z.string(),
      level: z.number().nullable(),
      score: z.string().nullable(),
      label: z.string().nullable(),
    })
    .nullable(),
  next: z.object({ level: z.number(), textTh: z.string(), value: z.string().nullable() }).nullable(),
  neededTh: z.string().nullable(),
  target: z.union([
    none,
    z.object({
      kind: z.literal('value'),
      value: z.string(),
      comparison: z.enum(['gte', 'gt', 'lte', 'lt']),
      textTh: z.string(),
    }),
  ]),
  percent: z.union([
    none,
    z.object({ kind: z.literal('percent'), percent: z.string(), light: trafficLight, lightTh: z.string() }),
  ]),
  legend: z.array(z.object({ light: trafficLight, textTh: z.string() })).readonly(),
  forecast: z.union([
    none.extend({ months: z.number() }),
    z.object({
      kind: z.literal('linear'),
      months: z.number(),
      value: z.string(),
      perMonth: z.string(),
      low: z.string().nullable(),
      high: z.string().nullable(),
      standardError: z.string().nullable(),
      status: forecastStatus,
      statusTh: z.string(),
      reachesNextLevel: z.boolean().nullable(),
      methodTh: z.string(),
    }),
  ]),
});
