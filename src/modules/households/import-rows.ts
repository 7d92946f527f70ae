import type { ProblemDimension } from '../../db/tables/registers.ts';
import { cellDate } from '../../domain/calendar/date-text.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { RegisterInputError } from '../../domain/registers/errors.ts';
import {
  activityLogGuard,
  classifyStatus,
  HOUSEHOLD_STATUSES,
  type HouseholdStatus,
} from '../../domain/registers/households.ts';
import { toIncome } from '../../domain/registers/inputs.ts';
import type { ImportRowError } from '../imports/schemas.ts';
import { isCitizenId } from './schemas.ts';
import { ACTIVITY_KEYS, type Column, dimensionOf, mark, STATUS_COLUMNS } from './workbook-layout.ts';

export type ParsedActivity = {
  activity: string;
  method: string | null;
  done_on: string;
  place: string | null;
  agency: string | null;
  agency_role: 'lead' | 'support' | null;
  result: string | null;
};

export type ParsedHousehold = {
  row: number;
  house_code: string;
  unit_code: string;
  address: string | null;
  head_name: string | null;
  head_citizen_id: string | null;
  members: number;
  baseline_income: string | null;
  result_income: string | null;
  problems: Record<ProblemDimension, boolean>;
  status: HouseholdStatus;
};

export type ParsedPlanItem = {
  row: number;
  house_code: string;
  dimension: ProblemDimension | null;
  item: string;
  agency: string | null;
  due_on: string | null;
};

/** Reads one row's cells by key, and collects errors that name the sheet, the row and the column's header. */
export class RowCells {
  readonly errors: ImportRowError[] = [];

  constructor(
    private readonly sheet: { number: number; name: string },
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly columns: readonly Column[],
    private readonly map: ReadonlyMap<string, number>,
  ) {}

