import type { ColumnType, Generated } from 'kysely';

// Spelled out here rather than imported from ../schema.ts, which imports this file (no import cycle).
type IsoDate = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string | null, string | null>;

/** Tables of the filled follow-up forms (issue R2-5 item 2), migration 2026-12-08-1100-follow-ups. */

export type FollowUpStatus = 'draft' | 'finished';

export interface FollowUpsTable {
  id: Generated<number>;
  client_id: string;
  template_id: number;
  unit_id: number;
  province_id: number;
  status: Generated<FollowUpStatus>;
  version: Generated<number>;
  amends_id: number | null;
  /** Version 1 of the chain; null on version 1 itself. */
  first_id: number | null;
  revision: Generated<number>;
  follow_up_date: IsoDate | null;
  values: Json;
  informant: string | null;
  search_text: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  finished_at: Date | null;
  finished_by: number | null;
}

export interface FollowUpPhotosTable {
  id: Generated<number>;
  follow_up_id: number;
  field_key: string;
  sha256: string;
  mime: string;
  filename: string;
  size: number;
  display_path: string;
  uploaded_by: number | null;
  uploaded_at: Generated<Date>;
}

export interface FollowUpTables {
  follow_ups: FollowUpsTable;
  follow_up_photos: FollowUpPhotosTable;
}
