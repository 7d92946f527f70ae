/**
 * A follow-up form's definition is the forms domain's own (src/domain/forms/definition.ts, types only: nothing of it
 * is bundled); the designer builds it and the server checks it on every save.
 */
import type {
  ColumnField,
  FormDefinition,
  FormField,
  FormProblem,
} from '../../../../src/domain/forms/definition.ts';

export type {
  ChoiceField,
  ColumnField,
  CommunityFundMeasure,
  ComputedField,
  FormDefinition,
  FormField,
  FormProblem,
} from '../../../../src/domain/forms/definition.ts';
export type { FormValues } from '../../../../src/domain/forms/values.ts';

export type FieldKind = FormField['kind'];
export type ColumnKind = ColumnField['kind'];
export type FormSection = FormDefinition['sections'][number];
export type ChoiceOption = Extract<FormField, { kind: 'choice' }>['options'][number];
export type Levels = NonNullable<Extract<FormField, { kind: 'computed' }>['levels']>;

export type TemplateStatus = 'draft' | 'published' | 'retired';

export type TemplateSummary = {
  id: number;
  code: string;
  version: number;
  status: TemplateStatus;
  titleTh: string;
  /** null: department-wide. */
  unit: { code: string; nameTh: string } | null;
  updatedAt: string;
  publishedAt: string | null;
};

export type Template = TemplateSummary & {
  definition: FormDefinition;
  versions: { id: number; version: number; status: TemplateStatus }[];
  /** Sent back with a save: a save over someone else's answers 409 stale. */
  rowVersion: number;
  /** The user may change it: a draft the user writes (the server decides). */
  canEdit: boolean;
  /** The user may start its next version: no draft of the code yet and the user writes it. */
  canVersion: boolean;
};

export type TemplateList = { templates: TemplateSummary[]; canCreate: boolean };

export type PreviewAnswer = { values: Record<string, unknown>; problems: FormProblem[] };
