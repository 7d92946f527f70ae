import type { Db } from '../../db/database.ts';
import { rankByScore } from '../../domain/dashboard/ranking.ts';
import { AppError, notFound } from '../../errors.ts';
import { type AuthUser, requireRead } from '../../plugins/access.ts';
import { storedLevelsUnder, storedScoresUnder } from '../agreements/rollup.ts';
import { roundsUnder } from '../agreements/service.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { monthsOfSetRound } from '../kpis/history.ts';
import { provincesUnder, unitByCodeFor } from '../org-units/service.ts';
import { ratesByMonth } from '../reports/board.ts';
import { kpiCellsOf } from './kpi-cells.ts';
import type { UnitsDashboardQuery, UnitsExportQuery } from './schemas.ts';

/** The units a dashboard offers in its picker: a province's or district's own unit, else the provinces below. */
async function pickableUnits(db: Db, user: AuthUser) {
  const { scope } = user;
  if (scope.kind === 'province' || scope.kind === 'district')
    return [{ code: scope.code, nameTh: scope.nameTh, kind: scope.kind }];
  const provinces = await provincesUnder(db, scope.path);
  return provinces.map((p) => ({ code: p.code, nameTh: p.name_th, kind: 'province' as const }));
}

/** A province or district the user may read: an unknown code is 404, a unit outside the scope 403. */
async function dashboardUnit(db: Db, user: AuthUser, code: string) {
  const unit = await unitByCodeFor(db, user, code);
  if (!unit) throw notFound(`หน่วยงานรหัส ${code}`, 'unit');
  requireRead(user, { path: unit.path, nameTh: unit.name_th });
  if (unit.kind !== 'province' && unit.kind !== 'district')
    throw new AppError(422, 'unit_kind', 'แดชบอร์ดรายอำเภอเลือกได้เฉพาะจังหวัดหรืออำเภอ', 'unit');
  return unit;
}

type DashboardUnit = Awaited<ReturnType<typeof dashboardUnit>>;

/** The reporting rates of the unit's districts (or of the district alone) over its province's recent months. */
function timelinessOf(db: Db, user: AuthUser, unit: DashboardUnit) {
  const provinceCode = unit.path.split('/').filter(Boolean)[1] ?? unit.code;
  return ratesByMonth(db, user, provinceCode, unit.kind === 'district' ? unit.code : undefined);
}

/**
 * The districts of a province (or a district alone) in one round, KPIs in the order the agreements list them: each
 * district's agreement score and rank, and its level on every KPI, as the agreement page scores them: read from the
 * scores kept on write (agreement_scores, agreement_item_levels; src/modules/agreements/rollup.ts), nothing scored
 * here. Set-based reads for the whole province, none per district: the scores, the levels and the round's months at
 * once, then the months' results of the districts × KPIs.
 */
async function districtsOfRound(db: Db, unit: DashboardUnit, kpiSetId: number) {
  const [agreements, levelsOf, months] = await Promise.all([
    storedScoresUnder(db, kpiSetId, 'province_district', unit.path),
    storedLevelsUnder(db, kpiSetId, 'province_district', unit.path),
    monthsOfSetRound(db, kpiSetId),
  ]);
  const itemsOf = (a: (typeof agreements)[number]) => levelsOf.get(a.id) ?? [];
  const kpis = new Map<number, { kpiId: number; key: string; number: string | null; nameTh: string }>();
  for (const a of agreements)
    for (const i of itemsOf(a))
      kpis.set(i.kpiId, { kpiId: i.kpiId, key: i.key, number: i.number, nameTh: i.nameTh });
  // A district alone has nothing to be ranked against: it sees its own row, not its neighbours'.
  const ranked =
    unit.kind === 'province'
      ? rankByScore(agreements, (a) => a.score)
      : agreements.map((row) => ({ row, rank: null }));
  // Each cell's traffic light and forecast status: one read of all the districts' months (issue R2-3 §4).
  const cellOf = await kpiCellsOf(
    db,
    months,
    agreements.flatMap((a) =>
      itemsOf(a).map((i) => ({ kpiId: i.kpiId, unitId: a.agent.id, criteria: i.criteria })),
    ),
  );
  return {
    kpis: [...kpis.values()],
    units: ranked.map(({ row: a, rank }) => ({
      rank,
      agreementId: a.id,
      status: a.status,
      code: a.agent.code,
      nameTh: a.agent.nameTh,
      score: a.score,
      reported: a.reported,
      expected: a.expected,
      levels: itemsOf(a).map((i) => ({
        kpiId: i.kpiId,
        level: i.level,
        score: i.score,
        nextTh: i.nextTh,
        ...cellOf(i.kpiId, a.agent.id),
      })),
    })),
  };
}

const nothingYet = { rounds: [], round: null, kpis: [], units: [], timeliness: [] };

/** The unit the dashboard is asked for (a province's or district's own without one), access checked; null: none. */
export async function askedDashboardUnit(db: Db, user: AuthUser, query: UnitsDashboardQuery) {
  const own = user.scope.kind === 'province' || user.scope.kind === 'district' ? user.scope.code : null;
  const code = query.unit ?? own;
  return code === null ? null : dashboardUnit(db, user, code);
}

