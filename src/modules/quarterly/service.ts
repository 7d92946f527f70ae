import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { changedAny } from '../../db/row-version.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  TRAFFIC_LIGHT_LEGEND,
  TRAFFIC_LIGHT_THAI,
  type TrafficLight,
  trafficLight,
} from '../../domain/dashboard/traffic-light.ts';
import { quarterlyViolations } from '../../domain/data-quality/report-rules.ts';
import { CHECK_THAI } from '../../domain/data-quality/rules.ts';
import { CODI_REGIONS, type RegionCode, regionTotals } from '../../domain/quarterly/aggregation.ts';
import {
  type PrintedDifference,
  type RecomputedKpi,
  recomputeReport,
} from '../../domain/quarterly/recompute.ts';
import {
  type QuarterlyKpi,
  type QuarterlyReportFile,
  quarterlyReportFileSchema,
} from '../../domain/quarterly/report-file.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { staleWrite, type VersionedRecord } from '../../http/row-version.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { lastChangeOf } from '../audit/last-change.ts';
import { type AuditEntry, recordAudit } from '../audit/service.ts';
import {
  bumpKpiVersion,
  insertIssues,
  insertKpiParts,
  insertKpis,
  insertReport,
  kpiOf,
  regionPrinted,
  replaceKpiEntry,
  reportList,
  reportOf,
  reportRows,
  setStatus,
  updateReport,
} from './queries.ts';
import type { KpiEntry } from './schemas.ts';
import { reportWorkbook } from './workbook.ts';

export const DEMO_QUARTERLY_FILE = path.resolve(import.meta.dirname, '../../../data/demo/codi-q4-2562.json');

