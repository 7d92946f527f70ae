import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type {
  QuarterlyKpiMeasuresTable,
  QuarterlyKpiQuartersTable,
  QuarterlyKpisTable,
  QuarterlyMeasureQuartersTable,
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
  if (ids.length === 0)
    return { issues, kpis, quarters: [], regions: [], narratives: [], measures: [], measureQuarters: [] };
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
    .orderBy('quarter')
    .orderBy('position')
    .execute();
  const narratives = await db
    .selectFrom('quarterly_narratives')
    .selectAll()
    .where('kpi_id', 'in', ids)
    .orderBy('kpi_id')
    .orderBy('position')
    .execute();
  const measures = await db
    .selectFrom('quarterly_kpi_measures')
    .selectAll()
    .where('kpi_id', 'in', ids)
    .orderBy('kpi_id')
    .orderBy('position')
    .execute();
  const measureQuarters = await db
    .selectFrom('quarterly_measure_quarters')
    .selectAll()
    .where('kpi_id', 'in', ids)
    .orderBy('kpi_id')
    .orderBy('position')
    .orderBy('quarter')
    .execute();
  return { issues, kpis, quarters, regions, narratives, measures, measureQuarters };
}

/** The latest report before a fiscal year and quarter: the one a new quarter is made from. */
export async function reportBefore(db: Db, fiscalYear: number, quarter: number) {
  return db
    .selectFrom('quarterly_reports')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('fiscal_year', '<', fiscalYear),
        eb.and([eb('fiscal_year', '=', fiscalYear), eb('quarter', '<', quarter)]),
      ]),
    )
    .orderBy('fiscal_year', 'desc')
    .orderBy('quarter', 'desc')
    .executeTakeFirst();
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
    measures?: Insertable<QuarterlyKpiMeasuresTable>[];
    measureQuarters?: Insertable<QuarterlyMeasureQuartersTable>[];
  },
) {
  if (parts.quarters.length > 0)
    await db.insertInto('quarterly_kpi_quarters').values(parts.quarters).execute();
  if (parts.regions.length > 0)
    await db.insertInto('quarterly_region_results').values(parts.regions).execute();
  if (parts.narratives.length > 0)
    await db.insertInto('quarterly_narratives').values(parts.narratives).execute();
  if (parts.measures !== undefined && parts.measures.length > 0)
    await db.insertInto('quarterly_kpi_measures').values(parts.measures).execute();
  if (parts.measureQuarters !== undefined && parts.measureQuarters.length > 0)
    await db.insertInto('quarterly_measure_quarters').values(parts.measureQuarters).execute();
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
    .select(['id', 'code', 'row_version'])
    .where('report_id', '=', reportId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/**
 * Moves a KPI's entry on one version, only while it is at the version the client loaded (any when none was sent),
 * keeping the highest version of the region rows the entry removes (2026-12-10-0900): answers the KPI's highest
 * removed version, or nothing when no row changed (someone saved it in between).
 */
export function bumpKpiVersion(
  db: Db,
  kpiId: number,
  sent: number | undefined,
  removedRegionVersion: number,
) {
  return db
    .updateTable('quarterly_kpis')
    .set({
      row_version: nextRowVersion(),
      removed_region_version: sql<number>`greatest(removed_region_version, ${removedRegionVersion}::integer)`,
    })
    .where('id', '=', kpiId)
    .where(atRowVersion(sent))
    .returning('removed_region_version')
    .executeTakeFirst();
}

/** Moves the KPIs' entries on one version each, in one statement: a region office changed their region results. */
export async function bumpKpiVersions(db: Db, kpiIds: number[]) {
  if (kpiIds.length === 0) return;
  await db
    .updateTable('quarterly_kpis')
    .set({ row_version: nextRowVersion() })
    .where('id', 'in', kpiIds)
    .execute();
}

/** Replaces what was entered for one KPI: quarters keep what the paper printed, regions and narratives are replaced. */
export async function replaceKpiEntry(
  db: Db,
  kpiId: number,
  quarter: number,
  entry: {
    quarters: { quarter: number; planned: string | null; result: string | null }[];
    regions: Omit<Insertable<QuarterlyRegionResultsTable>, 'kpi_id' | 'quarter'>[];
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
  await db
    .deleteFrom('quarterly_region_results')
    .where('kpi_id', '=', kpiId)
    .where('quarter', '=', quarter)
    .execute();
  await db.deleteFrom('quarterly_narratives').where('kpi_id', '=', kpiId).execute();
  await insertKpiParts(db, {
    quarters: [],
    regions: entry.regions.map((r) => ({ ...r, kpi_id: kpiId, quarter })),
    narratives: entry.narratives.map((n) => ({ ...n, kpi_id: kpiId })),
  });
}

export async function regionPrinted(db: Db, kpiId: number, quarter: number) {
  return db
    .selectFrom('quarterly_region_results')
    .select([
      'region',
      'name_th',
      'target',
      'result',
      'printed_percent',
      'narrative_th',
      'entered_by',
      'entered_at',
      'row_version',
    ])
    .where('kpi_id', '=', kpiId)
    .where('quarter', '=', quarter)
    .execute();
}

/** One region's rows of a quarter, with the KPI they belong to. */
export async function regionRows(db: Db, reportId: number, region: string, quarter: number) {
  return db
    .selectFrom('quarterly_region_results as r')
    .innerJoin('quarterly_kpis as k', 'k.id', 'r.kpi_id')
    .select(['r.kpi_id', 'k.code', 'r.result', 'r.narrative_th', 'r.row_version'])
    .where('k.report_id', '=', reportId)
    .where('r.region', '=', region as 'N')
    .where('r.quarter', '=', quarter)
    .execute();
}

/**
 * A region office's figures for a quarter, all in one statement, each row moved on one version. A row sent with the
 * version its form loaded is written only while it is still at it; answers the KPIs whose rows were written, so the
 * caller tells a row someone saved in between (missing from the answer).
 */
export async function updateRegionRows(
  db: Db,
  region: string,
  quarter: number,
  rows: {
    kpiId: number;
    result: string | null;
    narrativeTh: string | null;
    rowVersion: number | undefined;
  }[],
  by: number,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.kpiId}::integer, ${r.result}::numeric, ${r.narrativeTh}::text, ${r.rowVersion ?? null}::integer)`,
    ),
  );
  const written = await sql<{ kpi_id: number }>`update quarterly_region_results as q
    set result = v.result, narrative_th = v.narrative, entered_by = ${by}, entered_at = now(),
      row_version = q.row_version + 1
    from (values ${values}) as v(kpi_id, result, narrative, loaded)
    where q.kpi_id = v.kpi_id and q.region = ${region} and q.quarter = ${quarter}
      and (v.loaded is null or q.row_version = v.loaded)
    returning q.kpi_id`.execute(db);
  return written.rows.map((r) => r.kpi_id);
}

/** Per region: how many of the report's region rows of a quarter it has entered, and when it last did. */
export async function regionStatus(db: Db, reportId: number, quarter: number) {
  return db
    .selectFrom('quarterly_region_results as r')
    .innerJoin('quarterly_kpis as k', 'k.id', 'r.kpi_id')
    .select((eb) => [
      'r.region',
      eb.fn.countAll<string>().as('rows'),
      eb.fn.count<string>('r.result').as('entered'),
      eb.fn.max('r.entered_at').as('last_entered_at'),
    ])
    .where('k.report_id', '=', reportId)
    .where('r.quarter', '=', quarter)
    .groupBy('r.region')
    .execute();
}

export async function insertIssue(db: Db, issue: Insertable<QuarterlyStrategicIssuesTable>) {
  await db.insertInto('quarterly_strategic_issues').values(issue).execute();
}

export async function issueOf(db: Db, reportId: number, no: number) {
  return db
    .selectFrom('quarterly_strategic_issues')
    .selectAll()
    .where('report_id', '=', reportId)
    .where('no', '=', no)
    .executeTakeFirst();
}

export async function deleteIssue(db: Db, reportId: number, no: number) {
  await db
    .deleteFrom('quarterly_strategic_issues')
    .where('report_id', '=', reportId)
    .where('no', '=', no)
    .execute();
}

/**
 * Keeps on the quarter's report, under the KPI's code, the highest version its entry or any of its region rows reached
 * (2026-12-10-1000), before the KPI is removed: added back, it starts above it.
 */
export async function keepRemovedKpiVersion(db: Db, kpiId: number) {
  const highest = sql<number>`greatest(
    coalesce((q.removed_kpi_versions ->> k.code)::integer, 0),
    k.row_version,
    k.removed_region_version,
    coalesce((select max(r.row_version) from quarterly_region_results r where r.kpi_id = k.id), 0)
  )`;
  await db
    .updateTable('quarterly_reports as q')
    .from('quarterly_kpis as k')
    .set({ removed_kpi_versions: sql`q.removed_kpi_versions || jsonb_build_object(k.code, ${highest})` })
    .where('k.id', '=', kpiId)
    .whereRef('q.id', '=', 'k.report_id')
    .execute();
}

/** Removes a KPI while it is at the version the client loaded (any when none was sent). */
export function deleteKpi(db: Db, kpiId: number, sent: number | undefined) {
  return db.deleteFrom('quarterly_kpis').where('id', '=', kpiId).where(atRowVersion(sent)).executeTakeFirst();
}

/** The next display order after the report's last issue and last KPI. */
export async function lastOrders(db: Db, reportId: number) {
  const issue = await db
    .selectFrom('quarterly_strategic_issues')
    .select((eb) => eb.fn.max('display_order').as('last'))
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  const kpi = await db
    .selectFrom('quarterly_kpis')
    .select((eb) => eb.fn.max('display_order').as('last'))
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return { issue: Number(issue?.last ?? 0), kpi: Number(kpi?.last ?? 0) };
}

/** New display orders for the report's issues (by number) and KPIs (by code), each list in one statement. */
export async function reorder(db: Db, reportId: number, issues: number[], kpis: string[]) {
  if (issues.length > 0) {
    const values = sql.join(issues.map((no, index) => sql`(${no}::integer, ${index + 1}::integer)`));
    await sql`update quarterly_strategic_issues as s set display_order = v.position
      from (values ${values}) as v(no, position)
      where s.report_id = ${reportId} and s.no = v.no`.execute(db);
  }
  if (kpis.length > 0) {
    const values = sql.join(kpis.map((code, index) => sql`(${code}::text, ${index + 1}::integer)`));
    await sql`update quarterly_kpis as k set display_order = v.position
      from (values ${values}) as v(code, position)
      where k.report_id = ${reportId} and k.code = v.code`.execute(db);
  }
}

/**
 * An edit of the report itself (its as-of date, its order), moving it on one version, only while it is at the
 * version the client loaded (any when none was sent).
 */
export function updateReport(
  db: Db,
  reportId: number,
  changes: { as_of?: string | null },
  sent: number | undefined,
) {
  return db
    .updateTable('quarterly_reports')
    .set({ ...changes, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', reportId)
    .where(atRowVersion(sent))
    .executeTakeFirst();
}
