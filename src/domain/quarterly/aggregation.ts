import { Dec } from '../scoring/decimal.ts';
import { percentOfTarget } from './percent.ts';

/**
 * The five CODI regions in the order every region table of seed 004 uses, with the spellings the seed uses for
 * each (004 L31–35 "เหนือ … กทม./ตะวันออก"; L118–119 "กลางฯ", "กทม.ฯ"; L194 "ตะวันออกเฉียงเหนือ").
 */
export const CODI_REGIONS = [
  { code: 'N', nameTh: 'ภาคเหนือ', aliases: ['เหนือ', 'ภาคเหนือ'] },
  { code: 'NE', nameTh: 'ภาคตะวันออกเฉียงเหนือ', aliases: ['อีสาน', 'ตะวันออกเฉียงเหนือ', 'ภาคตะวันออกเฉียงเหนือ'] },
  { code: 'S', nameTh: 'ภาคใต้', aliases: ['ใต้', 'ภาคใต้'] },
  {
    code: 'CW',
    nameTh: 'ภาคกลางและตะวันตก',
    aliases: ['กลาง/ตะวันตก', 'กลางฯ', 'กลางและตะวันตก', 'ภาคกลางและตะวันตก', 'กลาง/ตต.'],
  },
  {
    code: 'BE',
    nameTh: 'ภาคกรุงเทพฯ ปริมณฑลและตะวันออก',
    aliases: [
      'กทม./ตะวันออก',
      'กทม.ฯ',
      'กทม./ตอ.',
      'ภาคกรุงเทพฯ ปริมณฑลและตะวันออก',
      'ภาคกรุงเทพ ปริมณฑลและตะวันออก',
    ],
  },
] as const;

export type RegionCode = (typeof CODI_REGIONS)[number]['code'];

/** The region a spelling from the seed names, or null. */
export function regionOf(name: string): RegionCode | null {
  const trimmed = name.trim();
  return CODI_REGIONS.find((region) => (region.aliases as readonly string[]).includes(trimmed))?.code ?? null;
}

/**
 * Flow measures add their quarters; stock measures (cumulative to date) take the last quarter reported.
 * Flow, 004 L25: "510 ตำบล (ผล 518 ตำบล …)" = 38 + 134 + 82 + 264.
 * Stock, 004 L231: "ร้อยละ 80 (232 คน) (ผล 290 คน ร้อยละ 125.00)" with quarters 140, 290, 290, 290: distinct persons to date.
 */
export type Accumulation = 'flow' | 'stock';

export function annualValue(accumulation: Accumulation, quarters: readonly (Dec | null)[]): Dec | null {
  const reported = quarters.filter((value): value is Dec => value !== null);
  if (reported.length === 0) return null;
  if (accumulation === 'stock') return reported[reported.length - 1] ?? null;
  return reported.reduce((total, value) => total.plus(value), new Dec(0));
}

export interface RegionRow {
  readonly region: RegionCode;
  readonly target: Dec;
  /** null until the region office has entered its figure for the quarter: it adds nothing and has no %. */
  readonly result: Dec | null;
}

export interface RegionLine extends RegionRow {
  readonly percent: Dec | null;
  /** target − result when the region fell short, else 0 */
  readonly shortfall: Dec;
}

export interface RegionTotals {
  readonly rows: readonly RegionLine[];
  readonly sumTargets: Dec;
  readonly sumResults: Dec;
  /** Σ results ÷ Σ targets: recomputed from the sums, never an average of the regions' %. */
  readonly sumPercent: Dec | null;
  /** The official national target of the agreement, kept apart from Σ regions (they can differ). */
  readonly nationalTarget: Dec;
  readonly nationalPercent: Dec | null;
  /** national target − Σ results, floored at 0 (4.2(1): 534 − 490 = 44) */
  readonly netRemaining: Dec;
  /** Σ of the regions' own shortfalls (4.2(1): NE 307 − 257 = 50) */
  readonly sumShortfalls: Dec;
}

const ZERO = new Dec(0);

/**
 * Region tables close with a total row "รวม" = Σ regions; the national % is the national result ÷ the official
 * national target. 004 L115–120: "เหนือ | 104 | 105 … อีสาน | 307 | 257 … รวม | 534 | 490"; the summary row
 * 004 L110 "534 ตำบล (ผล 490 ตำบล ร้อยละ 91.76)"; and 004 L110 "(เป้าคงเหลือ 44 ตำบล)" for the net remaining.
 */
export function regionTotals(rows: readonly RegionRow[], nationalTarget: Dec): RegionTotals {
  const lines = rows.map((row) => ({
    ...row,
    percent: row.result === null ? null : percentOfTarget(row.result, row.target),
    shortfall: row.result === null ? ZERO : Dec.max(row.target.minus(row.result), ZERO),
  }));
  const sumTargets = lines.reduce((total, row) => total.plus(row.target), ZERO);
  const sumResults = lines.reduce((total, row) => total.plus(row.result ?? ZERO), ZERO);
  return {
    rows: lines,
    sumTargets,
    sumResults,
    sumPercent: percentOfTarget(sumResults, sumTargets),
    nationalTarget,
    nationalPercent: percentOfTarget(sumResults, nationalTarget),
    netRemaining: Dec.max(nationalTarget.minus(sumResults), ZERO),
    sumShortfalls: lines.reduce((total, row) => total.plus(row.shortfall), ZERO),
  };
}
