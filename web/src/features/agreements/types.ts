import type { ApiResponse, Refine } from '../../shared/api/api-types';
import type { Formula, KpiKind, WorkGroup } from '../kpis/types';
import type { Criteria } from '../scoring/types';

export type AgreementPair = 'dg_province' | 'province_district' | 'province_work_group';

export const agreementPairs: AgreementPair[] = ['dg_province', 'province_district', 'province_work_group'];

export type AgreementStatus = 'draft' | 'signed' | 'superseded';

export type SignSide = 'principal' | 'agent';

type AgreementAnswer = ApiResponse<'/api/agreements/{id}'>;

type ItemAnswer = AgreementAnswer['items'][number];

export type ResultInputs = {
  verified?: string[];
  measures?: Record<string, string>;
  formula?: Record<string, string>;
} | null;

export type KpiResult = Refine<NonNullable<ItemAnswer['result']>, { inputs: ResultInputs }>;

/** One KPI row of an agreement; its criteria, targets and formula are JSON the server passes through. */
export type AgreementItem = Refine<
  ItemAnswer,
  {
    criteria: Criteria;
    unitCriteria: Criteria | null;
    targets: Record<string, unknown> | null;
    levelTexts: string[];
    formula: Formula | null;
    workGroup: WorkGroup | null;
    result: KpiResult | null;
  }
>;

/** An agreement with its KPI rows, results, scores and weight checks, as GET /api/agreements/{id} answers. */
export type AgreementView = Refine<AgreementAnswer, { items: AgreementItem[] }>;

export type Agreement = AgreementView['agreement'];

export type UnitRef = Agreement['principal'];

export type Signature = NonNullable<Agreement['principalSigned']>;

export type WeightCheck = AgreementView['weightChecks'][number];

/** One agreement of a round's list, with its score and how many results are in. */
export type AgreementSummary = ApiResponse<'/api/agreements/'>['items'][number];

/** A round (one KPI set) that has agreements the user may read. */
export type AgreementRound = ApiResponse<'/api/agreements/rounds'>['items'][number];

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
  /** The stored result's row version as loaded, 0 when none was: a result saved meanwhile answers 409 stale. */
  rowVersion: number;
};
