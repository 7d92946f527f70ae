import type { Db } from '../../db/database.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { templateForUse, templateIdsByCode, templatesForUse } from '../form-templates/service.ts';

/**
 * The form templates a follow-up is filled from, read through the form-templates module's service (no scope check
 * there: a follow-up checks its own unit's scope, and a template is usable when department-wide or its province's).
 */
export type TemplateForUse = {
  id: number;
  code: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  titleTh: string;
  /** The owning province's unit path; null for a department-wide template. */
  ownerPath: string | null;
  definition: FormDefinition;
};

export const templateById = (db: Db, id: number): Promise<TemplateForUse | undefined> =>
  templateForUse(db, id);

export const templatesByIds = (db: Db, ids: number[]): Promise<TemplateForUse[]> =>
  ids.length === 0 ? Promise.resolve([]) : templatesForUse(db, ids);

export const templateIdsWithCode = (db: Db, code: string): Promise<number[]> => templateIdsByCode(db, code);
