import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import type { RegisterMeasure } from '../../db/tables/registers.ts';
import { householdsNeeded } from '../../domain/registers/poverty-targets.ts';
import type { PortfolioStatus } from '../../domain/registers/womens-fund-portfolio.ts';
import { type ThresholdCriteria, thresholdCriteriaSchema } from '../../domain/scoring/criteria.ts';
import { KPI_SET_DIR, readKpiSetFile } from '../agreements/kpi-set-files.ts';
import { ensureLines, insertDemoPlans, insertEvents } from '../budget/service.ts';
import { type HouseholdBatchRow, recountUnder, saveHouseholdBatch } from '../households/service.ts';
import { kpisOfKpiSet } from '../kpis/service.ts';
import { subdistrictsOf, unitsByCodes } from '../org-units/service.ts';
import { bindDemoKpis } from '../register-bindings/service.ts';
import { portfolioColumns } from '../womens-fund/portfolio.ts';
import { upsertPortfolios, upsertSnapshots } from '../womens-fund/service.ts';

type DemoRegisters = {
  budget: {
    unit: string;
    fiscalYear: number;
    lines: { category: string; name: string; allocated: string; spent: string }[];
    allocatedOn: string;
    spentOn: string;
  }[];
  womensFundSnapshots: { unit: string; asOf: string; outstanding: string; notYetDue: string }[];
  womensFundPortfolios: {
    unit: string;
    asOf: string;
    approvedFrom: number;
    approvedTo: number;
    approvedProjects: number;
    approvedAmount: string;
    lines: Record<PortfolioStatus, { projects: number; amount: string }>;
  }[];
  households: {
    kpiSet: string;
    kpi: string;
    fiscalYear: number;
    /**
     * Per district, the level of its target table (001 L433–442) whose count of passing households the demo uses, and
     * the level KPI I4's rule gives that count (remaining % against 001 L416–420's thresholds), which the summary shows.
     */
    levels: Record<string, { table: number; rule: number }>;
    othersPerDistrict: Record<'welfare-requested' | 'self-reliant', number>;
  };
  bindings: { kpiSet: string; kpi: string; measure: RegisterMeasure; asOf: string }[];
};

const registersFile = (): DemoRegisters =>
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/demo/registers.json'), 'utf8'),
  ) as DemoRegisters;

type I4Target = { developable: number; mustPass: number[] };

/**
 * The level KPI I4's rule gives a district where `passing` of its targets passed: the highest whose required count
 * (domain householdsNeeded: remaining "ไม่เกิน ร้อยละ ๑๔" … "๑๐", 001 L416–420) is met, or 0. The table may name a
 * higher one: Yaha's level 5 is 5 of 6 households, 16.67 % remaining, level 0 by the rule.
 */
function ruleLevel(criteria: ThresholdCriteria, developable: number, passing: number): number {
  const met = (householdsNeeded(criteria, developable, passing) ?? []).filter(
    (l) => l.required !== null && l.required <= passing,
  );
  return Math.max(0, ...met.map((l) => l.level));
}

/**
 * Synthetic poor households for each district of the I4 table: its developable targets below the line in the
 * baseline year, as many of them above it in the result year as the district table asks for the table level named
 * (checked against the level the KPI's rule gives, which is what the summary shows), and a
 * few welfare-requested and self-reliant households. House codes are the district code, 9, and a running number;
 * addresses say "ข้อมูลสาธิต"; no names or ID numbers.
 */
function demoHouseholds(
  file: DemoRegisters['households'],
  criteria: ThresholdCriteria,
  targets: Map<string, I4Target>,
  homes: Map<string, number[]>,
): HouseholdBatchRow[] {
  return [...targets].flatMap(([district, target]) => {
    const named = file.levels[district] ?? { table: 1, rule: 0 };
    const passing = target.mustPass[named.table - 1] ?? 0;
    const byRule = ruleLevel(criteria, target.developable, passing);
    if (byRule !== named.rule) {
      throw new Error(
        `demo registers name district ${district} level ${named.rule} by the rule, which gives ${byRule} for table level ${named.table}`,
      );
    }
    const villages = homes.get(district) ?? [];
    const statuses = [
      ...Array.from({ length: target.developable }, () => 'developable' as const),
      ...Array.from(
        { length: file.othersPerDistrict['welfare-requested'] },
        () => 'welfare-requested' as const,
      ),
      ...Array.from({ length: file.othersPerDistrict['self-reliant'] }, () => 'self-reliant' as const),
    ];
    return statuses.map((status, i) => ({
      household: true,
      house_code: `${district}9${String(i + 1).padStart(6, '0')}`,
      unit_id: villages[i % villages.length] ?? null,
      address: `ข้อมูลสาธิต บ้านเลขที่ ${i + 1}`,
      head_name: null,
      head_citizen_id: null,
      members: 2 + (i % 5),
      status,
      problem_health: i % 4 === 0,
      problem_living: i % 6 === 0,
      problem_education: i % 5 === 0,
      problem_income: true,
      problem_access: i % 7 === 0,
      baseline_income: String(24_000 + ((i * 733) % 15_000)),
      result_income: String(i < passing ? 40_000 + ((i * 911) % 9_000) : 28_000 + ((i * 577) % 11_000)),
      activity: null,
      method: null,
      done_on: null,
      place: null,
      agency: null,
      agency_role: null,
      result: null,
    }));
  });
}

