import { z } from 'zod';
import { problemDimensions } from '../../db/tables/registers.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import type { HOUSEHOLD_STATUSES } from '../../domain/registers/households.ts';
import { searchText, unitCode } from '../../http/fields.ts';
import { percentShape } from '../../http/percent-view.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { fiscalYear, id, isoDate, optionalText, PG_INT_MAX, plainString, text } from '../../http/schemas.ts';
import { registerBinding } from '../register-bindings/schemas.ts';

/** The five TPMAP dimensions (002 L211: "ตรวจสอบสภาพปัญหา ครัวเรือน (5 มิติ)"). */
export const PROBLEM_LABELS: Record<(typeof problemDimensions)[number], string> = {
  health: 'ด้านสุขภาพ',
  living: 'ด้านความเป็นอยู่',
  education: 'ด้านการศึกษา',
  income: 'ด้านรายได้',
  access: 'ด้านการเข้าถึงบริการภาครัฐ',
};

const digits = (v: unknown) => (typeof v === 'string' ? fromThaiDigits(v).replace(/[\s-]/g, '') : v);

/** The DOPA house code (รหัสบ้าน): 11 digits; dashes and spaces are dropped. */
export const houseCode = z.preprocess(digits, plainString().regex(/^\d{11}$/, 'รหัสบ้านต้องเป็นตัวเลข 11 หลัก'));

