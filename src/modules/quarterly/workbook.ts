import ExcelJS from 'exceljs';
import { TRAFFIC_LIGHT_THAI, type TrafficLight } from '../../domain/dashboard/traffic-light.ts';
import type { getReport } from './service.ts';

type Report = Awaited<ReturnType<typeof getReport>>;
type Kpi = Report['strategicIssues'][number]['kpis'][number];

/** Pale fills matching the screen and the printout (web/src/features/quarterly/figures.ts). */
const FILL: Readonly<Record<TrafficLight, string>> = {
  red: 'FFFFC9C9',
  yellow: 'FFFFEC99',
  green: 'FFB2F2BB',
};
const NARRATIVE_THAI = {
  result: 'ผลการดำเนินงาน',
  problem: 'ปัญหาอุปสรรค',
  solution: 'แนวทางแก้ไข',
  remark: 'หมายเหตุ',
} as const;
const COMPARISON_THAI = { gte: 'ตั้งแต่', gt: 'มากกว่า', lte: 'ไม่เกิน', lt: 'น้อยกว่า' } as const;

/** A figure as an Excel number (display only: every figure was computed with decimals before it got here). */
const num = (value: string | null) => (value === null ? null : Number(value));
const fill = (light: TrafficLight | null): ExcelJS.Fill | undefined =>
  light === null ? undefined : { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[light] } };
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function legendRows(sheet: ExcelJS.Worksheet, report: Report) {
  sheet.addRow([]);
  sheet.addRow(['ความหมายของสี']).font = { bold: true };
  for (const entry of report.legend) {
    const row = sheet.addRow([entry.textTh]);
    const cell = row.getCell(1);
    const colour = fill(entry.light);
    if (colour) cell.fill = colour;
  }
}

const quarterHeaders = ['เป้าหมาย', 'เป้าที่ใช้วัดผล', 'ผล', 'ร้อยละ'];

function summarySheet(workbook: ExcelJS.Workbook, report: Report) {
  const sheet = workbook.addWorksheet('สรุปผลรายไตรมาส', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: report.legend.map((l) => l.textTh).join('   ') },
  });
  sheet.addRow([report.titleTh]).font = { bold: true, size: 14 };
  sheet.addRow([`${report.organisationTh} ข้อมูล ณ วันที่ ${report.asOf}`]);
  const top = sheet.addRow([
    'รหัส',
    'ภารกิจ-แผนงาน-คำรับรองการปฏิบัติงาน / ตัวชี้วัด',
    'หน่วยนับ',
    'เป้าหมายทั้งปี',
    'ผลทั้งปี',
    'ร้อยละ',
    'สี',
    ...[1, 2, 3, 4].flatMap((q) => [`ไตรมาส ${q}`, '', '', '']),
    'เกณฑ์ตามคำรับรอง',
    'ผลตามเกณฑ์',
    'ผ่าน/ไม่ผ่าน',
  ]);
  const sub = sheet.addRow(['', '', '', '', '', '', '', ...[1, 2, 3, 4].flatMap(() => quarterHeaders)]);
  for (const q of [0, 1, 2, 3]) sheet.mergeCells(top.number, 8 + q * 4, top.number, 11 + q * 4);
  for (const column of [1, 2, 3, 4, 5, 6, 7, 24, 25, 26])
    sheet.mergeCells(top.number, column, sub.number, column);
  for (const row of [top, sub]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.eachCell((cell) => {
      cell.border = thin;
    });
  }
  sheet.columns = [
    { width: 8 },
    { width: 48 },
    { width: 12 },
    ...Array.from({ length: 23 }, () => ({ width: 11 })),
  ];
  sheet.views = [{ state: 'frozen', ySplit: sub.number, xSplit: 2 }];
  for (const issue of report.strategicIssues) {
    const band = sheet.addRow([`ประเด็นยุทธศาสตร์ที่ ${issue.no} : ${issue.nameTh}`]);
    sheet.mergeCells(band.number, 1, band.number, 26);
    band.font = { bold: true };
    band.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
    for (const kpi of issue.kpis) kpiRow(sheet, kpi);
  }
  legendRows(sheet, report);
}

function kpiRow(sheet: ExcelJS.Worksheet, kpi: Kpi) {
  const row = sheet.addRow([
    kpi.code,
    kpi.nameTh,
    kpi.unitTh,
    num(kpi.annualTarget),
    num(kpi.annualResult),
    num(kpi.annualPercent),
    kpi.annualLight === null ? null : TRAFFIC_LIGHT_THAI[kpi.annualLight],
    ...kpi.quarters.flatMap((q) => [
      num(q.planned),
      q.label === null ? null : `${q.label} ${q.adjusted}`,
      num(q.result),
      num(q.percent),
    ]),
    kpi.threshold === null ? null : `${COMPARISON_THAI[kpi.threshold.comparison]} ${kpi.threshold.value}`,
    kpi.threshold === null ? null : num(kpi.threshold.result),
    kpi.passFail,
  ]);
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = thin;
  });
  const percents = [6, ...[0, 1, 2, 3].map((q) => 11 + q * 4)];
  for (const column of percents) row.getCell(column).numFmt = '0.00';
  const annual = fill(kpi.annualLight);
  if (annual) for (const column of [4, 5, 6, 7]) row.getCell(column).fill = annual;
  kpi.quarters.forEach((q, index) => {
    const colour = fill(q.light);
    if (colour) for (let c = 0; c < 4; c += 1) row.getCell(8 + index * 4 + c).fill = colour;
  });
}

