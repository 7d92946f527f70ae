import { fromThaiDigits } from '../../shared/i18n/thai-digits';
import type {
  DayCounting,
  DueMonth,
  FieldKind,
  Frequency,
  ReportField,
  ReportType,
  ReportTypeBody,
  UnitScope,
} from './types';

/** One field as edited: numbers kept as typed until saved. `key` is React's; `id` is the API's field id. */
export type FieldDraft = {
  key: string;
  id: string;
  kind: FieldKind;
  labelTh: string;
  unit: string;
  required: boolean;
  min: string;
  max: string;
  kpiId: string | null;
};

export type ReportTypeValues = {
  nameTh: string;
  workGroupCode: string | null;
  responsibleUserIds: string[];
  fields: FieldDraft[];
  frequency: Frequency;
  dueDay: string;
  dueMonth: DueMonth;
  onceDate: string;
  unitScope: UnitScope;
  unitCodes: string[];
  dayCounting: DayCounting;
  active: boolean;
};

let keys = 0;
const nextKey = () => {
  keys += 1;
  return `field-${keys}`;
};

/** A field id the API accepts (/^[a-z0-9][a-z0-9_-]{0,39}$/) and no other field has: f1, f2, … */
export function freshFieldId(fields: Pick<FieldDraft, 'id'>[]): string {
  const taken = new Set(fields.map((field) => field.id));
  let n = fields.length + 1;
  while (taken.has(`f${n}`)) n += 1;
  return `f${n}`;
}

export function newField(fields: FieldDraft[], kind: FieldKind = 'number'): FieldDraft {
  return {
    key: nextKey(),
    id: freshFieldId(fields),
    kind,
    labelTh: '',
    unit: '',
    required: true,
    min: kind === 'photo' ? '1' : '',
    max: '',
    kpiId: null,
  };
}

export function emptyValues(): ReportTypeValues {
  return {
    nameTh: '',
    workGroupCode: null,
    responsibleUserIds: [],
    fields: [newField([])],
    frequency: 'monthly',
    dueDay: '10',
    dueMonth: 'in-period',
    onceDate: '',
    unitScope: 'all-districts',
    unitCodes: [],
    dayCounting: 'calendar',
    active: true,
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function valuesOf(type: ReportType): ReportTypeValues {
  const { schedule } = type;
  return {
    nameTh: type.nameTh,
    workGroupCode: type.workGroup?.code ?? null,
    responsibleUserIds: type.responsibleUserIds.map(String),
    fields: type.fields.map((field) => ({
      key: nextKey(),
      id: field.id,
      kind: field.kind,
      labelTh: field.labelTh,
      unit: field.unit ?? '',
      required: field.required,
      min: text(field.min),
      max: text(field.max),
      kpiId: field.kpiId === undefined ? null : String(field.kpiId),
    })),
    frequency: schedule.frequency,
    dueDay: schedule.frequency === 'once' ? '10' : String(schedule.dueDay),
    dueMonth: schedule.frequency === 'once' ? 'in-period' : schedule.dueMonth,
    onceDate: schedule.frequency === 'once' ? schedule.onceDate : '',
    unitScope: type.unitScope,
    unitCodes: type.unitCodes,
    dayCounting: type.dayCounting,
    active: type.active,
  };
}

/** "๑๐" → 10, "" → undefined; anything else is sent as typed for the server to refuse with its message. */
function numberOf(value: string): number | undefined {
  const cleaned = fromThaiDigits(value.trim()).replaceAll(',', '');
  if (cleaned === '') return undefined;
  const parsed = Number(cleaned);
  return Number.isFinite(parsed) ? parsed : Number.NaN;
}

function fieldOf(draft: FieldDraft): ReportField {
  const field: ReportField = {
    id: draft.id,
    kind: draft.kind,
    labelTh: draft.labelTh.trim(),
    required: draft.required,
  };
  const unit = draft.unit.trim();
  if (unit && (draft.kind === 'number' || draft.kind === 'kpi')) field.unit = unit;
  if (draft.kind === 'kpi' && draft.kpiId) field.kpiId = Number(draft.kpiId);
  if (draft.kind !== 'text') {
    const min = numberOf(draft.min);
    const max = numberOf(draft.max);
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
  }
  return field;
}

export function bodyOf(values: ReportTypeValues): ReportTypeBody {
  const day = numberOf(values.dueDay) ?? 0;
  return {
    nameTh: values.nameTh.trim(),
    workGroupCode: values.workGroupCode,
    responsibleUserIds: values.responsibleUserIds.map(Number),
    fields: values.fields.map(fieldOf),
    schedule:
      values.frequency === 'once'
        ? { frequency: 'once', onceDate: values.onceDate }
        : { frequency: values.frequency, dueDay: day, dueMonth: values.dueMonth },
    unitScope: values.unitScope,
    unitCodes: values.unitScope === 'chosen' ? values.unitCodes : [],
    dayCounting: values.dayCounting,
    active: values.active,
  };
}
