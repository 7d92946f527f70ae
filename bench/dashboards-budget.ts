// Measures the budget curve (GET /api/dashboards/budget) at national scale on PGlite: a synthetic fiscal year of
// 77 provinces, each with --lines allocation lines (default 60) spread over the province office and its districts,
// each line an allocation, two disbursements a month, a purchase order paid a month later and a return: about
// 3,100 events per province-year, 240,000 in all. Times the nation's curve (one grouped read + the register's
// formula per month end, for the nation and for each province) and one province's, split into the SQL read and the
// computation, and prints the median of --runs runs (default 5). PGlite in memory; asserts nothing.
// Run: npx tsx bench/dashboards-budget.ts [--lines 60] [--runs 5]
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { openPglite } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { login, userOfSession } from '../src/modules/auth/service.ts';
import { monthFiguresUnder, refreshYearFigures } from '../src/modules/budget/curve.ts';
import { addEvent } from '../src/modules/budget/service.ts';
import { budgetDashboard } from '../src/modules/dashboards/registers.ts';
import { loadAdminUnits } from '../src/modules/org-units/admin-data.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const linesPerProvince = Number(arg('--lines')) || 60;
const runs = Number(arg('--runs')) || 5;
const FISCAL_YEAR = 2568;

loadConfig({ ...process.env, TIDTAM_LOG_LEVEL: 'silent' });
const handle = await openPglite({});
const db = handle.db;
await migrateToLatest(db);
await loadAdminUnits(db);

const t0 = performance.now();
// Lines: n per province, on the province office or one of its districts in turn.
await sql`
  insert into budget_lines (fiscal_year, unit_id, category, name)
  select ${FISCAL_YEAR}::int, coalesce(d.id, p.id), 'งบดำเนินงาน', 'โครงการ ' || p.code || '-' || n
  from units p
  cross join generate_series(1, ${linesPerProvince}::int) as n
  left join lateral (
    select id from units d where d.kind = 'district' and d.parent_id = p.id
    order by d.code offset (n % 8) limit 1
  ) d on n % 3 <> 0
  where p.kind = 'province'`.execute(db);
// Events per line: allocation 1 Oct 2024 (1,000,000), two disbursements a month (9,000 each, Oct–Sep),
// a PO of 50,000 on 10 Feb paid on 15 Mar, a return of 20,000 on 20 Jul (before the 29 Aug cut-off).
await sql`
  insert into budget_events (line_id, kind, occurred_on, amount, against_purchase_order)
  select l.id, 'allocation', date '2024-10-01', 1000000, false from budget_lines l
  union all
  select l.id, 'disbursement', (date '2024-10-01' + (m || ' months')::interval + (d || ' days')::interval)::date, 9000, false
  from budget_lines l cross join generate_series(0, 11) m cross join (values (4), (18)) as x(d)
  union all select l.id, 'purchase-order', date '2025-02-10', 50000, false from budget_lines l
  union all select l.id, 'disbursement', date '2025-03-15', 50000, true from budget_lines l
  union all select l.id, 'return', date '2025-07-20', 20000, false from budget_lines l`.execute(db);
await sql`analyze budget_lines, budget_events`.execute(db);
const counts = (
  await sql<{ lines: number; events: number }>`
    select (select count(*) from budget_lines)::int as lines, (select count(*) from budget_events)::int as events`.execute(
    db,
  )
).rows[0];
console.log(
  `synthetic FY ${FISCAL_YEAR}: ${counts?.lines} lines, ${counts?.events} events over 77 provinces, made in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

await createUserAsSystem(db, {
  username: 'bench.cdd',
  password: 'bench-password',
  role: 'department_admin',
  unitCode: 'CDD',
  displayName: 'bench',
});
const user = await userOfSession(db, (await login(db, 'bench.cdd', 'bench-password', 1)).token);
if (!user) throw new Error('no bench user');

async function median(label: string, work: () => Promise<unknown>) {
  const times: number[] = [];
  await work(); // warm-up
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(58)} median ${mid.toFixed(0).padStart(6)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  return mid;
}

// Without the rollup: every line's events grouped per month and the register's formula at each month end, for
// every unit of the year (what a read would cost if it recomputed; also what a new return cut-off costs on write).
const start = performance.now();
await refreshYearFigures(db, FISCAL_YEAR);
console.log(
  `recompute of every unit's months (no rollup; the cut-off write)      ${(performance.now() - start).toFixed(0).padStart(6)} ms`,
);
const nation = await median('nation: GET /api/dashboards/budget from the rollup', () =>
  budgetDashboard(db, user, { unit: 'CDD', fiscalYear: FISCAL_YEAR }),
);
await median('nation: the rollup read alone (SQL)', () => monthFiguresUnder(db, '/CDD/', FISCAL_YEAR, 3));
await median('province (95): GET /api/dashboards/budget', () =>
  budgetDashboard(db, user, { unit: '95', fiscalYear: FISCAL_YEAR }),
);
const line = (
  await sql<{
    id: number;
  }>`select l.id from budget_lines l join units u on u.id = l.unit_id where u.code = '95' limit 1`.execute(db)
).rows[0];
await median("one disbursement added (event, audit, its unit's 12 months)", () =>
  addEvent(db, user, line?.id ?? 0, { kind: 'disbursement', date: '2025-09-28', amount: '1.00' }),
);

const sample = await budgetDashboard(db, user, { unit: 'CDD', fiscalYear: FISCAL_YEAR });
console.log(
  `nation at ${sample.asOf}: ${sample.months.at(-1)?.percent} % spent, ${sample.areas.length} provinces listed; goal (issue R2-6) ≤ 400 ms on PGlite: ${nation <= 400 ? 'met' : 'not met'}`,
);
await handle.close();
