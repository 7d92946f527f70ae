import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { carryOver } from '../../domain/quarterly/carry-over.ts';
import { quarterPeriod, quarterTitle } from '../../domain/quarterly/periods.ts';
import { AppError, notFound } from '../../errors.ts';
import { guardedDelete, requireRowVersion } from '../../http/row-version.ts';
import type { AuthUser } from '../../plugins/access.ts';
import {
  deleteIssue,
  deleteKpi,
  insertIssue,
  insertKpiParts,
  insertKpis,
  issueOf,
  keepRemovedKpiVersion,
  kpiOf,
  lastOrders,
  reorder,
  reportBefore,
  reportOf,
} from './queries.ts';
import type { NewKpi } from './schemas.ts';
import {
  auditQuarterly,
  editDraft,
  editReportRow,
  getReport,
  kpiEntryRecord,
  requireDepartment,
  storedFileOf,
  storeQuarterlyFile,
} from './service.ts';

const CODI = 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)';
type QuarterNo = 1 | 2 | 3 | 4;

/**
 * The department creates a quarter's report: from the latest report before it (its structure and targets, and the
 * same year's earlier results so the carried-forward targets derive from them) or from nothing. One transaction,
 * audited; 409 when the quarter already has a report, or when there is no earlier report to copy.
 */
export async function createReport(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: QuarterNo,
  from: 'previous' | 'empty',
) {
  requireDepartment(user);
  await inTransaction(db, async (trx) => {
    if ((await reportOf(trx, fiscalYear, quarter)) !== undefined)
      throw new AppError(409, 'conflict', `รายงานไตรมาส ${quarter} ปีงบประมาณ ${fiscalYear} มีอยู่แล้ว`);
    const source = from === 'previous' ? await reportBefore(trx, fiscalYear, quarter) : undefined;
    if (from === 'previous' && source === undefined)
      throw new AppError(
        409,
        'conflict',
        `ยังไม่มีรายงานไตรมาสก่อนไตรมาส ${quarter} ปีงบประมาณ ${fiscalYear} ให้คัดลอก เลือกสร้างรายงานว่างแทน`,
        'from',
      );
    const period = quarterPeriod(fiscalYear, quarter);
    const file =
      source === undefined
        ? {
            source: 'สร้างใหม่ในระบบ',
            fromPaper: false,
            titleTh: quarterTitle(fiscalYear, quarter),
            organisationTh: CODI,
            fiscalYear,
            quarter,
            period: { from: period.from, to: period.to },
            asOf: null,
            strategicIssues: [],
            kpis: [],
            printedColours: [],
          }
        : carryOver(await storedFileOf(trx, source), fiscalYear, quarter);
    const id = await storeQuarterlyFile(trx, file);
    await auditQuarterly(trx, user, {
      action: 'create',
      entity: 'quarterly_report',
      entityId: String(id),
      before: null,
      after: {
        fiscalYear,
        quarter,
        from: source === undefined ? null : { fiscalYear: source.fiscal_year, quarter: source.quarter },
        kpis: file.kpis.map((k) => k.code),
      },
    });
  });
  return getReport(db, user, fiscalYear, quarter);
}

/** A strategic issue added to a draft, shown after the others. */
export async function addIssue(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  issue: { no: number; nameTh: string },
) {
  return editDraft(db, user, fiscalYear, quarter, async (trx, report) => {
    if ((await issueOf(trx, report.id, issue.no)) !== undefined)
      throw new AppError(409, 'conflict', `ประเด็นยุทธศาสตร์ที่ ${issue.no} มีอยู่แล้วในรายงานนี้`, 'no');
    const last = await lastOrders(trx, report.id);
    await insertIssue(trx, {
      report_id: report.id,
      no: issue.no,
      display_order: last.issue + 1,
      name_th: issue.nameTh,
      source_line: null,
    });
    await auditQuarterly(trx, user, {
      action: 'create',
      entity: 'quarterly_issue',
      entityId: `${fiscalYear}/${quarter}/${issue.no}`,
      before: null,
      after: issue,
    });
  });
}

/** Removes a strategic issue that has no KPIs left. */
export async function removeIssue(db: Db, user: AuthUser, fiscalYear: number, quarter: number, no: number) {
  return editDraft(db, user, fiscalYear, quarter, async (trx, report) => {
    const issue = await issueOf(trx, report.id, no);
    if (issue === undefined) throw notFound(`ประเด็นยุทธศาสตร์ที่ ${no} ในรายงานนี้`, 'no');
    const file = await storedFileOf(trx, report);
    const kpis = file.kpis.filter((k) => k.strategicIssueNo === no).map((k) => k.code);
    if (kpis.length > 0)
      throw new AppError(
        409,
        'conflict',
        `ประเด็นยุทธศาสตร์ที่ ${no} ยังมีตัวชี้วัด ${kpis.join(', ')} ลบหรือย้ายตัวชี้วัดออกก่อน`,
      );
    await deleteIssue(trx, report.id, no);
    await auditQuarterly(trx, user, {
      action: 'delete',
      entity: 'quarterly_issue',
      entityId: `${fiscalYear}/${quarter}/${no}`,
      before: { no, nameTh: issue.name_th },
      after: null,
    });
  });
}

