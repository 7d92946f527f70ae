import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BudgetEventKind } from '../../db/tables/registers.ts';
import { pathUnder } from '../../plugins/access.ts';

export type MonthlyEventRow = {
  line_id: number;
  unit_id: number;
  category: string;
  kind: BudgetEventKind;
  against_purchase_order: boolean;
  occurred_on: string;
  amount: string;
};

/**
 * The budget events of these units' own lines in a fiscal year, summed per line, kind, month and side of the return
 * cut-off (and PO settlement), each sum dated on its group's last day. At any month end these sums give the register's
 * figures exactly: every event of a group is on the same side of the month end and of the cut-off. One statement.
 */
export function monthlyEventsOfUnits(db: Db, unitIds: number[], fiscalYear: number, returnCutoff: string) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return sql<MonthlyEventRow>`
    select l.id as line_id, l.unit_id, l.category, e.kind, e.against_purchase_order,
      to_char(max(e.occurred_on), 'YYYY-MM-DD') as occurred_on, sum(e.amount)::text as amount
    from budget_lines l
    join budget_events e on e.line_id = l.id
    where l.unit_id in (${sql.join(unitIds.map((id) => sql`${id}::int`))}) and l.fiscal_year = ${fiscalYear}::int
    group by l.id, l.unit_id, l.category, e.kind, e.against_purchase_order, date_trunc('month', e.occurred_on),
      e.occurred_on > ${returnCutoff}::date
    order by l.id, max(e.occurred_on)`
    .execute(db)
    .then((r) => r.rows);
}

/** The units under `path` with lines in the year and no month figures yet (computed on their first read). */
export function unitsWithoutFigures(db: Db, path: string, fiscalYear: number) {
  return sql<{ id: number }>`
    select distinct l.unit_id as id from budget_lines l join units u on u.id = l.unit_id
    where ${pathUnder(sql.ref('u.path'), path)} and l.fiscal_year = ${fiscalYear}::int
      and not exists (select 1 from budget_month_figures f where f.unit_id = l.unit_id and f.fiscal_year = l.fiscal_year)`
    .execute(db)
    .then((r) => r.rows.map((row) => row.id));
}

/** Every unit with lines in the year (a new return cut-off moves all of them). */
export function unitsWithLines(db: Db, fiscalYear: number) {
  return sql<{
    id: number;
  }>`select distinct unit_id as id from budget_lines where fiscal_year = ${fiscalYear}::int`
    .execute(db)
    .then((r) => r.rows.map((row) => row.id));
}

export type MonthFigureRow = {
  unit_id: number;
  month: string;
  allocated: string;
  deducted_returns: string;
  base: string;
  disbursed: string;
  committed: string;
  spent: string;
  reason: string | null;
};

/** Replaces these units' month figures of the year in two statements. */
export async function replaceMonthFigures(
  db: Db,
  unitIds: number[],
  fiscalYear: number,
  rows: MonthFigureRow[],
) {
  if (unitIds.length === 0) return;
  await sql`delete from budget_month_figures where fiscal_year = ${fiscalYear}::int
    and unit_id in (${sql.join(unitIds.map((id) => sql`${id}::int`))})`.execute(db);
  if (rows.length === 0) return;
  await sql`
    insert into budget_month_figures (unit_id, fiscal_year, month, allocated, deducted_returns, base, disbursed,
      committed, spent, reason)
    select unit_id, ${fiscalYear}::int, (month || '-01')::date, allocated, deducted_returns, base, disbursed, committed,
      spent, reason
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(unit_id integer, month text, allocated numeric,
      deducted_returns numeric, base numeric, disbursed numeric, committed numeric, spent numeric, reason text)`.execute(
    db,
  );
}

export type AreaMonthRow = {
  area: string;
  month: string;
  allocated: string;
  deducted_returns: string;
  base: string;
  disbursed: string;
  committed: string;
  spent: string;
  reason: string | null;
};

/**
 * The month figures under `path` summed per area (`segment` of the unit path: 3 the province) and month: the figures
 * of a set of lines are the sums of their lines' amounts, so units add up. A month any unit cannot compute carries
 * that unit's reason.
 */
export function monthFiguresByArea(db: Db, path: string, fiscalYear: number, segment: number) {
  return sql<AreaMonthRow>`
    select split_part(u.path, '/', ${segment}::int) as area, to_char(f.month, 'YYYY-MM') as month,
      sum(f.allocated)::text as allocated, sum(f.deducted_returns)::text as deducted_returns,
      sum(f.base)::text as base, sum(f.disbursed)::text as disbursed, sum(f.committed)::text as committed,
      sum(f.spent)::text as spent, min(f.reason) as reason
    from budget_month_figures f join units u on u.id = f.unit_id
    where f.fiscal_year = ${fiscalYear}::int and ${pathUnder(sql.ref('u.path'), path)}
    group by 1, 2
    order by 1, 2`
    .execute(db)
    .then((r) => r.rows);
}
