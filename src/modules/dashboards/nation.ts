import type { Db } from '../../db/database.ts';
import { rankByScore } from '../../domain/dashboard/ranking.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { levelsByProvince, scoredRounds, scoresByGroup, scoresByProvince } from '../agreements/rollup.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import type { RegionGrouping } from '../org-units/region-queries.ts';
import { regionsWithProvinces } from '../org-units/service.ts';
import type {
  NationDashboardQuery,
  NationExportQuery,
  RegionDashboardQuery,
  RegionExportQuery,
} from './nation-schemas.ts';

type Round = { fiscalYear: number; round: number };
type Member = Awaited<ReturnType<typeof regionsWithProvinces>>[number];

/** The nation and its regions are the department's view: a province or district user sees their own dashboards. */
export function requireDepartment(user: AuthUser) {
  if (user.scope.kind !== 'department') throw forbidden('แดชบอร์ดระดับประเทศและรายภาคเปิดได้เฉพาะผู้ใช้ระดับกรม');
}

/** The round asked for, or the latest with stored scores; a round without any is 404. */
async function roundOf(db: Db, asked: { fiscalYear?: number; round?: number }) {
  const rounds = await scoredRounds(db, ['dg_province', 'province_district']);
  if (asked.fiscalYear === undefined || asked.round === undefined)
    return { rounds, round: rounds[0] ?? null };
  const round = rounds.find((r) => r.fiscalYear === asked.fiscalYear && r.round === asked.round);
  if (!round) throw notFound(`คะแนนคำรับรองรอบที่ ${asked.round}/${asked.fiscalYear}`, 'round');
  return { rounds, round };
}

/**
 * The provinces of some regions in a round, from the stored scores (three grouped reads, none per province): those
 * with a DG agreement ranked by its score (rankByScore), each with its districts' mean and count and its level on
 * every department KPI; the others listed apart, not ranked.
 */
async function provincesOfRound(db: Db, round: Round, members: Member[]) {
  const codes = [...new Set(members.map((m) => m.code))];
  const [scores, levels] = await Promise.all([
    scoresByProvince(db, round, codes),
    levelsByProvince(db, round, codes),
  ]);
  const kpis = new Map<number, { kpiId: number; key: string; number: string | null; nameTh: string }>();
  for (const l of levels)
    kpis.set(l.kpiId, { kpiId: l.kpiId, key: l.key, number: l.number, nameTh: l.nameTh });
  const scoreOf = new Map(scores.map((s) => [s.provinceCode, s]));
  const rows = [...new Map(members.map((m) => [m.code, m])).values()].map((m) => {
    const s = scoreOf.get(m.code);
    return {
      code: m.code,
      nameTh: m.name_th,
      regionCode: m.region_code,
      regionNameTh: m.region_name_th,
      agreementId: s?.agreementId ?? null,
      score: s?.score ?? null,
      districtMean: s?.districtMean ?? null,
      districts: s?.districts ?? 0,
      districtsTotal: Number(m.districts ?? 0),
      levels: levels
        .filter((l) => l.provinceCode === m.code)
        .map((l) => ({ kpiId: l.kpiId, level: l.level, score: l.score, nextTh: l.nextTh })),
    };
  });
  const withAgreement = rows.filter((r) => r.agreementId !== null);
  return {
    kpis: [...kpis.values()],
    provinces: rankByScore(withAgreement, (r) => r.score).map(({ row, rank }) => ({ rank, ...row })),
    withoutAgreement: rows
      .filter((r) => r.agreementId === null)
      .map(({ levels: _levels, agreementId: _id, score: _score, ...r }) => r),
  };
}

