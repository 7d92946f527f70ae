import { emptyThresholdDraft, type ThresholdDraft, thresholdDraftOf } from '../scoring/threshold-draft';
import type { Criteria, CriteriaType } from '../scoring/types';
import type { Contact, Evidence, Formula, FormulaInput, KpiCard, KpiKind, WorkGroup } from './types';

export type ContactValues = { role: Contact['role']; name: string; position: string; phone: string };

/** One formula input as typed: every part a string, blank where the card has none. */
export type FormulaInputValues = {
  id: string;
  labelTh: string;
  shortTh: string;
  unit: string;
  labelEn: string;
};

/** The formula editor's value: named inputs and an expression over their keys; blank and empty = no formula. */
export type FormulaValues = { expression: string; inputs: FormulaInputValues[] };

export const emptyFormulaInput: FormulaInputValues = {
  id: '',
  labelTh: '',
  shortTh: '',
  unit: '',
  labelEn: '',
};

export function formulaValues(formula: Formula | null): FormulaValues {
  if (!formula) return { expression: '', inputs: [] };
  return {
    expression: formula.expression,
    inputs: formula.inputs.map((input) => ({
      id: input.id,
      labelTh: input.labelTh,
      shortTh: input.shortTh ?? '',
      unit: input.unit ?? '',
      labelEn: input.labelEn ?? '',
    })),
  };
}

/** The formula the API takes (formulaSchema): trimmed, optional parts left out when blank; null when nothing typed. */
export function toFormula(values: FormulaValues): Formula | null {
  if (values.expression.trim() === '' && values.inputs.length === 0) return null;
  return {
    expression: values.expression.trim(),
    inputs: values.inputs.map((row) => {
      const input: FormulaInput = { id: row.id.trim(), labelTh: row.labelTh.trim() };
      const shortTh = row.shortTh.trim();
      const labelEn = row.labelEn.trim();
      const unit = row.unit.trim();
      return {
        ...input,
        ...(shortTh ? { shortTh } : {}),
        ...(labelEn ? { labelEn } : {}),
        ...(unit ? { unit } : {}),
      };
    }),
  };
}