/** The 13-digit citizen ID with its check digit: the 13th is (11 − Σ dᵢ × (14 − i) mod 11) mod 10. */
export function isCitizenId(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  const sum = [...id.slice(0, 12)].reduce((total, d, i) => total + Number(d) * (13 - i), 0);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

export const citizenId = z.preprocess(
  digits,
  plainString().refine(isCitizenId, 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลักและเลขตรวจสอบถูกต้อง'),
);

/** The four status columns of sheet 1, in the order of the domain's HOUSEHOLD_STATUSES. */
const householdStatus = z.enum(
  ['developable', 'welfare-requested', 'self-reliant', 'other'] satisfies typeof HOUSEHOLD_STATUSES,
  { message: 'สถานะครัวเรือนต้องเป็น developable, welfare-requested, self-reliant หรือ other' },
);

export const members = z.coerce
  .number({ message: 'จำนวนสมาชิกต้องเป็นตัวเลข' })
  .int('จำนวนสมาชิกต้องเป็นจำนวนเต็ม')
  .min(1, 'จำนวนสมาชิกต้องอยู่ระหว่าง 1–99 คน')
  .max(99, 'จำนวนสมาชิกต้องอยู่ระหว่าง 1–99 คน');

/** Income per person per year (an average: any decimals), baht. */
const incomeText = z
  .union([plainString(), z.number()])
  .transform((v) => fromThaiDigits(String(v).trim()).replaceAll(',', ''))
  .refine((v) => /^\d{1,9}(\.\d{1,6})?$/.test(v), 'รายได้เฉลี่ยต่อคนต่อปีต้องเป็นจำนวนเงินบาทไม่ติดลบ เช่น 38500.50');

const problems = z.object(
  Object.fromEntries(problemDimensions.map((d) => [d, z.boolean().optional()])) as Record<
    (typeof problemDimensions)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

const householdFields = {
  address: optionalText('ที่อยู่', 300),
  members,
  problems: problems.optional(),
  headName: optionalText('ชื่อหัวหน้าครัวเรือน', 200),
  headCitizenId: citizenId.nullable().optional(),
};

export const newHouseholdBody = z.object({
  unitCode,
  houseCode,
  status: householdStatus,
  ...householdFields,
  incomes: z
    .array(z.object({ surveyYear: fiscalYear, incomePerPerson: incomeText }))
    .max(10)
    .optional(),
});
export type NewHouseholdInput = z.infer<typeof newHouseholdBody>;

export const householdChangesBody = z.object({
  unitCode: unitCode.optional(),
  address: householdFields.address,
  members: members.optional(),
  problems: householdFields.problems,
  headName: householdFields.headName,
  headCitizenId: householdFields.headCitizenId,
  rowVersion: rowVersionField,
});
export type HouseholdChanges = z.infer<typeof householdChangesBody>;

export const statusBody = z.object({ status: householdStatus, rowVersion: rowVersionField });

export const incomeParams = z.object({ id: id, year: fiscalYear });
export const incomeBody = z.object({ incomePerPerson: incomeText, rowVersion: rowVersionField });

export const planItemBody = z.object({
  dimension: z.enum(problemDimensions).nullable().optional(),
  item: text('แผน/กิจกรรมการพัฒนา', 1000),
  agency: optionalText('หน่วยงานที่ช่วยเหลือ', 300),
  dueOn: isoDate.nullable().optional(),
});
export type PlanItemInput = z.infer<typeof planItemBody>;

/** 002 L150: "ชื่อกิจกรรมพัฒนา	วิธีการ/ขั้นตอนการดำเนินการกิจกรรมการพัฒนา	วันที่ดำเนินการ	สถานที่ดำเนินการ	หน่วยดำเนินการ (หลัก/รวม)	ผลที่ได้รับ/ความสำเร็จของการดำเนินงาน" */
export const activityBody = z.object({
  activity: text('ชื่อกิจกรรมพัฒนา', 500),
  method: optionalText('วิธีการ/ขั้นตอนการดำเนินการ', 2000),
  doneOn: isoDate,
  place: optionalText('สถานที่ดำเนินการ', 300),
  agency: optionalText('หน่วยดำเนินการ', 300),
  agencyRole: z.enum(['lead', 'support']).nullable().optional(),
  result: optionalText('ผลที่ได้รับ/ความสำเร็จ', 2000),
});
export type ActivityInput = z.infer<typeof activityBody>;

export const householdListQuery = z.object({
  unit: unitCode,
  status: householdStatus.optional(),
  problem: z.enum(problemDimensions).optional(),
  q: searchText.optional(),
  after: z.coerce.number().int().min(0).max(PG_INT_MAX).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type HouseholdListQuery = z.infer<typeof householdListQuery>;

export const summaryQuery = z.object({ unit: unitCode, fiscalYear });

export const workbookQuery = z.object({ unit: unitCode, fiscalYear });
export const templateQuery = z.object({ fiscalYear });

const unitRef = z.object({ code: z.string(), nameTh: z.string() });

/** A household as the service presents it; `personal` only for those who see personal data (personal-data.ts). */
const household = z.object({
  id: z.number(),
  houseCode: z.string(),
  unit: unitRef,
  address: z.string().nullable(),
  members: z.number(),
  status: householdStatus,
  statusLabelTh: z.string(),
  statusSetAt: z.string(),
  problems: z.object(
    Object.fromEntries(problemDimensions.map((d) => [d, z.boolean()])) as Record<
      (typeof problemDimensions)[number],
      z.ZodBoolean
    >,
  ),
  personal: z.object({ headName: z.string().nullable(), headCitizenId: z.string().nullable() }).nullable(),
  rowVersion: rowVersionOut,
});

export const householdListResponse = z.object({
  items: z.array(household),
  total: z.number(),
  nextAfter: z.number().nullable(),
  personalData: z.boolean(),
});

export const householdDetailResponse = z.object({
  household,
  incomes: z.array(z.object({ surveyYear: z.number(), incomePerPerson: z.string() })),
  planItems: z.array(
    z.object({
      id: z.number(),
      dimension: z.enum(problemDimensions).nullable(),
      item: z.string(),
      agency: z.string().nullable(),
      dueOn: z.string().nullable(),
    }),
  ),
  activities: z.array(
    z.object({
      id: z.number(),
      activity: z.string(),
      method: z.string().nullable(),
      doneOn: z.string(),
      place: z.string().nullable(),
      agency: z.string().nullable(),
      agencyRole: z.enum(['lead', 'support']).nullable(),
      result: z.string().nullable(),
    }),
  ),
  activityLog: z.union([
    z.object({ allowed: z.literal(true) }),
    z.object({ allowed: z.literal(false), message: z.string() }),
  ]),
});

/** Per passing level, the households still needed: by the KPI's rule and by the agreement's table (summary.ts). */
const levelNeed = z.object({
  level: z.number(),
  rule: z.object({ required: z.number().nullable(), stillNeeded: z.number().nullable() }).nullable(),
  table: z
    .object({
      mustPass: z.number(),
      stillNeeded: z.number(),
      remainingIfPassed: z.string(),
      ruleForTableDevelopable: z.number().nullable(),
      differsFromRule: z.boolean(),
      reachesLevelByRule: z.boolean(),
    })
    .nullable(),
});

/** Sheet 3's figures for an area (presentFigures), judged by the bound KPI when there is one. */
const povertyFigures = z.object({
  households: z.number(),
  byStatus: z.object({
    developable: z.number(),
    'welfare-requested': z.number(),
    'self-reliant': z.number(),
    other: z.number(),
  }),
  targets: z.number(),
  passed: z.number(),
  remaining: z.number(),
  remainingPercent: percentShape.nullable(),
  reason: z.string().nullable(),
  evaluation: z.object({ level: z.number(), label: z.string() }).nullable(),
  levels: z.array(levelNeed).nullable(),
});

/** The seeds' rules on the summary (domain/registers/poverty-rules.ts). */
const povertyWarning = z.discriminatedUnion('code', [
  z.object({ code: z.literal('district-without-developable'), district: z.string(), message: z.string() }),
  z.object({
    code: z.literal('province-below-minimum'),
    targets: z.number(),
    developable: z.number(),
    missing: z.number(),
    message: z.string(),
  }),
]);

export const householdSummaryResponse = z.object({
  unit: unitRef.extend({ kind: z.string() }),
  fiscalYear: z.number(),
  baselineYear: z.number(),
  resultYear: z.number(),
  binding: registerBinding.nullable(),
  areas: z.array(povertyFigures.extend({ unit: unitRef })),
  total: povertyFigures,
  warnings: z.array(povertyWarning),
});
