import type { ColumnType, Generated } from 'kysely';
import type { IsoDate, Json } from '../schema.ts';

/** Tables of the monthly meeting minutes (issue R2-5 item 3), migration 2026-12-07-0700-meeting-minutes. */

export type MinutesStatus = 'draft' | 'finished';

export interface MeetingMinuteCountersTable {
  unit_id: number;
  number_year: number;
  last_no: number;
}

export interface MeetingMinutesTable {
  id: Generated<number>;
  unit_id: number;
  number_no: number;
  number_year: number;
  version: Generated<number>;
  amends_id: number | null;
  status: Generated<MinutesStatus>;
  title_th: string;
  meeting_date: IsoDate;
  time_from: string;
  time_to: string | null;
  venue_th: string;
  body: Json;
  search_text: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  finished_at: Date | null;
  finished_by: number | null;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface MinutesTables {
  meeting_minute_counters: MeetingMinuteCountersTable;
  meeting_minutes: MeetingMinutesTable;
}