/** Every region of a grouping in a round with its provinces' mean scores and counts, ranked by the provinces' mean. */
async function regionsOfRound(db: Db, round: Round, members: Member[]) {
  const means = await scoresByGroup(
    db,
    round,
    members.map((m) => ({ provinceCode: m.code, groupCode: m.region_code })),
  );
  const regions = [...new Map(members.map((m) => [m.region_code, m])).values()].map((m) => {
    const own = members.filter((p) => p.region_code === m.region_code);
    const mean = means.find((g) => g.groupCode === m.region_code);
    return {
      code: m.region_code,
      nameTh: m.region_name_th,
      provinceMean: mean?.provinceMean ?? null,
      districtMean: mean?.districtMean ?? null,
      provinces: mean?.provinces ?? 0,
      provincesTotal: own.length,
      districts: mean?.districts ?? 0,
      districtsTotal: own.reduce((sum, p) => sum + Number(p.districts ?? 0), 0),
    };
  });
  return rankByScore(regions, (r) => r.provinceMean).map(({ row, rank }) => ({ rank, ...row }));
}

const emptyRound = { kpis: [], provinces: [], withoutAgreement: [] };

/** GET /api/dashboards/nation: the regions of a grouping and all their provinces in a round. */
export async function nationDashboard(db: Db, user: AuthUser, query: NationDashboardQuery) {
  requireDepartment(user);
  const { rounds, round } = await roundOf(db, query);
  const members = await regionsWithProvinces(db, { grouping: query.grouping });
  if (!round) return { grouping: query.grouping, rounds, round, regions: [], ...emptyRound };
  const [regions, provinces] = await Promise.all([
    regionsOfRound(db, round, members),
    provincesOfRound(db, round, members),
  ]);
  return { grouping: query.grouping, rounds, round, regions, ...provinces };
}

async function regionMembersOf(db: Db, code: string) {
  const members = await regionsWithProvinces(db, { regionCode: code });
  const first = members[0];
  if (!first) throw notFound(`ภาครหัส ${code}`, 'code');
  return { members, region: { code: first.region_code, nameTh: first.region_name_th } };
}

const groupingOf = (code: string): RegionGrouping => (code.startsWith('GEO-') ? 'geo' : 'codi');

/** GET /api/dashboards/region: the provinces of one region in a round. */
export async function regionDashboard(db: Db, user: AuthUser, query: RegionDashboardQuery) {
  requireDepartment(user);
  const { members, region } = await regionMembersOf(db, query.code);
  const { rounds, round } = await roundOf(db, query);
  const head = { region: { ...region, grouping: groupingOf(region.code) }, rounds, round };
  if (!round) return { ...head, summary: null, ...emptyRound };
  const [regions, provinces] = await Promise.all([
    regionsOfRound(db, round, members),
    provincesOfRound(db, round, members),
  ]);
  return { ...head, summary: regions[0] ?? null, ...provinces };
}

const provinceColumns: TableColumn[] = [
  { key: 'rank', header: 'อันดับ', kind: 'number', width: 8 },
  { key: 'code', header: 'รหัสจังหวัด', width: 10 },
  { key: 'name', header: 'จังหวัด', width: 22 },
  { key: 'region', header: 'ภาค', width: 24 },
  { key: 'score', header: 'คะแนนคำรับรองจังหวัด', width: 14 },
  { key: 'district_mean', header: 'คะแนนเฉลี่ยอำเภอ', width: 14 },
  { key: 'districts', header: 'อำเภอที่มีคำรับรอง', kind: 'number', width: 12 },
  { key: 'districts_total', header: 'อำเภอทั้งหมด', kind: 'number', width: 12 },
];

type RoundData = Awaited<ReturnType<typeof provincesOfRound>>;

/** The provinces' table: ranked ones first, then those without an agreement in the round (no rank, no score). */
function provinceRows(data: RoundData): Record<string, Cell>[] {
  const rows = [...data.provinces, ...data.withoutAgreement.map((p) => ({ ...p, rank: null, score: null }))];
  return rows.map((p) => ({
    rank: p.rank,
    code: p.code,
    name: p.nameTh,
    region: p.regionNameTh,
    score: p.score ?? 'ยังไม่มีคำรับรอง',
    district_mean: p.districtMean,
    districts: p.districts,
    districts_total: p.districtsTotal,
  }));
}