  get(key: string): string {
    const index = this.map.get(key);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  blank(keys: readonly string[]): boolean {
    return keys.every((key) => this.get(key) === '');
  }

  fail(key: string, message: string): null {
    const header = this.columns.find((c) => c.key === key)?.header ?? key;
    this.errors.push({
      sheet: this.sheet.number,
      row: this.row,
      field: key,
      column: header,
      message: `ชีต "${this.sheet.name}" แถวที่ ${this.row} ช่อง "${header}": ${message}`,
    });
    return null;
  }

  optional(key: string, max: number): string | null {
    const text = this.get(key);
    if (text.length > max) return this.fail(key, `ยาวเกิน ${max} ตัวอักษร`);
    return text === '' ? null : text;
  }

  required(key: string, max: number): string | null {
    if (this.get(key) === '') return this.fail(key, 'ต้องกรอก');
    return this.optional(key, max);
  }

  digits(key: string): string {
    return fromThaiDigits(this.get(key)).replace(/[\s-]/g, '');
  }

  date(key: string, required: boolean): string | null {
    if (this.get(key) === '') return required ? this.fail(key, 'ต้องกรอกวันที่') : null;
    return cellDate(this.get(key)) ?? this.fail(key, 'วันที่ต้องเป็น 2025-03-20 หรือ 20/3/2568');
  }
}

/** A whole number of baht as Dec's toFixed writes it (no sign, no leading zero): kept as it is, without a Dec. */
const PLAIN_BAHT = /^(0|[1-9][0-9]{0,14})$/;

function income(cells: RowCells, key: string): string | null {
  const text = fromThaiDigits(cells.get(key)).replaceAll(',', '');
  if (text === '') return null;
  if (PLAIN_BAHT.test(text)) return text;
  try {
    return toIncome(text, key).toFixed();
  } catch (error) {
    if (error instanceof RegisterInputError) return cells.fail(key, 'ต้องเป็นจำนวนเงินบาทไม่ติดลบ เช่น 38500.50');
    throw error;
  }
}

function marks<K extends string>(cells: RowCells, keys: Record<K, string>): Record<K, boolean> | null {
  let ok = true;
  const out = {} as Record<K, boolean>;
  for (const [name, key] of Object.entries(keys) as [K, string][]) {
    const value = mark(cells.get(key));
    if (value === null) ok = cells.fail(key, 'ใส่เลข 1 หรือเว้นว่าง') ?? false;
    out[name] = value === true;
  }
  return ok ? out : null;
}

const PROBLEM_KEYS: Record<ProblemDimension, string> = {
  health: 'problem_health',
  living: 'problem_living',
  education: 'problem_education',
  income: 'problem_income',
  access: 'problem_access',
};

/** The activity-log cells of a row (null when all blank); only a developable household may carry one. */
export function parseActivity(cells: RowCells, status: HouseholdStatus): ParsedActivity | null {
  if (cells.blank(ACTIVITY_KEYS)) return null;
  const guard = activityLogGuard(status);
  if (!guard.allowed) return cells.fail('activity', guard.message);
  const role = cells.get('activity_agency_role');
  const agencyRole =
    role === ''
      ? null
      : role === 'หลัก' || role === 'lead'
        ? 'lead'
        : role === 'ร่วม' || role === 'support'
          ? 'support'
          : undefined;
  if (agencyRole === undefined) cells.fail('activity_agency_role', 'ต้องเป็น "หลัก" หรือ "ร่วม"');
  const activity = cells.required('activity', 500);
  const doneOn = cells.date('activity_date', true);
  const method = cells.optional('activity_method', 2000);
  const place = cells.optional('activity_place', 300);
  const agency = cells.optional('activity_agency', 300);
  const result = cells.optional('activity_result', 2000);
  if (activity === null || doneOn === null || agencyRole === undefined) return null;
  return { activity, method, done_on: doneOn, place, agency, agency_role: agencyRole, result };
}

/** A household row of sheet 1. Status: exactly one of the four marks (domain classifyStatus). */
export function parseHousehold(cells: RowCells): ParsedHousehold | null {
  const houseCode = cells.digits('house_code');
  if (!/^\d{11}$/.test(houseCode)) cells.fail('house_code', 'รหัสบ้านต้องเป็นตัวเลข 11 หลัก');
  const unitCode = cells.digits('unit_code');
  if (!/^\d{6}(\d{2})?$/.test(unitCode)) cells.fail('unit_code', 'ต้องเป็นรหัสหมู่บ้าน 8 หลัก หรือรหัสตำบล 6 หลัก');
  const citizenId = cells.digits('head_citizen_id');
  if (citizenId !== '' && !isCitizenId(citizenId)) {
    cells.fail('head_citizen_id', 'ต้องเป็นตัวเลข 13 หลักและเลขตรวจสอบถูกต้อง');
  }
  // A count keeps its sign: "-3" is refused, not read as 3 (digits() drops dashes, which codes may carry).
  const members = Number(fromThaiDigits(cells.get('members')).replaceAll(',', ''));
  if (!Number.isInteger(members) || members < 1 || members > 99)
    cells.fail('members', 'ต้องเป็นจำนวนเต็ม 1–99 คน');
  const problems = marks(cells, PROBLEM_KEYS);
  const statusMarks = marks(cells, STATUS_COLUMNS);
  const classified = statusMarks ? classifyStatus(statusMarks) : null;
  if (classified?.error) cells.fail('status_developable', classified.error);
  const fields = {
    address: cells.optional('address', 300),
    head_name: cells.optional('head_name', 200),
    baseline_income: income(cells, 'baseline_income'),
    result_income: income(cells, 'result_income'),
  };
  if (cells.errors.length > 0 || !problems || !classified?.status) return null;
  return {
    row: cells.row,
    house_code: houseCode,
    unit_code: unitCode,
    head_citizen_id: citizenId === '' ? null : citizenId,
    members,
    problems,
    status: classified.status,
    ...fields,
  };
}

/** Household cells that a repeated house code (a further activity of the same household) must leave blank. */
export const HOUSEHOLD_ONLY_KEYS = [
  'unit_code',
  'address',
  'head_name',
  'head_citizen_id',
  'members',
  'baseline_income',
  'result_income',
  ...Object.values(PROBLEM_KEYS),
  ...HOUSEHOLD_STATUSES.map((s) => STATUS_COLUMNS[s]),
];

export function parsePlanItem(cells: RowCells): ParsedPlanItem | null {
  const houseCode = cells.digits('house_code');
  if (!/^\d{11}$/.test(houseCode)) cells.fail('house_code', 'รหัสบ้านต้องเป็นตัวเลข 11 หลัก');
  const dimensionText = cells.get('dimension');
  const dimension = dimensionText === '' ? null : dimensionOf(dimensionText);
  if (dimensionText !== '' && dimension === null) {
    cells.fail('dimension', 'ต้องเป็น สุขภาพ ความเป็นอยู่ การศึกษา รายได้ หรือการเข้าถึงบริการภาครัฐ');
  }
  const item = cells.required('item', 1000);
  const agency = cells.optional('agency', 300);
  const dueOn = cells.date('due_on', false);
  if (cells.errors.length > 0 || item === null) return null;
  return { row: cells.row, house_code: houseCode, dimension, item, agency, due_on: dueOn };
}