/**
 * The dashboard of a unit the user may read (askedDashboardUnit); without a unit, a department or region user gets
 * the provinces to choose from and nothing else.
 */
export async function unitsDashboard(
  db: Db,
  user: AuthUser,
  query: UnitsDashboardQuery,
  unit: DashboardUnit | null,
) {
  if (unit === null) return { unit: null, choices: await pickableUnits(db, user), ...nothingYet };
  // The round's tables and the reporting rates read side by side: neither waits for the other's reads.
  const ofRound = async () => {
    const [rounds, pickable] = await Promise.all([roundsUnder(db, unit.path), pickableUnits(db, user)]);
    const asked = (r: (typeof rounds)[number]) =>
      query.kpiSet !== undefined
        ? r.kpiSetId === query.kpiSet
        : r.fiscalYear === query.fiscalYear && r.round === query.round;
    const byRound = query.kpiSet !== undefined || query.fiscalYear !== undefined;
    const round = byRound ? (rounds.find(asked) ?? null) : (rounds[0] ?? null);
    if (byRound && round === null) throw notFound(`รอบการประเมินของ${unit.name_th}`, 'kpiSet');
    return {
      choices: pickable,
      rounds,
      round,
      ...(round ? await districtsOfRound(db, unit, round.kpiSetId) : { kpis: [], units: [] }),
    };
  };
  const [part, timeliness] = await Promise.all([ofRound(), timelinessOf(db, user, unit)]);
  return { unit: { code: unit.code, nameTh: unit.name_th, kind: unit.kind }, ...part, timeliness };
}

/** The two tables of the page as a file: scores and ranks, or each district's level per KPI ("—" read as empty). */
export async function exportUnitsDashboard(db: Db, user: AuthUser, query: UnitsExportQuery) {
  const unit = await dashboardUnit(db, user, query.unit);
  const rounds = await roundsUnder(db, unit.path);
  const round = rounds.find((r) => r.kpiSetId === query.kpiSet);
  if (!round) throw notFound(`รอบการประเมินของ${unit.name_th}`, 'kpiSet');
  const base = `tidtam-dashboard-${unit.code}-${round.fiscalYear}-${round.round}`;
  if (query.table === 'timeliness') {
    const months = await timelinessOf(db, user, unit);
    const columns: TableColumn[] = [
      { key: 'month', header: 'เดือน', width: 16 },
      { key: 'expected', header: 'รายงานที่ต้องส่ง', kind: 'number', width: 14 },
      { key: 'submitted', header: 'ส่งแล้ว', kind: 'number', width: 10 },
      { key: 'on_time', header: 'ส่งตรงเวลา', kind: 'number', width: 10 },
      { key: 'submitted_percent', header: 'ร้อยละที่ส่ง', kind: 'money', width: 12 },
      { key: 'on_time_percent', header: 'ร้อยละที่ส่งตรงเวลา', kind: 'money', width: 14 },
    ];
    const rows = months.map(
      (m): Record<string, Cell> => ({
        month: m.monthLabelTh,
        expected: m.rates.expected,
        submitted: m.rates.submitted,
        on_time: m.rates.onTime,
        submitted_percent: m.rates.submittedPercent,
        on_time_percent: m.rates.onTimePercent,
      }),
    );
    return tableFile(query.format, `tidtam-timeliness-${unit.code}`, 'ความตรงเวลาการส่งรายงาน', columns, rows);
  }
  const data = await districtsOfRound(db, unit, round.kpiSetId);
  const head: TableColumn[] = [
    { key: 'rank', header: 'อันดับ', kind: 'number', width: 8 },
    { key: 'unit_code', header: 'รหัสอำเภอ', width: 10 },
    { key: 'unit_name', header: 'อำเภอ', width: 24 },
  ];
  if (query.table === 'ranking') {
    const columns: TableColumn[] = [
      ...head,
      { key: 'score', header: 'คะแนนรวม', width: 12 },
      { key: 'reported', header: 'ตัวชี้วัดที่มีผล', kind: 'number', width: 12 },
      { key: 'expected', header: 'ตัวชี้วัดทั้งหมด', kind: 'number', width: 12 },
    ];
    const rows = data.units.map(
      (u): Record<string, Cell> => ({
        rank: u.rank,
        unit_code: u.code,
        unit_name: u.nameTh,
        score: u.score,
        reported: u.reported,
        expected: u.expected,
      }),
    );
    return tableFile(query.format, `${base}-ranking`, 'คะแนนและอันดับ', columns, rows);
  }
  const columns: TableColumn[] = [
    ...head,
    ...data.kpis.map(
      (k): TableColumn => ({
        key: `kpi_${k.kpiId}`,
        header: `${k.number ?? k.key} ${k.nameTh}`,
        kind: 'number',
        width: 14,
      }),
    ),
  ];
  const rows = data.units.map(
    (u): Record<string, Cell> => ({
      rank: u.rank,
      unit_code: u.code,
      unit_name: u.nameTh,
      ...Object.fromEntries(u.levels.map((l) => [`kpi_${l.kpiId}`, l.level])),
    }),
  );
  return tableFile(query.format, `${base}-levels`, 'ระดับรายตัวชี้วัด', columns, rows);
}
