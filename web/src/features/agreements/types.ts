import type { Formula, KpiKind, WorkGroup } from '../kpis/types';
import type { Criteria, Evaluation } from '../scoring/types';

export type AgreementPair = 'dg_province' | 'province_district' | 'province_work_group';

export const agreementPairs: AgreementPair[] = ['dg_province', 'province_district', 'province_work_group'];

export type AgreementStatus = 'draft' | 'signed' | 'superseded';

export type SignSide = 'principal' | 'agent';

export type UnitRef = { id: number; code: string; nameTh: string };

export type Signature = { at: string; name: string | null; position: string | null };

export type WeightCheck = {
  /** team = ตัวชี้วัดรายทีม; individual = ตัวชี้วัดรายบุคคล with the optional KPIs chosen. */
  group: 'team' | 'individual';
  sum: string;
  is100: boolean;
  /** "น้ำหนักรวม 110 ไม่เท่ากับ 100", null at 100 */
  message: string | null;
};

export type Agreement = {
  id: number;
  kpiSetId: number;
  pair: AgreementPair;
  pairLabel: string;
  version: number;
  status: AgreementStatus;
  optionalRequired: number;
  amendmentReason: string | null;
  principal: UnitRef;
  agent: UnitRef;
  principalSigned: Signature | null;
  agentSigned: Signature | null;
};

/** A round (one KPI set) that has agreements the user may read. */
export type AgreementRound = {
  kpiSetId: number;
  fiscalYear: number;
  round: 1 | 2;
  nameTh: string;
  agreements: number;
};

export type AgreementSummary = Agreement & {
  score: string | null;
  weightChecks: WeightCheck[];
  reported: number;
  expected: number;
  /** Chosen KPIs whose stored result cannot be scored (counted 0). */
  unscorable: number;
};

export type ResultInputs = {
  verified?: string[];
  measures?: Record<string, string>;
  formula?: Record<string, string>;
} | null;

export type KpiResult = {
  value: string | null;
  inputs: ResultInputs;
  source: string;
  asOf: string;
  note: string | null;
};

export type AgreementItem = {
  id: number;
  kpiId: number;
  key: string;
  number: string;
  nameTh: string;
  unitOfMeasure: string | null;
  section: KpiKind;
  weight: string;
  selected: boolean;
  targets: Record<string, unknown> | null;
  unitCriteria: Criteria | null;
  levelTexts: string[];
  criteria: Criteria;
  workGroup: WorkGroup | null;
  formula: Formula | null;
  /** The formula in Thai words, e.g. "(เบิกจ่าย + ใบสั่งซื้อ) × 100 ÷ งบที่ได้รับ". */
  formulaWords: string | null;
  result: KpiResult | null;
  evaluation: Evaluation | null;
  /** Thai: why the stored result cannot be scored; the KPI then counts 0 in the total. */
  resultError: string | null;
  /** For a counted share: "ต้องผ่านเกณฑ์อีก 5 ครัวเรือน จึงจะได้ระดับ 1 (ตามตารางเป้าหมาย: อีก 4 ครัวเรือน)". */
  needed: { text: string } | null;
  contribution: string | null;
};

export type AgreementView = {
  agreement: Agreement;
  items: AgreementItem[];
  /** คะแนนรวม and each list's score (the sum of its rows' weighted scores). */
  total: {
    score: string;
    sections: { id: 'team' | 'individual'; weightSum: string; score: string }[];
  } | null;
  weightChecks: WeightCheck[];
  reported: number;
  expected: number;
  unscorable: number;
  /** Thai warnings, e.g. optional KPIs chosen wrongly. */
  warnings: string[];
  canEdit: boolean;
  canSign: SignSide[];
};

export type AgreementItemInput = {
  kpiId: number;
  section?: KpiKind;
  weight: string;
  selected?: boolean;
  targets?: Record<string, unknown> | null;
  unitCriteria?: unknown;
};

export type AgreementBody = { optionalRequired?: number; items: AgreementItemInput[] };

export type NewAgreement = AgreementBody & { kpiSetId: number; pair: AgreementPair; agentCode: string };

export type ResultEntry = {
  kpiId: number;
  unitCode: string;
  value?: string | null;
  verified?: string[];
  measures?: Record<string, string>;
  formula?: Record<string, string>;
  asOf: string;
  note?: string | null;
};
