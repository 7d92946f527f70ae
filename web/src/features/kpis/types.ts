import type { Criteria } from '../scoring/types';

export type KpiKind = 'team' | 'individual' | 'optional';

export const kpiKinds: KpiKind[] = ['team', 'individual', 'optional'];

export type WorkGroup = 'G1' | 'G2' | 'G3' | 'G4';

export const workGroups: WorkGroup[] = ['G1', 'G2', 'G3', 'G4'];

export type Round = {
  fiscalYear: number;
  number: 1 | 2;
  start: string;
  end: string;
  custom: boolean;
  /** "รอบการประเมินที่ 2 (1 เมษายน 2568 – 30 กันยายน 2568)" */
  labelTh: string;
  /** The same in Thai digits, for printouts. */
  labelThDigits: string;
  labelEn: string;
};

export type KpiSet = {
  id: number;
  fiscalYear: number;
  round: 1 | 2;
  nameTh: string;
  source: string | null;
  copiedFromId: number | null;
  owner: { id: number; code: string; nameTh: string };
  updatedAt: string;
};

export type Evidence = { levels: string; text: string };

export type Contact = {
  role: 'responsible' | 'coordinator';
  name: string;
  position: string;
  phone: string | null;
};

/** One named input of a formula: its key in the expression, its Thai label, and the short name used in words. */
export type FormulaInput = { id: string; labelTh: string; shortTh?: string; labelEn?: string; unit?: string };

export type Formula = { expression: string; inputs: FormulaInput[] };

/** A KPI card as the API takes it (src/domain/kpi-library/kpi-set-file.ts kpiSchema). */
export type KpiCard = {
  key: string;
  number: string;
  kind: KpiKind;
  nameTh: string;
  nameEn: string | null;
  unitOfMeasure: string | null;
  weight: string | null;
  definition: string | null;
  formulaText: string | null;
  formula: Formula | null;
  rationale: string | null;
  dataSource: string | null;
  levelTexts: [string, string, string, string, string];
  criteria: Criteria;
  evidence: Evidence[];
  contacts: Contact[];
  workGroup: WorkGroup | null;
  measurementDay: number | null;
  notes: string | null;
};

/** A stored card; formulaWords is its formula in Thai words ("(เบิกจ่าย + ใบสั่งซื้อ) × 100 ÷ งบที่ได้รับ"). */
export type Kpi = KpiCard & { id: number; kpiSetId: number; formulaWords: string | null };

/** GET /api/kpi-sets/years: the years with sets for the user's unit, newest first, and the latest round. */
export type KpiSetYears = {
  items: { fiscalYear: number; rounds: (1 | 2)[] }[];
  latest: { fiscalYear: number; round: 1 | 2 } | null;
};

/** POST /api/kpis/formula-preview: the formula in words, the sample value (4 places) and its level. */
export type FormulaPreview = {
  words: string | null;
  value: string | null;
  evaluation: { level: number; score: string } | null;
  problems: string[];
};

export type FormulaPreviewRequest = {
  expression: string;
  inputs: { id: string; labelTh: string; shortTh?: string }[];
  values: Record<string, string>;
  criteria?: unknown;
};

export type KpiSetDetail = { set: KpiSet; round: Round; kpis: Kpi[]; canEdit: boolean };

export type NewKpiSet = {
  ownerCode: string;
  fiscalYear: number;
  round: 1 | 2;
  nameTh: string;
  copyFromId?: number;
};

export type KpiImportResult = { created: number; updated: number };
