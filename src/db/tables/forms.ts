import type { ColumnType, Generated } from 'kysely';

// Spelled out here rather than imported from ../schema.ts, which imports this file (no import cycle).
type Json = ColumnType<unknown, string, string>;

/** The follow-up form templates (issue R2-5 item 2), migration 2026-12-08-1000-form-templates. */

export type FormTemplateStatus = 'draft' | 'published' | 'retired';

export interface FormTemplatesTable {
  id: Generated<number>;
  /** null: department-wide (every province uses it); else the province that owns it. */
  unit_id: number | null;
  code: string;
  version: number;
  status: Generated<FormTemplateStatus>;
  title_th: string;
  definition: Json;
  search_text: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  published_at: Date | null;
  published_by: number | null;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface FormTemplateTables {
  form_templates: FormTemplatesTable;
}
