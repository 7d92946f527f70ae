import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { CODI_REGIONS, type RegionCode } from '../../domain/quarterly/aggregation.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import {
  bumpKpiVersions,
  regionRows,
  regionStatus,
  reportOf,
  reportRows,
  updateRegionRows,
} from './queries.ts';
import type { RegionEntry } from './schemas.ts';
import {
  auditQuarterly,
  draftReport,
  kpiEntryRecord,
  regionEntryRecord,
  sameFigure,
  staleEntry,
} from './service.ts';

/**
 * A CODI region office's account: staff whose unit is one of the five CODI regions (units of kind 'region',
 * codes CODI-N … CODI-BE, data/org/regions.json). Such an account reads only its region (a region has no units
 * under it in the tree) and enters its own region's figures here; no new role was needed.
 */
export function regionOfficeOf(user: AuthUser): RegionCode | null {
  if (user.unit.kind !== 'region' || user.role !== 'province_staff') return null;
  return CODI_REGIONS.find((r) => user.unit.code === `CODI-${r.code}`)?.code ?? null;
}

function regionNamed(code: string) {
  const region = CODI_REGIONS.find((r) => r.code === code);
  if (region === undefined) throw notFound(`ภาค ${code}`, 'region');
  return region;
}

/** The department enters for any region; a region office for its own only. */
function canEnterRegion(user: AuthUser, region: { code: RegionCode }): boolean {
  return user.role === 'department_admin' || regionOfficeOf(user) === region.code;
}

/** canEnterRegion, answering 403 for another region. */
function requireRegionWrite(user: AuthUser, region: { code: RegionCode; nameTh: string }) {
  if (canEnterRegion(user, region)) return;
  const own = regionOfficeOf(user);
  throw forbidden(
    own === null
      ? 'เฉพาะสำนักงานภาคและผู้ดูแลระดับกรมบันทึกผลรายภาคได้'
      : `บัญชีของคุณ (${user.unit.nameTh}) บันทึกผลของ${region.nameTh}ไม่ได้`,
  );
}

async function reportNamed(db: Db, fiscalYear: number, quarter: number) {
  const report = await reportOf(db, fiscalYear, quarter);
  if (report === undefined) throw notFound(`รายงานไตรมาส ${quarter} ปีงบประมาณ ${fiscalYear}`);
  return report;
}

/** Which region offices have entered their figures for the quarter: per region, rows entered of rows expected. */
export async function regionEntryStatus(db: Db, user: AuthUser, fiscalYear: number, quarter: number) {
  const report = await reportNamed(db, fiscalYear, quarter);
  const rows = await regionStatus(db, report.id, report.quarter);
  return {
    fiscalYear,
    quarter,
    status: report.status,
    ownRegion: regionOfficeOf(user),
    regions: CODI_REGIONS.map((region) => {
      const row = rows.find((r) => r.region === region.code);
      const expected = Number(row?.rows ?? 0);
      const entered = Number(row?.entered ?? 0);
      return {
        region: region.code,
        nameTh: region.nameTh,
        expected,
        entered,
        complete: expected > 0 && entered === expected,
        lastEnteredAt: row?.last_entered_at == null ? null : new Date(row.last_entered_at).toISOString(),
      };
    }),
  };
}

/** One region's rows of the quarter: each KPI with a region target, the results to date before and now. */
export async function regionEntryView(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  code: string,
) {
  const region = regionNamed(code);
  const report = await reportNamed(db, fiscalYear, quarter);
  const rows = await reportRows(db, report.id);
  const own = rows.regions.filter((r) => r.region === region.code);
  const kpis = rows.kpis.flatMap((k) => {
    const now = own.find((r) => r.kpi_id === k.id && r.quarter === report.quarter);
    if (now === undefined) return [];
    return [
      {
        code: k.code,
        nameTh: k.name_th,
        unitTh: k.unit_th,
        accumulation: k.accumulation,
        target: now.target,
        result: now.result,
        narrativeTh: now.narrative_th,
        enteredAt: now.entered_at?.toISOString() ?? null,
        rowVersion: now.row_version,
        earlier: [1, 2, 3]
          .filter((n) => n < report.quarter)
          .map((n) => own.find((r) => r.kpi_id === k.id && r.quarter === n)?.result ?? null),
      },
    ];
  });
  const canEnter = report.status === 'draft' && canEnterRegion(user, region);
  return {
    fiscalYear,
    quarter,
    titleTh: report.title_th,
    status: report.status,
    region: { code: region.code, nameTh: region.nameTh },
    canEnter,
    kpis,
  };
}

