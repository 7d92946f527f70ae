import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNation, KPIS_PER_AGREEMENT, type NationSummary } from '../../bench/nation/generate.ts';
import { mulberry32, spread } from '../../bench/nation/prng.ts';
import { nationUsers } from '../../bench/nation/users.ts';
import type { DatabaseHandle, Db, Engine } from '../../src/db/database.ts';
import { userOfSession } from '../../src/modules/auth/service.ts';
import { engines, openTestDatabase } from '../helpers.ts';

// The synthetic nation of bench/nation (issue R2-6 §1), small: 8,000 villages, 600 households, the agreements,
// reports and budget of Yala only. Same seed → same content (a digest of every generated table), on each engine
// and across engines; the promised counts; the rollups current after generation.
const options = {
  households: 600,
  villages: 8_000,
  seed: 7,
  provinceCodes: ['95'],
  budgetLinesPerProvince: 3,
};

/** A digest of the generated content, ids left out (they follow from the order of inserts, which is fixed). */
async function digest(db: Db) {
  const part = (query: ReturnType<typeof sql<{ d: string | null }>>) =>
    query.execute(db).then((r) => r.rows[0]?.d ?? '');
  return {
    villages: await part(sql`
      select md5(string_agg(code || path || name_th, ',' order by code)) as d from units where kind = 'village'`),
    households: await part(sql`
      select md5(string_agg(concat_ws('|', h.house_code, u.code, h.members, h.status, h.problem_health,
        h.problem_living, h.problem_education, h.problem_income, h.problem_access, h.address), ',' order by h.house_code)) as d
      from households h join units u on u.id = h.unit_id`),
    incomes: await part(sql`
      select md5(string_agg(h.house_code || ':' || i.survey_year || ':' || i.income_per_person, ','
        order by h.house_code, i.survey_year)) as d
      from household_incomes i join households h on h.id = i.household_id`),
    plans: await part(sql`
      select md5(string_agg(h.house_code || ':' || p.due_on || ':' || (p.created_at at time zone 'Asia/Bangkok')::date, ',' order by h.house_code)) as d
      from household_plan_items p join households h on h.id = p.household_id`),
    activities: await part(sql`
      select md5(string_agg(h.house_code || ':' || a.done_on, ',' order by h.house_code)) as d
      from household_activities a join households h on h.id = a.household_id`),
    results: await part(sql`
      select md5(string_agg(u.code || ':' || k.key || ':' || r.value || ':' || r.as_of, ',' order by u.code, k.key)) as d
      from kpi_results r join kpis k on k.id = r.kpi_id join units u on u.id = r.unit_id`),
    scores: await part(sql`
      select md5(string_agg(u.code || ':' || s.pair || ':' || coalesce(s.score::text, '-'), ',' order by u.code, s.pair)) as d
      from agreement_scores s join units u on u.id = s.agent_unit_id`),
    submissions: await part(sql`
      select md5(string_agg(concat_ws('|', u.code, s.period_key, s.due_date, s.status, extract(epoch from s.first_submitted_at)::bigint, s.values::text),
        ',' order by u.code, s.period_key)) as d
      from submissions s join units u on u.id = s.unit_id`),
    budget: await part(sql`
      select md5(string_agg(concat_ws('|', l.name, e.kind, e.occurred_on, e.amount), ','
        order by l.name, e.occurred_on, e.kind, e.amount)) as d
      from budget_events e join budget_lines l on l.id = e.line_id`),
    rollups: await part(sql`
      select md5(string_agg(concat_ws('|', u.code, r.status, r.households, r.planned, r.active), ','
        order by u.code, r.status)) as d
      from household_progress_status r join units u on u.id = r.unit_id`),
  };
}

describe('the PRNG', () => {
  it('repeats its sequence for a seed and spreads a total exactly', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
    const counts = spread(75_000, 7_436, mulberry32(1));
    expect(counts.reduce((s, c) => s + c, 0)).toBe(75_000);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(99);
  });
});

const digests = new Map<Engine, Awaited<ReturnType<typeof digest>>>();

describe.each(engines())('the synthetic nation on %s', (engine) => {
  const handles: DatabaseHandle[] = [];
  afterAll(async () => {
    for (const h of handles) await h.close();
  });

  it('makes the promised counts, current rollups and the same content from the same seed', async () => {
    const first = await openTestDatabase(engine);
    handles.push(first);
    const summary: NationSummary = await generateNation(first, options);
    expect(summary).toMatchObject({
      provinces: 77,
      districts: 928,
      subdistricts: 7_436,
      villages: 8_000,
      households: 600,
      agreements: 1 + 8, // Yala's DG agreement and its 8 districts'
      kpiResults: 9 * KPIS_PER_AGREEMENT,
    });
    expect(summary.submissions).toBeGreaterThan(8 * 12 * 0.8);
    expect(summary.submissions).toBeLessThanOrEqual(8 * 12);
    const { db } = first;
    const check = (
      await sql<{
        bad_codes: number;
        scores: number;
        progress: number;
        months: number;
        figures: number;
        orphans: number;
      }>`
        select
          (select count(*) from households h join units u on u.id = h.unit_id
            where u.kind <> 'village' or left(h.house_code, 2) <> split_part(u.path, '/', 3))::int as bad_codes,
          (select count(*) from agreement_scores)::int as scores,
          (select coalesce(sum(households), 0) from household_progress_status)::int as progress,
          (select count(*) from kpi_result_months)::int as months,
          (select count(*) from budget_month_figures)::int as figures,
          (select count(*) from units s where s.kind = 'subdistrict'
            and not exists (select 1 from units v where v.parent_id = s.id))::int as orphans`.execute(db)
    ).rows[0];
    expect(check).toEqual({
      bad_codes: 0,
      scores: 9,
      progress: 600,
      months: 9 * KPIS_PER_AGREEMENT * 6,
      figures: expect.any(Number),
      orphans: 0,
    });
    expect(check?.figures).toBeGreaterThan(0);

    const second = await openTestDatabase(engine);
    handles.push(second);
    await generateNation(second, options);
    const [a, b] = [await digest(first.db), await digest(second.db)];
    expect(b).toEqual(a);
    expect(Object.values(a).every((d) => d.length === 32)).toBe(true);
    digests.set(engine, a);
    const other = [...digests.entries()].find(([e]) => e !== engine);
    if (other) expect(a).toEqual(other[1]);

    const users = await nationUsers(first);
    expect(users.filter((u) => u.role === 'district_officer')).toHaveLength(928);
    const sessions = await sql<{ n: number }>`select count(*)::int as n from sessions`.execute(db);
    expect(sessions.rows[0]?.n).toBe(users.length);
    const officer = users.find((u) => u.username === 'nation.d.9501');
    expect((await userOfSession(db, officer?.token ?? ''))?.unit.code).toBe('9501');
  }, 600_000);
});
