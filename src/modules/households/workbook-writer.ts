import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { buddhistDateCell } from '../../domain/calendar/date-text.ts';
import { HOUSEHOLD_STATUSES } from '../../domain/registers/households.ts';
import { PROBLEM_LABELS } from './schemas.ts';
import type { householdSummary } from './summary.ts';
import {
  type Column,
  householdColumns,
  PLAN_COLUMNS,
  SHEET_NAMES,
  STATUS_COLUMNS,
} from './workbook-layout.ts';

export type WorkbookHousehold = {
  house_code: string;
  unit_code: string;
  address: string | null;
  head_name: string | null;
  head_citizen_id: string | null;
  members: number;
  status: (typeof HOUSEHOLD_STATUSES)[number];
  problems: Record<keyof typeof PROBLEM_LABELS, boolean>;
  baseline_income: string | null;
  result_income: string | null;
  activities: {
    activity: string;
    method: string | null;
    done_on: string;
    place: string | null;
    agency: string | null;
    agency_role: 'lead' | 'support' | null;
    result: string | null;
  }[];
};

export type WorkbookPlanItem = {
  house_code: string;
  dimension: keyof typeof PROBLEM_LABELS | null;
  item: string;
  agency: string | null;
  due_on: string | null;
};

type Summary = Awaited<ReturnType<typeof householdSummary>>;

function headerRows(sheet: ExcelJS.Worksheet, columns: Column[]) {
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const groups = sheet.addRow(columns.map((c) => c.group));
  const names = sheet.addRow(columns.map((c) => c.header));
  for (const row of [groups, names]) {
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
  let start = 0;
  columns.forEach((c, i) => {
    const next = columns[i + 1];
    if (next?.group === c.group) return;
    if (i > start) sheet.mergeCells(1, start + 1, 1, i + 1);
    start = i + 1;
  });
  groups.commit();
  names.commit();
}

const one = (on: boolean) => (on ? 1 : null);

function householdCells(h: WorkbookHousehold, n: number): Record<string, string | number | null> {
  return {
    no: n,
    house_code: h.house_code,
    unit_code: h.unit_code,
    address: h.address,
    head_name: h.head_name,
    head_citizen_id: h.head_citizen_id,
    members: h.members,
    baseline_income: h.baseline_income === null ? null : Number(h.baseline_income),
    result_income: h.result_income === null ? null : Number(h.result_income),
    problem_health: one(h.problems.health),
    problem_living: one(h.problems.living),
    problem_education: one(h.problems.education),
    problem_income: one(h.problems.income),
    problem_access: one(h.problems.access),
    ...Object.fromEntries(HOUSEHOLD_STATUSES.map((s) => [STATUS_COLUMNS[s], one(h.status === s)])),
  };
}

function activityCells(a: WorkbookHousehold['activities'][number]): Record<string, string | null> {
  return {
    activity: a.activity,
    activity_method: a.method,
    activity_date: buddhistDateCell(a.done_on),
    activity_place: a.place,
    activity_agency: a.agency,
    activity_agency_role: a.agency_role === 'lead' ? 'หลัก' : a.agency_role === 'support' ? 'ร่วม' : null,
    activity_result: a.result,
  };
}

/** The template's guide sheet: how to fill sheets 1 and 2, and one filled example row of each (the importer reads only sheets 1–2). */
export const GUIDE_SHEET = 'วิธีกรอก';

function planCells(p: WorkbookPlanItem) {
  return {
    ...p,
    dimension: p.dimension === null ? null : PROBLEM_LABELS[p.dimension].replace(/^ด้าน/, ''),
    due_on: buddhistDateCell(p.due_on),
  };
}

function guideSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  columns: Column[],
  guide: { household: WorkbookHousehold; plan: WorkbookPlanItem },
) {
  const sheet = workbook.addWorksheet(GUIDE_SHEET);
  const lines = [
    'วิธีกรอกไฟล์ข้อมูลครัวเรือนยากจนเป้าหมาย',
    `1. กรอกชีต "${SHEET_NAMES[0]}" ครัวเรือนละ 1 แถว ตั้งแต่แถวที่ 3 (ใต้หัวตาราง) ช่องสถานะและสภาพปัญหาใส่เลข 1 ในช่องที่เลือก`,
    '2. กิจกรรมพัฒนาครั้งถัดไปของครัวเรือนเดิม: เพิ่มแถวใหม่ กรอกเฉพาะรหัสบ้านและช่องกิจกรรม',
    `3. กรอกชีต "${SHEET_NAMES[1]}" แผนละ 1 แถว โดยรหัสบ้านต้องอยู่ในชีตที่ 1 หรือในทะเบียนแล้ว`,
    '4. วันที่กรอกเป็น วัน/เดือน/ปี พ.ศ. เช่น 15/12/2568',
    '5. ตัวอย่างด้านล่างเป็นเพียงตัวอย่าง ระบบไม่นำเข้าชีตนี้',
  ];
  for (const line of lines) sheet.addRow([line]).commit();
  sheet.addRow([]).commit();
  const example = (title: string, cols: readonly Column[], cells: Record<string, unknown>) => {
    const heading = sheet.addRow([title]);
    heading.font = { bold: true };
    heading.commit();
    const names = sheet.addRow(cols.map((c) => c.header));
    names.font = { bold: true };
    names.commit();
    sheet.addRow(cols.map((c) => (cells[c.key] ?? null) as ExcelJS.CellValue)).commit();
    sheet.addRow([]).commit();
  };
  const [first] = guide.household.activities;
  example(`ตัวอย่างแถวในชีต "${SHEET_NAMES[0]}"`, columns, {
    ...householdCells(guide.household, 1),
    ...(first ? activityCells(first) : {}),
  });
  example(`ตัวอย่างแถวในชีต "${SHEET_NAMES[1]}"`, PLAN_COLUMNS, planCells(guide.plan));
  sheet.commit();
}

function summarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, summary: Summary | null) {
  const sheet = workbook.addWorksheet(SHEET_NAMES[2]);
  if (!summary) {
    sheet.addRow(['ชีตนี้ระบบคำนวณให้เมื่อส่งออก ไม่ต้องกรอก (ระบบไม่อ่านชีตนี้เมื่อนำเข้า)']).commit();
    return sheet.commit();
  }
  const title = sheet.addRow([
    `สรุปข้อมูลการพัฒนาครัวเรือนยากจนเป้าหมาย ${summary.unit.nameTh} ปีงบประมาณ ${summary.fiscalYear}`,
  ]);
  title.font = { bold: true };
  title.commit();
  const header = sheet.addRow([
    'พื้นที่',
    'ครัวเรือนทั้งหมด',
    'คร. ที่พัฒนาได้',
    'คร. ที่ขอรับการสงเคราะห์',
    'คร. ที่พึ่งตนเองได้',
    'คร. อื่น ๆ',
    `เป้าหมาย (รายได้ต่ำกว่าเกณฑ์ จปฐ. ปี ${summary.baselineYear})`,
    `ผ่านเกณฑ์ (จปฐ. ปี ${summary.resultYear})`,
    'คงเหลือ',
    'ร้อยละคงเหลือ',
    'ระดับ',
  ]);
  header.font = { bold: true };
  header.commit();
  const line = (name: string, f: Summary['total']) =>
    sheet
      .addRow([
        name,
        f.households,
        f.byStatus.developable,
        f.byStatus['welfare-requested'],
        f.byStatus['self-reliant'],
        f.byStatus.other,
        f.targets,
        f.passed,
        f.remaining,
        f.remainingPercent?.text ?? '-',
        f.evaluation?.label ?? '-',
      ])
      .commit();
  for (const a of summary.areas) line(a.unit.nameTh, a);
  line('รวม', summary.total);
  for (const w of summary.warnings) sheet.addRow([w.message]).commit();
  sheet.commit();
}

/**
 * Writes the 3-sheet workbook to `stream` row by row (exceljs's streaming writer): households come in pages, so a
 * million rows never sit in memory. A household with several activities takes one row per activity, the later ones
 * carrying only the house code and the activity, as the importer reads them.
 */
export async function writeHouseholdWorkbook(
  stream: Writable,
  input: {
    fiscalYear: number;
    personal: boolean;
    households: AsyncIterable<WorkbookHousehold[]>;
    plans: AsyncIterable<WorkbookPlanItem[]>;
    summary: Summary | null;
    /** The template's filled example, written on a guide sheet of its own, never among the rows imported. */
    guide?: { household: WorkbookHousehold; plan: WorkbookPlanItem };
  },
) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const columns = householdColumns(input.fiscalYear).filter((c) => input.personal || !c.personal);
  const households = workbook.addWorksheet(SHEET_NAMES[0], { views: [{ state: 'frozen', ySplit: 2 }] });
  headerRows(households, columns);
  let n = 0;
  for await (const page of input.households) {
    for (const h of page) {
      n += 1;
      const [first, ...more] = h.activities;
      households.addRow({ ...householdCells(h, n), ...(first ? activityCells(first) : {}) }).commit();
      for (const a of more) households.addRow({ house_code: h.house_code, ...activityCells(a) }).commit();
    }
  }
  households.commit();
  const plan = workbook.addWorksheet(SHEET_NAMES[1], { views: [{ state: 'frozen', ySplit: 2 }] });
  headerRows(plan, PLAN_COLUMNS);
  for await (const page of input.plans) {
    for (const p of page) plan.addRow(planCells(p)).commit();
  }
  plan.commit();
  summarySheet(workbook, input.summary);
  if (input.guide) guideSheet(workbook, columns, input.guide);
  await workbook.commit();
}