function levelsTable(data: RoundData): { columns: TableColumn[]; rows: Record<string, Cell>[] } {
  const columns: TableColumn[] = [
    ...provinceColumns.slice(0, 3),
    ...data.kpis.map(
      (k): TableColumn => ({
        key: `kpi_${k.kpiId}`,
        header: `${k.number ?? k.key} ${k.nameTh}`,
        kind: 'number',
        width: 14,
      }),
    ),
  ];
  const rows = data.provinces.map((p) => ({
    rank: p.rank,
    code: p.code,
    name: p.nameTh,
    ...Object.fromEntries(p.levels.map((l) => [`kpi_${l.kpiId}`, l.level])),
  }));
  return { columns, rows };
}

/** The nation dashboard's tables as xlsx or CSV, Thai headers only. */
export async function exportNationDashboard(db: Db, user: AuthUser, query: NationExportQuery) {
  requireDepartment(user);
  const { round } = await roundOf(db, query);
  if (!round) throw notFound('คะแนนคำรับรอง', 'round');
  const members = await regionsWithProvinces(db, { grouping: query.grouping });
  const base = `tidtam-nation-${query.grouping}-${round.fiscalYear}-${round.round}`;
  if (query.table === 'regions') {
    const regions = await regionsOfRound(db, round, members);
    const columns: TableColumn[] = [
      { key: 'rank', header: 'อันดับ', kind: 'number', width: 8 },
      { key: 'name', header: 'ภาค', width: 26 },
      { key: 'province_mean', header: 'คะแนนเฉลี่ยจังหวัด', width: 14 },
      { key: 'district_mean', header: 'คะแนนเฉลี่ยอำเภอ', width: 14 },
      { key: 'provinces', header: 'จังหวัดที่มีคำรับรอง', kind: 'number', width: 12 },
      { key: 'provinces_total', header: 'จังหวัดทั้งหมด', kind: 'number', width: 12 },
      { key: 'districts', header: 'อำเภอที่มีคำรับรอง', kind: 'number', width: 12 },
      { key: 'districts_total', header: 'อำเภอทั้งหมด', kind: 'number', width: 12 },
    ];
    const rows = regions.map((r) => ({
      rank: r.rank,
      name: r.nameTh,
      province_mean: r.provinceMean,
      district_mean: r.districtMean,
      provinces: r.provinces,
      provinces_total: r.provincesTotal,
      districts: r.districts,
      districts_total: r.districtsTotal,
    }));
    return tableFile(query.format, `${base}-regions`, 'คะแนนรายภาค', columns, rows);
  }
  const data = await provincesOfRound(db, round, members);
  if (query.table === 'provinces')
    return tableFile(
      query.format,
      `${base}-provinces`,
      'คะแนนและอันดับรายจังหวัด',
      provinceColumns,
      provinceRows(data),
    );
  const { columns, rows } = levelsTable(data);
  return tableFile(query.format, `${base}-levels`, 'ระดับรายตัวชี้วัด', columns, rows);
}

/** The region dashboard's tables as xlsx or CSV, Thai headers only. */
export async function exportRegionDashboard(db: Db, user: AuthUser, query: RegionExportQuery) {
  requireDepartment(user);
  const { members, region } = await regionMembersOf(db, query.code);
  const { round } = await roundOf(db, query);
  if (!round) throw notFound('คะแนนคำรับรอง', 'round');
  const data = await provincesOfRound(db, round, members);
  const base = `tidtam-region-${region.code}-${round.fiscalYear}-${round.round}`;
  if (query.table === 'provinces')
    return tableFile(
      query.format,
      `${base}-provinces`,
      'คะแนนและอันดับรายจังหวัด',
      provinceColumns,
      provinceRows(data),
    );
  const { columns, rows } = levelsTable(data);
  return tableFile(query.format, `${base}-levels`, 'ระดับรายตัวชี้วัด', columns, rows);
}