/**
 * The 409 of a region's row of a KPI saved from an older version: named after the region office's last entry, or
 * the department's entry of the KPI when that came later.
 */
function staleRegionRow(
  db: Db,
  fiscalYear: number,
  quarter: number,
  region: { code: RegionCode; nameTh: string },
  code: string,
  sent: number | undefined,
  stored?: number,
) {
  const { entity, entityId } = kpiEntryRecord(fiscalYear, quarter, code);
  return staleEntry(
    db,
    {
      ...regionEntryRecord(fiscalYear, quarter, region.code),
      what: `ผลของ${region.nameTh} ตัวชี้วัด ${code} ในรายงานไตรมาส ${quarter}/${fiscalYear} `,
    },
    { entity, entityId },
    sent,
    stored,
  );
}

/**
 * A region office enters its region's results to date and narratives for the quarter, in one transaction,
 * audited; refused once the quarter is published. Only KPIs with a target for the region can be entered. Each row
 * (a KPI of the region) has its own version: a row saved from an older one is refused 409 stale and nothing is
 * saved; two regions, or two KPIs, never conflict. A KPI whose region result changes moves on a version, so the
 * department's entry form of that KPI loaded before is refused too.
 */
export async function enterRegion(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  quarter: number,
  code: string,
  entry: RegionEntry,
) {
  const region = regionNamed(code);
  requireRegionWrite(user, region);
  await inTransaction(db, async (trx) => {
    const report = await draftReport(trx, fiscalYear, quarter);
    const rows = await regionRows(trx, report.id, region.code, report.quarter);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const missing = entry.kpis.find((k) => !byCode.has(k.code));
    if (missing !== undefined)
      throw new AppError(
        422,
        'invalid',
        `ตัวชี้วัด ${missing.code} ไม่มีเป้าหมายของ${region.nameTh}ในรายงานนี้`,
        'kpis',
      );
    const storedVersion = (kpi: string) => byCode.get(kpi)?.row_version;
    const stale = entry.kpis.find(
      (k) => k.rowVersion !== undefined && k.rowVersion !== storedVersion(k.code),
    );
    if (stale !== undefined)
      throw await staleRegionRow(
        trx,
        fiscalYear,
        quarter,
        region,
        stale.code,
        stale.rowVersion,
        storedVersion(stale.code),
      );
    await bumpKpiVersions(
      trx,
      entry.kpis.flatMap((k) => {
        const row = byCode.get(k.code);
        return row === undefined || sameFigure(row.result, k.result) ? [] : [row.kpi_id];
      }),
    );
    const written = await updateRegionRows(
      trx,
      region.code,
      report.quarter,
      entry.kpis.map((k) => ({
        kpiId: byCode.get(k.code)?.kpi_id ?? 0,
        result: k.result,
        narrativeTh: k.narrativeTh === null || k.narrativeTh.trim() === '' ? null : k.narrativeTh.trim(),
        rowVersion: k.rowVersion,
      })),
      user.id,
    );
    const lost = entry.kpis.find((k) => !written.includes(byCode.get(k.code)?.kpi_id ?? 0));
    if (lost !== undefined)
      throw await staleRegionRow(trx, fiscalYear, quarter, region, lost.code, lost.rowVersion);
    await auditQuarterly(trx, user, {
      action: 'update',
      entity: 'quarterly_region_entry',
      entityId: `${fiscalYear}/${quarter}/${region.code}`,
      before: rows.map((r) => ({ code: r.code, result: r.result, narrativeTh: r.narrative_th })),
      after: entry.kpis.map(({ rowVersion: _loaded, ...k }) => k),
    });
  });
  return regionEntryView(db, user, fiscalYear, quarter, code);
}