/**
 * The registers of the demo provinces (data/demo/registers.json): seed 003's budget table and women's fund portfolio
 * for Chachoengsao, seed 001's women's fund debtors and synthetic poor households for Yala, and Yala's KPIs I5, T3
 * and I4 bound to them. The bound KPIs are queued for the register worker, which computes them as the system.
 * Runs inside the caller's transaction, after the KPI sets and demo villages are loaded.
 */
export async function loadDemoRegisters(db: Db, kpiSetIds: Map<string, number>): Promise<void> {
  const file = registersFile();
  const codes = [
    ...file.budget.map((b) => b.unit),
    ...file.womensFundSnapshots.map((s) => s.unit),
    ...file.womensFundPortfolios.map((p) => p.unit),
  ];
  const i4Set = readKpiSetFile(path.join(KPI_SET_DIR, file.households.kpiSet));
  const i4 = i4Set.agreements.flatMap((a) =>
    Object.entries(a.targets ?? {}).flatMap(([agent, t]) => {
      const target = t[file.households.kpi] as I4Target | undefined;
      return target && agent in file.households.levels ? [[agent, target] as const] : [];
    }),
  );
  const i4Criteria = thresholdCriteriaSchema.parse(
    i4Set.kpis.find((k) => k.key === file.households.kpi)?.criteria,
  );
  const targets = new Map(i4);
  const units = new Map(
    (await unitsByCodes(db, [...new Set([...codes, ...targets.keys()])])).map((u) => [u.code, u]),
  );
  const unitId = (code: string) => {
    const unit = units.get(code);
    if (!unit) throw new Error(`demo registers name unit ${code}, which is not loaded`);
    return unit;
  };

  const budgetLines = file.budget.flatMap((b) =>
    b.lines.map((l) => ({ ...l, ...b, unitId: unitId(b.unit).id })),
  );
  const lines = await ensureLines(
    db,
    budgetLines.map((l) => ({
      fiscal_year: l.fiscalYear,
      unit_id: l.unitId,
      category: l.category,
      name: l.name,
    })),
  );
  const lineOf = new Map(lines.map((l) => [`${l.unit_id}\u0000${l.name}`, l.id]));
  await insertEvents(
    db,
    budgetLines.flatMap((l) => {
      const line_id = lineOf.get(`${l.unitId}\u0000${l.name}`) ?? 0;
      const base = { line_id, against_purchase_order: false, created_by: null };
      return [
        { ...base, kind: 'allocation' as const, occurred_on: l.allocatedOn, amount: l.allocated, note: null },
        {
          ...base,
          kind: 'disbursement' as const,
          occurred_on: l.spentOn,
          amount: l.spent,
          note: 'เบิกจ่ายรวม PO ตามตารางรายงาน (ข้อมูลสาธิต: รายงานไม่แยกวันที่และยอด PO)',
        },
      ];
    }),
  );

  await upsertSnapshots(
    db,
    file.womensFundSnapshots.map((s) => ({
      unit_id: unitId(s.unit).id,
      as_of: s.asOf,
      outstanding: s.outstanding,
      not_yet_due: s.notYetDue,
      suspended: '0',
      litigation: '0',
      members: null,
      women_aged_15_plus: null,
    })),
  );
  await upsertPortfolios(
    db,
    file.womensFundPortfolios.map((p) => portfolioColumns(unitId(p.unit).id, { ...p, statuses: p.lines })),
  );

  const districts = [...targets.keys()].map(unitId);
  const villages = await subdistrictsOf(
    db,
    districts.map((d) => d.path),
  );
  const homes = new Map(
    districts.map((d) => [d.code, villages.filter((v) => v.path.startsWith(d.path)).map((v) => v.id)]),
  );
  await saveHouseholdBatch(db, demoHouseholds(file.households, i4Criteria, targets, homes), {
    userId: null,
    baselineYear: file.households.fiscalYear - 1,
    resultYear: file.households.fiscalYear,
    scopePath: '/CDD/',
  });
  await recountUnder(db, '/CDD/');
  // A demo example of the department's quarterly spending plan, marked demo: the seeds state no quarterly targets.
  const [department] = await unitsByCodes(db, ['CDD']);
  if (department)
    await insertDemoPlans(
      db,
      [...new Set(file.budget.map((b) => b.fiscalYear))].map((fiscalYear) => ({
        fiscal_year: fiscalYear,
        unit_id: department.id,
        q1: '25',
        q2: '50',
        q3: '75',
        q4: '100',
      })),
    );

  const sets = [...new Set(file.bindings.map((b) => b.kpiSet))];
  const kpis = new Map(
    await Promise.all(sets.map(async (s) => [s, await kpisOfKpiSet(db, kpiSetIds.get(s) ?? 0)] as const)),
  );
  await bindDemoKpis(
    db,
    file.bindings.map((b) => {
      const kpi = kpis.get(b.kpiSet)?.find((k) => k.key === b.kpi);
      if (!kpi) throw new Error(`demo binding ${b.kpiSet} ${b.kpi} does not match the KPI sets`);
      return { kpi_id: kpi.id, measure: b.measure, as_of: b.asOf, updated_by: null };
    }),
    '/CDD/',
  );
}