export function readQuarterlyFile(file: string): QuarterlyReportFile {
  return quarterlyReportFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Stores a report as entered (and what its paper version printed), in the caller's transaction. */
export async function storeQuarterlyFile(db: Db, file: QuarterlyReportFile): Promise<number> {
  const reportId = await insertReport(db, {
    fiscal_year: file.fiscalYear,
    quarter: file.quarter,
    title_th: file.titleTh,
    organisation_th: file.organisationTh,
    source: file.source,
    from_paper: file.fromPaper !== false,
    period_from: file.period.from,
    period_to: file.period.to,
    as_of: file.asOf,
  });
  await insertIssues(
    db,
    file.strategicIssues.map((issue) => ({
      report_id: reportId,
      no: issue.no,
      display_order: issue.displayOrder,
      name_th: issue.nameTh,
      source_line: issue.line,
    })),
  );
  const colourOf = (code: string) => file.printedColours.find((c) => c.kpi === code);
  const stored = await insertKpis(
    db,
    reportId,
    file.kpis.map((kpi) => ({
      strategic_issue_no: kpi.strategicIssueNo,
      code: kpi.code,
      display_order: kpi.displayOrder,
      name_th: kpi.nameTh,
      unit_th: kpi.unitTh,
      accumulation: kpi.accumulation,
      annual_target: kpi.annualTarget,
      source_line: kpi.line,
      threshold_value: kpi.threshold?.value ?? null,
      threshold_comparison: kpi.threshold?.comparison ?? null,
      threshold_line: kpi.threshold?.line ?? null,
      threshold_result: kpi.threshold?.printedResult ?? null,
      threshold_result_line: kpi.threshold?.resultLine ?? null,
      printed_annual_result: kpi.printed.annualResult,
      printed_annual_percent: kpi.printed.annualPercent,
      printed_colour: colourOf(kpi.code)?.colour ?? null,
      printed_colour_line: colourOf(kpi.code)?.line ?? null,
      region_line: kpi.regions?.line ?? null,
      printed_region_target: kpi.regions?.printedTotal.target ?? null,
      printed_region_result: kpi.regions?.printedTotal.result ?? null,
      printed_region_percent: kpi.regions?.printedTotal.percent ?? null,
    })),
  );
  const idOf = new Map(stored.map((row) => [row.code, row.id]));
  await insertKpiParts(db, {
    quarters: file.kpis.flatMap((kpi) =>
      kpi.quarters.map((q, index) => ({
        kpi_id: idOf.get(kpi.code) ?? 0,
        quarter: index + 1,
        planned: q.planned,
        result: q.result,
        printed_adjusted: q.printed.adjusted,
        printed_percent: q.printed.percent,
        printed_adjusted_label_only: q.printed.adjustedLabelOnly === true,
      })),
    ),
    // A region row per quarter: the report's own quarter, and the earlier quarters the region reported to date.
    regions: file.kpis.flatMap((kpi) =>
      (kpi.regions?.rows ?? []).flatMap((row, index) => [
        ...(row.earlier ?? []).flatMap((result, earlier) =>
          result === null || earlier + 1 >= file.quarter
            ? []
            : [
                {
                  kpi_id: idOf.get(kpi.code) ?? 0,
                  region: row.region,
                  quarter: earlier + 1,
                  position: index + 1,
                  name_th: row.nameTh,
                  target: row.target,
                  result,
                  printed_percent: null,
                },
              ],
        ),
        {
          kpi_id: idOf.get(kpi.code) ?? 0,
          region: row.region,
          quarter: file.quarter,
          position: index + 1,
          name_th: row.nameTh,
          target: row.target,
          result: row.result,
          printed_percent: row.printedPercent ?? null,
          narrative_th: row.narrativeTh ?? null,
        },
      ]),
    ),
    measures: file.kpis.flatMap((kpi) =>
      (kpi.measures ?? []).map((m, index) => ({
        kpi_id: idOf.get(kpi.code) ?? 0,
        position: index + 1,
        role: m.role,
        name_th: m.nameTh,
        unit_th: m.unitTh,
        target: m.target,
        result: m.result,
        printed_result: m.printed.result,
        printed_percent: m.printed.percent,
        source_line: m.line,
      })),
    ),
    measureQuarters: file.kpis.flatMap((kpi) =>
      (kpi.measures ?? []).flatMap((m, index) =>
        (m.quarters ?? []).map((q, quarter) => ({
          kpi_id: idOf.get(kpi.code) ?? 0,
          position: index + 1,
          quarter: quarter + 1,
          planned: q.planned,
          result: q.result,
          printed_adjusted: q.printed.adjusted,
          printed_percent: q.printed.percent,
        })),
      ),
    ),
    narratives: file.kpis.flatMap((kpi) =>
      (kpi.narratives ?? []).map((n, index) => ({
        kpi_id: idOf.get(kpi.code) ?? 0,
        position: index + 1,
        kind: n.kind,
        text_th: n.textTh,
        source_line: n.line,
      })),
    ),
  });
  return reportId;
}

/** Seed 004's Q4 FY2562 report, stored once on the first start. */
export async function loadDemoQuarterly(db: Db): Promise<void> {
  const file = readQuarterlyFile(DEMO_QUARTERLY_FILE);
  if ((await reportOf(db, file.fiscalYear, file.quarter)) !== undefined) return;
  await storeQuarterlyFile(db, file);
}

type Rows = Awaited<ReturnType<typeof reportRows>>;
type ReportRow = NonNullable<Awaited<ReturnType<typeof reportOf>>>;

/** The stored report in the shape the pure rules read; the printed line numbers default to 0 for typed-in rows. */
function fileOf(report: ReportRow, rows: Rows): QuarterlyReportFile {
  const kpis: QuarterlyKpi[] = rows.kpis.map((k) => {
    const quarters = rows.quarters.filter((q) => q.kpi_id === k.id);
    const allRegions = rows.regions.filter((r) => r.kpi_id === k.id);
    const regions = allRegions.filter((r) => r.quarter === report.quarter);
    const earlierOf = (region: string) =>
      [1, 2, 3]
        .filter((n) => n < report.quarter)
        .map((n) => allRegions.find((r) => r.region === region && r.quarter === n)?.result ?? null);
    const measures = rows.measures.filter((m) => m.kpi_id === k.id);
    const narratives = rows.narratives.filter((n) => n.kpi_id === k.id);
    const line = k.source_line ?? 0;
    return {
      code: k.code,
      strategicIssueNo: k.strategic_issue_no,
      displayOrder: k.display_order,
      nameTh: k.name_th,
      unitTh: k.unit_th,
      line,
      accumulation: k.accumulation,
      annualTarget: k.annual_target,
      quarters: [1, 2, 3, 4].map((no) => {
        const q = quarters.find((candidate) => candidate.quarter === no);
        return {
          planned: q?.planned ?? null,
          result: q?.result ?? null,
          printed: {
            adjusted: q?.printed_adjusted ?? null,
            percent: q?.printed_percent ?? null,
            ...(q?.printed_adjusted_label_only === true ? { adjustedLabelOnly: true } : {}),
          },
        };
      }),
      printed: { annualResult: k.printed_annual_result, annualPercent: k.printed_annual_percent },
      ...(k.threshold_value !== null && k.threshold_comparison !== null
        ? {
            threshold: {
              value: k.threshold_value,
              comparison: k.threshold_comparison,
              line: k.threshold_line ?? line,
              printedResult: k.threshold_result,
              resultLine: k.threshold_result_line ?? line,
            },
          }
        : {}),
      ...(regions.length > 0
        ? {
            regions: {
              line: k.region_line ?? line,
              rows: regions.map((r) => {
                const earlier = earlierOf(r.region);
                return {
                  region: r.region,
                  nameTh: r.name_th,
                  target: r.target,
                  result: r.result,
                  printedPercent: r.printed_percent,
                  narrativeTh: r.narrative_th,
                  ...(earlier.some((value) => value !== null) ? { earlier } : {}),
                };
              }),
              printedTotal: {
                target:
                  k.printed_region_target ??
                  regions.reduce((sum, r) => sum.plus(r.target), new Dec(0)).toFixed(),
                result:
                  k.printed_region_result ??
                  regions.reduce((sum, r) => sum.plus(r.result ?? 0), new Dec(0)).toFixed(),
                percent: k.printed_region_percent,
              },
            },
          }
        : {}),
      ...(measures.length > 0
        ? {
            measures: measures.map((m) => {
              const mq = rows.measureQuarters.filter((q) => q.kpi_id === k.id && q.position === m.position);
              return {
                role: m.role,
                nameTh: m.name_th,
                unitTh: m.unit_th,
                line: m.source_line ?? line,
                target: m.target,
                result: m.result,
                ...(mq.length === 4
                  ? {
                      quarters: mq.map((q) => ({
                        planned: q.planned,
                        result: q.result,
                        printed: { adjusted: q.printed_adjusted, percent: q.printed_percent },
                      })),
                    }
                  : {}),
                printed: { result: m.printed_result, percent: m.printed_percent },
              };
            }),
          }
        : {}),
      narratives: narratives.map((n) => ({ kind: n.kind, line: n.source_line ?? line, textTh: n.text_th })),
    };
  });
  return {
    source: report.source ?? '',
    fromPaper: report.from_paper,
    titleTh: report.title_th,
    organisationTh: report.organisation_th,
    fiscalYear: report.fiscal_year,
    quarter: report.quarter,
    period: { from: report.period_from, to: report.period_to },
    asOf: report.as_of,
    strategicIssues: rows.issues.map((i) => ({
      no: i.no,
      displayOrder: i.display_order,
      nameTh: i.name_th,
      line: i.source_line ?? 0,
    })),
    kpis,
    printedColours: rows.kpis.flatMap((k) =>
      k.printed_colour === null
        ? []
        : [
            {
              kpi: k.code,
              figure: 'annual' as const,
              colour: k.printed_colour,
              line: k.printed_colour_line ?? 0,
            },
          ],
    ),
  };
}

const str = (value: Dec | null) => (value === null ? null : value.toFixed());
const pct = (value: Dec | null) => (value === null ? null : value.toFixed(2));
const lightOf = (value: Dec | null) => (value === null ? null : trafficLight(value));

function presentKpi(kpi: QuarterlyKpi, computed: RecomputedKpi, rowVersion: number) {
  const totals =
    kpi.regions === undefined
      ? null
      : regionTotals(
          kpi.regions.rows.map((r) => ({
            region: r.region as RegionCode,
            target: new Dec(r.target),
            result: r.result === null ? null : new Dec(r.result),
          })),
          new Dec(kpi.annualTarget),
        );
  const hasQuarters = kpi.regions?.rows.some((r) => r.earlier !== undefined) === true;
  return {
    code: kpi.code,
    strategicIssueNo: kpi.strategicIssueNo,
    nameTh: kpi.nameTh,
    unitTh: kpi.unitTh,
    accumulation: kpi.accumulation,
    annualTarget: kpi.annualTarget,
    rowVersion,
    annualResult: str(computed.annualResult),
    annualPercent: pct(computed.annualPercent),
    annualLight: computed.annualLight,
    passFail: computed.passFail,
    threshold:
      kpi.threshold === undefined
        ? null
        : {
            value: kpi.threshold.value,
            comparison: kpi.threshold.comparison,
            result: kpi.threshold.printedResult ?? str(computed.annualResult),
          },
    quarters: computed.quarters.map((q) => ({
      quarter: q.quarter,
      planned: str(q.planned),
      adjusted: str(q.adjusted),
      label: q.label,
      result: str(q.result),
      percent: pct(q.percent),
      light: lightOf(q.percent),
    })),
    regions:
      totals === null || kpi.regions === undefined
        ? null
        : {
            rows: totals.rows.map((row, index) => ({
              region: row.region,
              nameTh: kpi.regions?.rows[index]?.nameTh ?? row.region,
              target: row.target.toFixed(),
              result: str(row.result),
              percent: pct(row.percent),
              light: lightOf(row.percent),
              narrativeTh: kpi.regions?.rows[index]?.narrativeTh ?? null,
              quarterResults: hasQuarters
                ? quarterResults(kpi.accumulation, [
                    ...(kpi.regions?.rows[index]?.earlier ?? []),
                    str(row.result),
                  ])
                : null,
            })),
            quarterTotals: hasQuarters
              ? [0, 1, 2, 3]
                  .slice(0, (kpi.regions?.rows[0]?.earlier?.length ?? 0) + 1)
                  .map((q) =>
                    sumOrNull(
                      totals.rows.map(
                        (_, index) =>
                          quarterResults(kpi.accumulation, [
                            ...(kpi.regions?.rows[index]?.earlier ?? []),
                            str(totals.rows[index]?.result ?? null),
                          ])[q] ?? null,
                      ),
                    ),
                  )
              : null,
            sumTargets: totals.sumTargets.toFixed(),
            sumResults: totals.sumResults.toFixed(),
            nationalPercent: pct(totals.nationalPercent),
            netRemaining: totals.netRemaining.toFixed(),
            sumShortfalls: totals.sumShortfalls.toFixed(),
          },
    measures: computed.measures.map((m) => ({
      role: m.role,
      nameTh: m.nameTh,
      unitTh: m.unitTh,
      target: str(m.target),
      result: str(m.result),
      percent: pct(m.percent),
      quarters:
        m.quarters?.map((q) => ({
          quarter: q.quarter,
          planned: str(q.planned),
          adjusted: str(q.adjusted),
          label: q.label,
          result: str(q.result),
        })) ?? null,
    })),
    narratives: (kpi.narratives ?? []).map((n) => ({ kind: n.kind, textTh: n.textTh })),
  };
}

/**
 * Each quarter's own figure from a region's results to date: the difference from the quarter before for a flow
 * measure (7.1 North, 004 L197: to date 11, 11, 35, 105 → 11, -, 24, 70), the figure itself for a stock one.
 */
function quarterResults(
  accumulation: 'flow' | 'stock',
  toDate: readonly (string | null)[],
): (string | null)[] {
  return toDate.map((value, index) => {
    if (value === null || accumulation === 'stock' || index === 0) return value;
    const before = toDate[index - 1];
    return before === null || before === undefined ? null : new Dec(value).minus(before).toFixed();
  });
}

function sumOrNull(values: readonly (string | null)[]): string | null {
  const present = values.filter((v): v is string => v !== null);
  return present.length === 0 ? null : present.reduce((total, v) => total.plus(v), new Dec(0)).toFixed();
}

const isLight = (value: string | null): value is TrafficLight =>
  value === 'red' || value === 'yellow' || value === 'green';

/** A difference in Thai words: regions by their Thai name, colours as แดง/เหลือง/เขียว. */
function thaiDifference(d: PrintedDifference) {
  const region = CODI_REGIONS.find((r) => d.figure === `ร้อยละภาค ${r.code}`);
  return {
    kpi: d.kpi,
    figure: region === undefined ? d.figure : `ร้อยละ${region.nameTh}`,
    printed: isLight(d.printed) ? TRAFFIC_LIGHT_THAI[d.printed] : d.printed,
    computed: isLight(d.computed) ? TRAFFIC_LIGHT_THAI[d.computed] : d.computed,
    line: d.line,
  };
}

export type QuarterlyKpiView = ReturnType<typeof presentKpi>;

export async function listReports(db: Db, _user: AuthUser) {
  const rows = await reportList(db);
  return rows.map((r) => ({
    fiscalYear: r.fiscal_year,
    quarter: r.quarter,
    titleTh: r.title_th,
    status: r.status,
    asOf: r.as_of,
  }));
}

async function storedFile(db: Db, fiscalYear: number, quarter: number) {
  const report = await reportOf(db, fiscalYear, quarter);
  if (report === undefined) throw notFound(`รายงานไตรมาส ${quarter} ปีงบประมาณ ${fiscalYear}`);
  const rows = await reportRows(db, report.id);
  return {
    report,
    file: fileOf(report, rows),
    kpiVersions: new Map(rows.kpis.map((k) => [k.code, k.row_version])),
  };
}

/** A stored report in the shape the pure rules read. */
export async function storedFileOf(db: Db, report: ReportRow): Promise<QuarterlyReportFile> {
  return fileOf(report, await reportRows(db, report.id));
}

/** The report as the seed 004 layout shows it: every figure computed from what was entered, paper differences flagged. */
export async function getReport(db: Db, _user: AuthUser, fiscalYear: number, quarter: number) {
  const { report, file, kpiVersions } = await storedFile(db, fiscalYear, quarter);
  const recomputed = recomputeReport(file);
  const byCode = new Map(recomputed.kpis.map((k) => [k.code, k]));
  const kpis = [...file.kpis].sort((a, b) => a.displayOrder - b.displayOrder);
  return {
    fiscalYear: file.fiscalYear,
    quarter: file.quarter,
    titleTh: file.titleTh,
    organisationTh: file.organisationTh,
    period: file.period,
    asOf: file.asOf,
    status: report.status,
    publishedAt: report.published_at?.toISOString() ?? null,
    rowVersion: report.row_version,
    legend: TRAFFIC_LIGHT_LEGEND.map((entry) => ({ light: entry.light, textTh: entry.textTh })),
    strategicIssues: [...file.strategicIssues]
      .sort((a, b) => a.displayOrder - b.displayOrder)
      .map((issue) => ({
        no: issue.no,
        nameTh: issue.nameTh,
        kpis: kpis
          .filter((k) => k.strategicIssueNo === issue.no)
          .flatMap((k) => {
            const computed = byCode.get(k.code);
            return computed === undefined ? [] : [presentKpi(k, computed, kpiVersions.get(k.code) ?? 0)];
          }),
      })),
    differences: recomputed.differences.map(thaiDifference),
  };
}

/** The report as an xlsx download named by its quarter. */
export async function exportReport(db: Db, user: AuthUser, fiscalYear: number, quarter: number) {
  const report = await getReport(db, user, fiscalYear, quarter);
  return { filename: `quarterly-${fiscalYear}-q${quarter}.xlsx`, buffer: await reportWorkbook(report) };
}

/** The data-quality page: every violation of the report's own rules, with its Thai message. */
export async function dataQuality(db: Db, _user: AuthUser, fiscalYear: number, quarter: number) {
  const { report, file } = await storedFile(db, fiscalYear, quarter);
  return {
    fiscalYear,
    quarter,
    titleTh: report.title_th,
    status: report.status,
    violations: quarterlyViolations(file).map((v) => ({
      ruleId: v.ruleId,
      checkTh: CHECK_THAI[v.check],
      importance: v.importance,
      messageTh: v.messageTh,
      lines: v.lines,
    })),
  };
}

/** Only the department publishes the quarterly report and sets its structure; region offices enter their own rows. */
export function requireDepartment(user: AuthUser) {
  if (user.role !== 'department_admin') throw forbidden('เฉพาะผู้ดูแลระดับกรมเผยแพร่หรือเปิดแก้ไขรายงานไตรมาสได้');
}

/**
 * Publishing makes the quarter read-only. With data-quality warnings it needs the editor's confirmation, so nobody
 * publishes a report whose sums disagree without having seen them.
 */
export async function publish(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  confirmWarnings: boolean,
) {
  requireDepartment(user);
  return inTransaction(db, async (trx) => {
    const { report, file } = await storedFile(trx, fiscalYear, quarter);
    if (report.status === 'published') throw new AppError(409, 'conflict', 'รายงานไตรมาสนี้เผยแพร่แล้ว');
    const warnings = quarterlyViolations(file).length;
    if (warnings > 0 && !confirmWarnings)
      throw new AppError(
        409,
        'warnings',
        `รายงานมีคำเตือนคุณภาพข้อมูล ${warnings} รายการ ตรวจดูที่หน้าคุณภาพข้อมูล แล้วยืนยันการเผยแพร่อีกครั้ง`,
        'confirmWarnings',
      );
    await setStatus(trx, report.id, { by: user.id, at: new Date() });
    await auditQuarterly(trx, user, {
      action: 'approve',
      entity: 'quarterly_report',
      entityId: `${fiscalYear}/${quarter}`,
      before: { status: 'draft' },
      after: { status: 'published', warnings },
    });
    return { status: 'published' as const, warnings };
  });
}

/** Reopening a published quarter makes it editable again. */
export async function reopen(db: Db, user: AuthUser, fiscalYear: number, quarter: number) {
  requireDepartment(user);
  return inTransaction(db, async (trx) => {
    const { report } = await storedFile(trx, fiscalYear, quarter);
    if (report.status !== 'published') throw new AppError(409, 'conflict', 'รายงานไตรมาสนี้ยังไม่ได้เผยแพร่');
    await setStatus(trx, report.id, null);
    await auditQuarterly(trx, user, {
      action: 'reopen',
      entity: 'quarterly_report',
      entityId: `${fiscalYear}/${quarter}`,
      before: { status: 'published' },
      after: { status: 'draft' },
    });
    return { status: 'draft' as const };
  });
}

/** Two figures as entered (decimal strings, either none): equal when both are none or the same number. */
export function sameFigure(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : new Dec(a).eq(b);
}

/** The department's entry of one KPI of a quarter, as a 409 names it. */
export const kpiEntryRecord = (fiscalYear: number, quarter: number, code: string) => ({
  entity: 'quarterly_kpi',
  entityId: `${fiscalYear}/${quarter}/${code}`,
  what: `ผลของตัวชี้วัด ${code} ในรายงานไตรมาส ${quarter}/${fiscalYear} `,
});

/** A region office's entry of a quarter (all its KPIs in one save), as the audit log names it. */
export const regionEntryRecord = (fiscalYear: number, quarter: number, region: string) => ({
  entity: 'quarterly_region_entry',
  entityId: `${fiscalYear}/${quarter}/${region}`,
});

/**
 * A KPI's region row is written by two forms, the department's KPI entry and the region office's entry, each audited
 * under its own record: the 409 names whichever saved last (`record`'s what kept).
 */
export async function staleEntry(
  db: Db,
  record: VersionedRecord & { entity: string },
  other: { entity: string; entityId: string } | undefined,
  sent: number | undefined,
  stored?: number,
) {
  const own = await lastChangeOf(db, [record.entity], String(record.entityId));
  const theirs = other === undefined ? null : await lastChangeOf(db, [other.entity], other.entityId);
  const newer = other !== undefined && theirs !== null && (own === null || theirs.at > own.at);
  return staleWrite(db, { ...(newer ? other : record), what: record.what }, sent, stored);
}

/**
 * The 409 of a KPI entry saved from an older version: the department's last KPI entry, or the region office that
 * entered one of its regions since.
 */
async function staleKpiEntry(
  db: Db,
  report: ReportRow,
  kpi: { id: number; code: string },
  sent: number | undefined,
  stored?: number,
) {
  const regions = await regionPrinted(db, kpi.id, report.quarter);
  const latest = regions
    .filter((r) => r.entered_at !== null)
    .sort((a, b) => (b.entered_at?.getTime() ?? 0) - (a.entered_at?.getTime() ?? 0))[0];
  return staleEntry(
    db,
    kpiEntryRecord(report.fiscal_year, report.quarter, kpi.code),
    latest === undefined ? undefined : regionEntryRecord(report.fiscal_year, report.quarter, latest.region),
    sent,
    stored,
  );
}

/**
 * The department enters a KPI's quarter figures, its region offices' figures and its narratives, in one
 * transaction; a published quarter is read-only until reopened. Each KPI's entry has its own version (two KPIs
 * never conflict): one saved from an older version, or after a region office changed one of its region results, is
 * refused 409 stale. A region row whose figures change moves on a version, so a region office's form loaded before
 * is refused too; a region left out is removed, and added back its row starts above any version it had. Answers the
 * recomputed report.
 */
export async function enterKpi(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  code: string,
  { rowVersion, ...entry }: KpiEntry,
) {
  return editDraft(db, user, fiscalYear, quarter, async (trx, report) => {
    const kpi = await kpiOf(trx, report.id, code);
    if (kpi === undefined) throw notFound(`ตัวชี้วัด ${code} ในรายงานนี้`, 'code');
    if (rowVersion !== undefined && rowVersion !== kpi.row_version)
      throw await staleKpiEntry(trx, report, kpi, rowVersion, kpi.row_version);
    const before = new Map((await regionPrinted(trx, kpi.id, report.quarter)).map((r) => [r.region, r]));
    const removed = [...before.values()].filter((was) => !entry.regions.some((r) => r.region === was.region));
    const bumped = await bumpKpiVersion(
      trx,
      kpi.id,
      rowVersion,
      Math.max(0, ...removed.map((was) => was.row_version)),
    );
    if (bumped === undefined) throw await staleKpiEntry(trx, report, kpi, rowVersion);
    await replaceKpiEntry(trx, kpi.id, report.quarter, {
      quarters: entry.quarters,
      regions: CODI_REGIONS.flatMap((region, index) => {
        const row = entry.regions.find((r) => r.region === region.code);
        if (row === undefined) return [];
        const was = before.get(region.code);
        const same =
          was !== undefined && sameFigure(was.target, row.target) && sameFigure(was.result, row.result);
        return [
          {
            region: region.code,
            position: index + 1,
            name_th: was?.name_th ?? region.nameTh,
            target: row.target,
            result: row.result,
            printed_percent: was?.printed_percent ?? null,
            narrative_th: was?.narrative_th ?? null,
            entered_by: was?.entered_by ?? null,
            entered_at: was?.entered_at ?? null,
            // A region added (back) starts above any version a removed row of this KPI had: a region office's form
            // loaded before the removal is refused 409, never matched by chance.
            row_version:
              was === undefined
                ? bumped.removed_region_version + 1
                : same
                  ? was.row_version
                  : was.row_version + 1,
          },
        ];
      }),
      narratives: entry.narratives.map((n, index) => ({
        position: index + 1,
        kind: n.kind,
        text_th: n.textTh,
        source_line: null,
      })),
    });
    await auditQuarterly(trx, user, {
      action: 'update',
      entity: 'quarterly_kpi',
      entityId: `${fiscalYear}/${quarter}/${code}`,
      before: null,
      after: entry,
    });
  });
}

/** The report's own version (its as-of date and order), as a 409 names it. */
export const reportRecord = (fiscalYear: number, quarter: number) => ({
  entity: 'quarterly_report',
  entityId: `${fiscalYear}/${quarter}`,
  what: `รายงานไตรมาส ${quarter}/${fiscalYear} `,
});

/**
 * Moves the report on one version with its own changes, refused 409 stale when it was loaded at an older one
 * (early with both versions, or when someone saved between the read and this write).
 */
export async function editReportRow(
  trx: Db,
  report: ReportRow,
  changes: { as_of?: string | null },
  sent: number | undefined,
) {
  const record = reportRecord(report.fiscal_year, report.quarter);
  if (sent !== undefined && sent !== report.row_version)
    throw await staleWrite(trx, record, sent, report.row_version);
  if (!changedAny(await updateReport(trx, report.id, changes, sent)))
    throw await staleWrite(trx, record, sent);
}

/** The department sets the date the report's figures are as of, while the quarter is a draft. */
export async function enterAsOf(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  { asOf, rowVersion }: { asOf: string; rowVersion?: number | undefined },
) {
  return editDraft(db, user, fiscalYear, quarter, async (trx, report) => {
    await editReportRow(trx, report, { as_of: asOf }, rowVersion);
    await auditQuarterly(trx, user, {
      action: 'update',
      entity: 'quarterly_report',
      entityId: `${fiscalYear}/${quarter}`,
      before: { asOf: report.as_of },
      after: { asOf },
    });
  });
}

/** A write to the quarterly report, audited in the caller's transaction as the user at their unit. */
export function auditQuarterly(trx: Db, user: AuthUser, entry: Omit<AuditEntry, 'actor' | 'unitId'>) {
  return recordAudit(trx, { actor: user, unitId: user.unit.id, ...entry });
}

/**
 * The department's edit of a draft, in one transaction (404 without a report, 409 once published); answers the
 * recomputed report.
 */
export async function editDraft(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  edit: (trx: Db, report: ReportRow) => Promise<void>,
) {
  requireDepartment(user);
  await inTransaction(db, async (trx) => edit(trx, await draftReport(trx, fiscalYear, quarter)));
  return getReport(db, user, fiscalYear, quarter);
}

/** A report that can still be edited: 404 when there is none, 409 once published. */
export async function draftReport(db: Db, fiscalYear: number, quarter: number) {
  const report = await reportOf(db, fiscalYear, quarter);
  if (report === undefined) throw notFound(`รายงานไตรมาส ${quarter} ปีงบประมาณ ${fiscalYear}`);
  if (report.status === 'published')
    throw new AppError(409, 'conflict', 'รายงานไตรมาสนี้เผยแพร่แล้ว แก้ไขไม่ได้จนกว่าจะเปิดให้แก้ไขอีกครั้ง');
  return report;
}
