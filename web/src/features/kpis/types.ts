import type { ApiResponse, Refine } from '../../shared/api/api-types';
import type { Criteria } from '../scoring/types';

export type KpiKind = 'team' | 'individual' | 'optional';

export const kpiKinds: KpiKind[] = ['team', 'individual', 'optional'];

export type WorkGroup = 'G1' | 'G2' | 'G3' | 'G4';

export const workGroups: WorkGroup[] = ['G1', 'G2', 'G3', 'G4'];

type KpiSetAnswer = ApiResponse<'/api/kpi-sets/{id}'>;

/** A round with its dates and labels ("รอบการประเมินที่ 2 (1 เมษายน 2568 – 30 กันยายน 2568)", also in Thai digits). */
export type Round = NonNullable<KpiSetAnswer['round']>;

/** A set's round is 1 or 2 (the server's schema says a number). */
export type KpiSet = Refine<ApiResponse<'/api/kpi-sets/'>['items'][number], { round: Round['number'] }>;

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
export type Kpi = KpiCard & { id: number; kpiSetId: number; formulaWords: string | null; rowVersion: number };

/** GET /api/kpi-sets/years: the years with sets for the user's unit, newest first, and the latest round. */
export type KpiSetYears = ApiResponse<'/api/kpi-sets/years'>;

/** POST /api/kpis/formula-preview: the formula in words, the sample value (4 places) and its level. */
export type FormulaPreview = ApiResponse<'/api/kpis/formula-preview', 'post'>;

export type FormulaPreviewRequest = {
  expression: string;
  inputs: { id: string; labelTh: string; shortTh?: string }[];
  values: Record<string, string>;
  criteria?: unknown;
};

/** A set with its round (GET always sends it; the schema is shared with replies that do not), its cards and rights. */
export type KpiSetDetail = Refine<KpiSetAnswer, { set: KpiSet; round: Round; kpis: Kpi[] }>;

export type NewKpiSet = {
  ownerCode: string;
  fiscalYear: number;
  round: 1 | 2;
  nameTh: string;
  copyFromId?: number;
};

export type KpiImportResult = ApiResponse<'/api/kpi-sets/{id}/import', 'post'>;