function regionSheet(workbook: ExcelJS.Workbook, report: Report) {
  const sheet = workbook.addWorksheet('ผลรายภาค');
  sheet.columns = [
    { width: 8 },
    { width: 48 },
    { width: 30 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
    ...[1, 2, 3, 4].map(() => ({ width: 10 })),
    { width: 60 },
  ];
  const header = sheet.addRow([
    'รหัส',
    'ตัวชี้วัด',
    'ภาค',
    'เป้าหมาย',
    'ผล',
    'ร้อยละ',
    'ผลไตรมาส 1',
    'ผลไตรมาส 2',
    'ผลไตรมาส 3',
    'ผลไตรมาส 4',
    'คำบรรยายของสำนักงานภาค',
  ]);
  header.font = { bold: true };
  for (const kpi of report.strategicIssues.flatMap((i) => i.kpis)) {
    if (kpi.regions === null) continue;
    for (const r of kpi.regions.rows) {
      const row = sheet.addRow([
        kpi.code,
        kpi.nameTh,
        r.nameTh,
        num(r.target),
        num(r.result),
        num(r.percent),
        ...[0, 1, 2, 3].map((q) => num(r.quarterResults?.[q] ?? null)),
        r.narrativeTh,
      ]);
      row.getCell(6).numFmt = '0.00';
      const colour = fill(r.light);
      if (colour) row.getCell(6).fill = colour;
    }
    const total = sheet.addRow([
      kpi.code,
      kpi.nameTh,
      'รวม',
      num(kpi.regions.sumTargets),
      num(kpi.regions.sumResults),
      num(kpi.regions.nationalPercent),
      ...[0, 1, 2, 3].map((q) => num(kpi.regions?.quarterTotals?.[q] ?? null)),
    ]);
    total.font = { bold: true };
    total.getCell(6).numFmt = '0.00';
  }
}

/** The items' further measures: item 2's 2.1 and 2.2, item 6's organisations, 2.3's achievable target and parts. */
function measureSheet(workbook: ExcelJS.Workbook, report: Report) {
  const sheet = workbook.addWorksheet('ตัววัดเพิ่มเติม');
  sheet.columns = [
    { width: 8 },
    { width: 40 },
    { width: 18 },
    { width: 40 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
  ];
  sheet.addRow(['รหัส', 'ตัวชี้วัด', 'ประเภท', 'ตัววัด', 'หน่วยนับ', 'เป้าหมาย', 'ผล', 'ร้อยละ']).font = { bold: true };
  for (const kpi of report.strategicIssues.flatMap((i) => i.kpis))
    for (const m of kpi.measures) {
      const row = sheet.addRow([
        kpi.code,
        kpi.nameTh,
        MEASURE_THAI[m.role],
        m.nameTh,
        m.unitTh,
        num(m.target),
        num(m.result),
        num(m.percent),
      ]);
      row.getCell(8).numFmt = '0.00';
    }
}

export const MEASURE_THAI = {
  secondary: 'ตัววัดที่สอง',
  part: 'ส่วนย่อยของผลรวม',
  achievable: 'เป้าหมายที่ทำได้จริง',
} as const;

function narrativeSheet(workbook: ExcelJS.Workbook, report: Report) {
  const sheet = workbook.addWorksheet('คำบรรยาย');
  sheet.columns = [{ width: 8 }, { width: 40 }, { width: 16 }, { width: 100 }];
  sheet.addRow(['รหัส', 'ตัวชี้วัด', 'ประเภท', 'ข้อความ']).font = { bold: true };
  for (const kpi of report.strategicIssues.flatMap((i) => i.kpis))
    for (const n of kpi.narratives)
      sheet.addRow([kpi.code, kpi.nameTh, NARRATIVE_THAI[n.kind], n.textTh]).alignment = { wrapText: true };
}

function differenceSheet(workbook: ExcelJS.Workbook, report: Report) {
  const sheet = workbook.addWorksheet('ตัวเลขที่ต่างจากฉบับพิมพ์');
  sheet.columns = [{ width: 8 }, { width: 44 }, { width: 14 }, { width: 14 }, { width: 16 }];
  sheet.addRow(['รหัส', 'ตัวเลข', 'ฉบับพิมพ์', 'คำนวณได้', 'บรรทัดของต้นฉบับ']).font = { bold: true };
  for (const d of report.differences)
    sheet.addRow([d.kpi, d.figure, d.printed ?? 'ว่าง', d.computed ?? 'ว่าง', d.line]);
}

/** The quarterly report as xlsx: the summary table in seed 004's structure, regions, narratives and flags. */
export async function reportWorkbook(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  summarySheet(workbook, report);
  regionSheet(workbook, report);
  measureSheet(workbook, report);
  narrativeSheet(workbook, report);
  differenceSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
