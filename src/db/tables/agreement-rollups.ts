import type { ColumnType, Generated } from 'kysely';

// Spelled out here rather than imported from ../schema.ts, which imports this file (no import cycle).
type Numeric = ColumnType<string, string, string>;
type AgreementPair = 'dg_province' | 'province_district' | 'province_work_group';

/** The agreement scores kept current on write (issue R2-3), migration 2026-12-07-0400-agreement-score-rollups. */

export interface AgreementScoresTable {
  agreement_id: number;
  kpi_set_id: number;
  pair: AgreementPair;
  agent_unit_id: number;
  agent_path: string;
  /** The agent's province (the province itself for a DG agreement). */
  province_code: string;
  fiscal_year: number;
  round: number;
  /** The weighted total as the agreement page shows it (4 decimals); null while no item has weight. */
  score: Numeric | null;
  reported: number;
  expected: number;
  status: 'draft' | 'signed';
  refreshed_at: Generated<Date>;
}

export interface AgreementItemLevelsTable {
  agreement_id: number;
  kpi_id: number;
  selected: boolean;
  /** 0–5; null without a result. */
  level: number | null;
  score: Numeric | null;
  /** The row's w·s/Σw contribution to its list. */
  weighted_score: Numeric | null;
  /** What the next level needs, in the agreement page's words. */
  next_th: string | null;
}

export interface AgreementRollupTables {
  agreement_scores: AgreementScoresTable;
  agreement_item_levels: AgreementItemLevelsTable;
}
