import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  QuarterlyKpiQuartersTable,
  QuarterlyKpisTable,
  QuarterlyNarrativesTable,
  QuarterlyRegionResultsTable,
  QuarterlyReportsTable,
  QuarterlyStrategicIssuesTable,
} from '../../db/tables/quarterly.ts';

export type NewQuarterlyKpi = Omit<Insertable<QuarterlyKpisTable>, 'report_id'>;

export async function reportList(db: Db) {
  return db
    .selectFrom('quarterly_reports')
    .select(['id', 'fiscal_year', 'quarter', 'title_th', 'status', 'as_of'])
    .orderBy('fiscal_year', 'desc')
    .orderBy('quarter', 'desc')
    .execute();
}

export async function reportOf(db: Db, fiscalYear: number, quarter: number) {
  return db
    .selectFrom('quarterly_reports')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
}

/** Everything under one report, four queries whatever its size. */
export async function reportRows(db: Db, reportId: number) {
  const issues = await db
    .selectFrom('quarterly_strategic_issues')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('display_order')
    .execute();
  const kpis = await db
    .selectFrom('quarterly_kpis')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('display_order')
    .execute();
  const ids = kpis.map((k) => k.id);
  if (ids.length === 0) return { issues, kpis, quarters: [], regions: [], narratives: [] };
  const quarters = await db
    .selectFrom('quarterly_kpi_quarters')
    .selectAll()
    .where('kpi_id', 'in', ids)
    .orderBy('kpi_id')
    .orderBy('quarter')
    .execute();
  const regions = await db
    .selectFrom('quarterly_region_results')
    .selectAll()
    .where('kpi_id', 'in', ids)
    .orderBy('kpi_id')
    .orderBy('position')
    .execute();
  const narratives = await db
    .selectFrom('quarterly_narratives')
    .selectAll()
    .where('kpi_id', 'in', ids)
    .orderBy('kpi_id')
    .orderBy('position')
    .execute();
  return { issues, kpis, quarters, regions, narratives };
}

export async function insertReport(db: Db, report: Insertable<QuarterlyReportsTable>): Promise<number> {
  const row = await db
    .insertInto('quarterly_reports')
    .values(report)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertIssues(db: Db, issues: Insertable<QuarterlyStrategicIssuesTable>[]) {
  if (issues.length > 0) await db.insertInto('quarterly_strategic_issues').values(issues).execute();
}

export async function insertKpis(db: Db, reportId: number, kpis: NewQuarterlyKpi[]) {
  if (kpis.length === 0) return [];
  return db
    .insertInto('quarterly_kpis')
    .values(kpis.map((k) => ({ ...k, report_id: reportId })))
    .returning(['id', 'code'])
    .execute();
}

export async function insertKpiParts(
  db: Db,
  parts: {
    quarters: Insertable<QuarterlyKpiQuartersTable>[];
    regions: Insertable<QuarterlyRegionResultsTable>[];
    narratives: Insertable<QuarterlyNarrativesTable>[];
  },
) {
  if (parts.quarters.length > 0)
    await db.insertInto('quarterly_kpi_quarters').values(parts.quarters).execute();
  if (parts.regions.length > 0)
    await db.insertInto('quarterly_region_results').values(parts.regions).execute();
  if (parts.narratives.length > 0)
    await db.insertInto('quarterly_narratives').values(parts.narratives).execute();
}

export async function setStatus(db: Db, reportId: number, published: { by: number; at: Date } | null) {
  await db
    .updateTable('quarterly_reports')
    .set({
      status: published === null ? 'draft' : 'published',
      published_at: published?.at ?? null,
      published_by: published?.by ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', reportId)
    .execute();
}

export async function kpiOf(db: Db, reportId: number, code: string) {
  return db
    .selectFrom('quarterly_kpis')
    .select(['id', 'code'])
    .where('report_id', '=', reportId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Replaces what was entered for one KPI: quarters keep what the paper printed, regions and narratives are replaced. */
export async function replaceKpiEntry(
  db: Db,
  kpiId: number,
  entry: {
    quarters: { quarter: number; planned: string | null; result: string | null }[];
    regions: Omit<Insertable<QuarterlyRegionResultsTable>, 'kpi_id'>[];
    narratives: Omit<Insertable<QuarterlyNarrativesTable>, 'kpi_id'>[];
  },
) {
  await db
    .insertInto('quarterly_kpi_quarters')
    .values(entry.quarters.map((q) => ({ kpi_id: kpiId, ...q })))
    .onConflict((oc) =>
      oc.columns(['kpi_id', 'quarter']).doUpdateSet((eb) => ({
        planned: eb.ref('excluded.planned'),
        result: eb.ref('excluded.result'),
      })),
    )
    .execute();
  await db.deleteFrom('quarterly_region_results').where('kpi_id', '=', kpiId).execute();
  await db.deleteFrom('quarterly_narratives').where('kpi_id', '=', kpiId).execute();
  await insertKpiParts(db, {
    quarters: [],
    regions: entry.regions.map((r) => ({ ...r, kpi_id: kpiId })),
    narratives: entry.narratives.map((n) => ({ ...n, kpi_id: kpiId })),
  });
}

export async function regionPrinted(db: Db, kpiId: number) {
  return db
    .selectFrom('quarterly_region_results')
    .select(['region', 'name_th', 'printed_percent'])
    .where('kpi_id', '=', kpiId)
    .execute();
}

export async function setAsOf(db: Db, reportId: number, asOf: string) {
  await db
    .updateTable('quarterly_reports')
    .set({ as_of: asOf, updated_at: new Date() })
    .where('id', '=', reportId)
    .execute();
}
