import type { ColumnType, Generated } from 'kysely';
import type { Json } from '../schema.ts';

/** Tables of the monthly visit plans (issue R2-5 item 1), migration 2026-12-08-0900-visit-plans. */

export type VisitPlanStatus = 'draft' | 'finished';

export interface VisitPlansTable {
  id: Generated<number>;
  unit_id: number;
  plan_month: string;
  fiscal_year: number;
  version: Generated<number>;
  amends_id: number | null;
  status: Generated<VisitPlanStatus>;
  body: Json;
  district_ids: ColumnType<number[], number[] | undefined, number[]>;
  search_text: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  finished_at: Date | null;
  finished_by: number | null;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface VisitTopicsTable {
  id: Generated<number>;
  unit_id: number;
  position: Generated<number>;
  title_th: string;
  detail_th: Generated<string>;
  lines: Json;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface VisitTables {
  visit_plans: VisitPlansTable;
  visit_topics: VisitTopicsTable;
}
