import type { ApiResponse } from '../../shared/api/api-types';

/** Scoring criteria as the API sends them (src/domain/scoring/criteria.ts): decimals are strings, e.g. "89.3". */
export type Direction = 'higher' | 'lower';

export type ThresholdCriteria = {
  type: 'threshold';
  direction: Direction;
  inclusive: boolean;
  /** Level 1 to 5; level 1 may be null (any value reaches it). */
  thresholds: [string | null, string, string, string, string];
  interpolate?: boolean;
};

export type Band = { min: string | null; max: string | null; minInclusive?: boolean; maxInclusive?: boolean };

export type BandsCriteria = { type: 'bands'; direction: Direction; bands: Band[]; interpolate?: boolean };

export type TiersCriteria = {
  type: 'tiers';
  direction: Direction;
  tiers: { id: string; label: string }[];
  bands: Band[];
  interpolate?: boolean;
};

export type Step = { id: string; label: string };

export type MilestonesCriteria = { type: 'milestones'; levels: Step[][]; interpolate?: false };

export type Measure = {
  id: string;
  label: string;
  direction: Direction;
  inclusive: boolean;
  thresholds: (string | null)[];
};

export type CompositeCriteria = { type: 'composite'; measures: Measure[]; interpolate?: false };

export type ConcreteCriteria =
  | ThresholdCriteria
  | BandsCriteria
  | TiersCriteria
  | MilestonesCriteria
  | CompositeCriteria;

export type ProjectDefinedCriteria = { type: 'project-defined'; unitCriteria?: ConcreteCriteria };

export type Criteria = ConcreteCriteria | ProjectDefinedCriteria;

export type CriteriaType = Criteria['type'];

export const criteriaTypes: CriteriaType[] = [
  'threshold',
  'bands',
  'tiers',
  'milestones',
  'composite',
  'project-defined',
];

export type Level = 0 | 1 | 2 | 3 | 4 | 5;

export type NextLevel =
  | { kind: 'value'; level: number; value: string; description: string; text: string }
  | { kind: 'steps'; level: number; steps: Step[]; text: string }
  | {
      kind: 'conditions';
      level: number;
      conditions: { measure: string; label: string; current: string; value: string; met: boolean }[];
      text: string;
    };

export type ScoringWarning = { code: 'gap' | 'out-of-range' | 'not-counted'; message: string };

/** One KPI result scored against its criteria (src/domain/scoring/result.ts). */
export type Evaluation = {
  level: Level;
  /** 4 decimals, e.g. "2.0000" */
  score: string;
  label: string;
  next: NextLevel | null;
  warnings: ScoringWarning[];
};

/** The public calculator's stable answer (POST /api/scoring/evaluate). */
export type CalculatorAnswer = ApiResponse<'/api/scoring/evaluate', 'post'>;