/** An item with its KPI added to a draft under one of its strategic issues, shown after the others. */
export async function addKpi(db: Db, user: AuthUser, fiscalYear: number, quarter: number, kpi: NewKpi) {
  return editDraft(db, user, fiscalYear, quarter, async (trx, report) => {
    if ((await issueOf(trx, report.id, kpi.strategicIssueNo)) === undefined)
      throw new AppError(
        422,
        'invalid',
        `ไม่มีประเด็นยุทธศาสตร์ที่ ${kpi.strategicIssueNo} ในรายงานนี้ เพิ่มประเด็นยุทธศาสตร์ก่อน`,
        'strategicIssueNo',
      );
    if ((await kpiOf(trx, report.id, kpi.code)) !== undefined)
      throw new AppError(409, 'conflict', `ตัวชี้วัด ${kpi.code} มีอยู่แล้วในรายงานนี้`, 'code');
    const last = await lastOrders(trx, report.id);
    // A KPI removed from this quarter and added back starts above any version its entry or region rows had, so a
    // KPI form or a region office's form loaded before the removal is refused 409, never matched by chance.
    const removed = report.removed_kpi_versions[kpi.code] ?? 0;
    const [stored] = await insertKpis(trx, report.id, [
      {
        strategic_issue_no: kpi.strategicIssueNo,
        code: kpi.code,
        display_order: last.kpi + 1,
        name_th: kpi.nameTh,
        unit_th: kpi.unitTh,
        accumulation: kpi.accumulation,
        annual_target: kpi.annualTarget,
        source_line: null,
        threshold_value: kpi.threshold,
        threshold_comparison: kpi.threshold === null ? null : 'gte',
        row_version: removed + 1,
        removed_region_version: removed,
      },
    ]);
    await insertKpiParts(trx, {
      quarters: kpi.planned.map((planned, index) => ({
        kpi_id: stored?.id ?? 0,
        quarter: index + 1,
        planned,
        result: null,
        printed_adjusted: null,
        printed_percent: null,
      })),
      regions: [],
      narratives: [],
    });
    await auditQuarterly(trx, user, {
      action: 'create',
      entity: 'quarterly_kpi',
      entityId: `${fiscalYear}/${quarter}/${kpi.code}`,
      before: null,
      after: kpi,
    });
  });
}

/**
 * Removes an item with its KPI, its quarters, region rows, measures and narratives from a draft; from an older
 * version of the KPI's entry than the stored one it is refused 409 stale (someone entered it since). The report keeps
 * the highest version the KPI's entry and region rows had, for the KPI added back.
 */
export async function removeKpi(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  code: string,
  rowVersion: number | undefined,
) {
  return editDraft(db, user, fiscalYear, quarter, async (trx, report) => {
    const kpi = await kpiOf(trx, report.id, code);
    if (kpi === undefined) throw notFound(`ตัวชี้วัด ${code} ในรายงานนี้`, 'code');
    const record = kpiEntryRecord(fiscalYear, quarter, code);
    await requireRowVersion(trx, record, kpi.row_version, rowVersion);
    await keepRemovedKpiVersion(trx, kpi.id);
    await guardedDelete(trx, record, rowVersion, () => deleteKpi(trx, kpi.id, rowVersion));
    await auditQuarterly(trx, user, {
      action: 'delete',
      entity: 'quarterly_kpi',
      entityId: `${fiscalYear}/${quarter}/${code}`,
      before: { code },
      after: null,
    });
  });
}

/**
 * New display orders: the issues' own order differs from their numbers (004 shows SI-1, SI-3, SI-2, SI-4), and the
 * KPIs follow the order given. Every issue and KPI listed must be in the report, each once.
 */
export async function reorderReport(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  { rowVersion, ...order }: { issues: number[]; kpis: string[]; rowVersion?: number | undefined },
) {
  return editDraft(db, user, fiscalYear, quarter, async (trx, report) => {
    const file = await storedFileOf(trx, report);
    const issues = new Set(file.strategicIssues.map((i) => i.no));
    const kpis = new Set(file.kpis.map((k) => k.code));
    const unknownIssue = order.issues.find((no) => !issues.has(no));
    if (unknownIssue !== undefined) throw notFound(`ประเด็นยุทธศาสตร์ที่ ${unknownIssue} ในรายงานนี้`, 'issues');
    const unknownKpi = order.kpis.find((code) => !kpis.has(code));
    if (unknownKpi !== undefined) throw notFound(`ตัวชี้วัด ${unknownKpi} ในรายงานนี้`, 'kpis');
    if (new Set(order.issues).size !== order.issues.length || new Set(order.kpis).size !== order.kpis.length)
      throw new AppError(422, 'invalid', 'ลำดับมีประเด็นยุทธศาสตร์หรือตัวชี้วัดซ้ำกัน', 'kpis');
    if (order.issues.length !== issues.size && order.issues.length > 0)
      throw new AppError(422, 'invalid', 'ต้องเรียงประเด็นยุทธศาสตร์ให้ครบทุกประเด็น', 'issues');
    if (order.kpis.length !== kpis.size && order.kpis.length > 0)
      throw new AppError(422, 'invalid', 'ต้องเรียงตัวชี้วัดให้ครบทุกตัว', 'kpis');
    await editReportRow(trx, report, {}, rowVersion);
    await reorder(trx, report.id, order.issues, order.kpis);
    await auditQuarterly(trx, user, {
      action: 'update',
      entity: 'quarterly_report',
      entityId: `${fiscalYear}/${quarter}`,
      before: null,
      after: order,
    });
  });
}