/** A KPI card as typed: texts stay strings until saved; the criteria are a threshold draft or JSON. */
export type KpiFormValues = {
  key: string;
  number: string;
  kind: KpiKind;
  nameTh: string;
  nameEn: string;
  unitOfMeasure: string;
  weight: string;
  definition: string;
  formulaText: string;
  formula: FormulaValues;
  rationale: string;
  dataSource: string;
  levelTexts: [string, string, string, string, string];
  criteriaType: CriteriaType;
  threshold: ThresholdDraft;
  criteriaJson: string;
  evidence: Evidence[];
  contacts: ContactValues[];
  workGroup: WorkGroup | '';
  measurementDay: string;
  notes: string;
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A starting point for each kind edited as JSON, from the seeds' own cards. */
export const criteriaTemplates: Record<Exclude<CriteriaType, 'threshold'>, Criteria> = {
  bands: {
    type: 'bands',
    direction: 'higher',
    bands: [
      { min: '60', max: '69' },
      { min: '70', max: '79' },
      { min: '80', max: '89' },
      { min: '90', max: '99' },
      { min: '100', max: null },
    ],
  },
  tiers: {
    type: 'tiers',
    direction: 'higher',
    tiers: [
      { id: 'minimum', label: 'ค่าเป้าหมายขั้นต่ำ' },
      { id: 'standard', label: 'ค่าเป้าหมายขั้นมาตรฐาน' },
      { id: 'high', label: 'ค่าเป้าหมายขั้นสูง' },
    ],
    bands: [
      { min: null, max: 'minimum', maxInclusive: false },
      { min: 'minimum', max: 'minimum' },
      { min: 'standard', max: 'standard' },
      { min: 'standard', minInclusive: false, max: 'high', maxInclusive: false },
      { min: 'high', max: null },
    ],
  },
  milestones: {
    type: 'milestones',
    levels: [1, 2, 3, 4, 5].map((level) => [{ id: `step-${level}`, label: `ขั้นตอนที่ ${level}` }]),
  },
  composite: {
    type: 'composite',
    measures: [
      {
        id: 'growth',
        label: 'รายได้เพิ่มขึ้น (ร้อยละ)',
        direction: 'higher',
        inclusive: true,
        thresholds: ['7', '9', '11', '13', '15'],
      },
      {
        id: 'posts',
        label: 'การเผยแพร่ (ครั้ง/เดือน)',
        direction: 'higher',
        inclusive: true,
        thresholds: ['1', '2', '3', '3', '4'],
      },
    ],
  },
  'project-defined': { type: 'project-defined' },
};

export function emptyKpiValues(kind: KpiKind = 'team'): KpiFormValues {
  return {
    key: '',
    number: '',
    kind,
    nameTh: '',
    nameEn: '',
    unitOfMeasure: 'ร้อยละ',
    weight: '',
    definition: '',
    formulaText: '',
    formula: { expression: '', inputs: [] },
    rationale: '',
    dataSource: '',
    levelTexts: ['', '', '', '', ''],
    criteriaType: 'threshold',
    threshold: emptyThresholdDraft,
    criteriaJson: '',
    evidence: [],
    contacts: [],
    workGroup: '',
    measurementDay: '',
    notes: '',
  };
}

export function kpiValues(card: KpiCard): KpiFormValues {
  const [l1 = '', l2 = '', l3 = '', l4 = '', l5 = ''] = card.levelTexts;
  return {
    key: card.key,
    number: card.number,
    kind: card.kind,
    nameTh: card.nameTh,
    nameEn: card.nameEn ?? '',
    unitOfMeasure: card.unitOfMeasure ?? '',
    weight: card.weight ?? '',
    definition: card.definition ?? '',
    formulaText: card.formulaText ?? '',
    formula: formulaValues(card.formula),
    rationale: card.rationale ?? '',
    dataSource: card.dataSource ?? '',
    levelTexts: [l1, l2, l3, l4, l5],
    criteriaType: card.criteria.type,
    threshold: card.criteria.type === 'threshold' ? thresholdDraftOf(card.criteria) : emptyThresholdDraft,
    criteriaJson: card.criteria.type === 'threshold' ? '' : json(card.criteria),
    evidence: card.evidence,
    contacts: card.contacts.map((contact) => ({ ...contact, phone: contact.phone ?? '' })),
    workGroup: card.workGroup ?? '',
    measurementDay: card.measurementDay === null ? '' : String(card.measurementDay),
    notes: card.notes ?? '',
  };
}

/** A problem found before sending: the field it belongs to and the message. */
export type LocalProblem = { field: string; message: string };

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The card body the API takes (kpiSchema). Only JSON that does not parse is caught here; everything else is
 * the server's to check, so its Thai messages are the ones the user reads.
 */
export function toKpiCard(
  values: KpiFormValues,
  jsonError: (message: string) => string,
): { card: KpiCard } | { problem: LocalProblem } {
  let criteria: unknown;
  if (values.criteriaType === 'threshold') {
    const [t1, t2, t3, t4, t5] = values.threshold.thresholds.map((value) => value.trim());
    criteria = {
      type: 'threshold',
      direction: values.threshold.direction,
      inclusive: values.threshold.inclusive,
      thresholds: [t1 === '' ? null : t1, t2, t3, t4, t5],
      interpolate: values.threshold.interpolate,
    };
  } else {
    const parsed = parseJson(values.criteriaJson);
    if ('error' in parsed) return { problem: { field: 'criteria', message: jsonError(parsed.error) } };
    criteria = parsed.value;
  }
  const day = values.measurementDay.trim();
  return {
    card: {
      key: values.key.trim(),
      number: values.number.trim(),
      kind: values.kind,
      nameTh: values.nameTh.trim(),
      nameEn: orNull(values.nameEn),
      unitOfMeasure: orNull(values.unitOfMeasure),
      weight: orNull(values.weight),
      definition: orNull(values.definition),
      formulaText: orNull(values.formulaText),
      formula: toFormula(values.formula),
      rationale: orNull(values.rationale),
      dataSource: orNull(values.dataSource),
      levelTexts: values.levelTexts.map((text) => text.trim()) as KpiCard['levelTexts'],
      criteria: criteria as Criteria,
      evidence: values.evidence.map((row) => ({ levels: row.levels.trim(), text: row.text.trim() })),
      contacts: values.contacts.map((contact) => ({
        role: contact.role,
        name: contact.name.trim(),
        position: contact.position.trim(),
        phone: orNull(contact.phone),
      })),
      workGroup: values.workGroup === '' ? null : values.workGroup,
      measurementDay: day === '' ? null : Number(day),
      notes: orNull(values.notes),
    },
  };
}
