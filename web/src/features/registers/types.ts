/** The registers API shapes (src/modules/registers, each service.ts). */

export const householdStatuses = ['developable', 'welfare-requested', 'self-reliant', 'other'] as const;
export type HouseholdStatus = (typeof householdStatuses)[number];

export const problemDimensions = ['health', 'living', 'education', 'income', 'access'] as const;
export type ProblemDimension = (typeof problemDimensions)[number];

export type UnitRef = { code: string; nameTh: string };

export type PercentView = { exact: string; text: string } | null;

export type Household = {
  id: number;
  houseCode: string;
  unit: UnitRef;
  address: string | null;
  members: number;
  status: HouseholdStatus;
  statusLabelTh: string;
  statusSetAt: string;
  problems: Record<ProblemDimension, boolean>;
  personal: { headName: string | null; headCitizenId: string | null } | null;
};

export type HouseholdList = {
  items: Household[];
  total: number;
  nextAfter: number | null;
  personalData: boolean;
};

export type HouseholdDetail = {
  household: Household;
  incomes: { surveyYear: number; incomePerPerson: string }[];
  planItems: {
    id: number;
    dimension: ProblemDimension | null;
    item: string;
    agency: string | null;
    dueOn: string | null;
  }[];
  activities: {
    id: number;
    activity: string;
    method: string | null;
    doneOn: string;
    place: string | null;
    agency: string | null;
    agencyRole: 'lead' | 'support' | null;
    result: string | null;
  }[];
  activityLog: { allowed: true } | { allowed: false; message: string };
};

export type NewHousehold = {
  unitCode: string;
  houseCode: string;
  status: HouseholdStatus;
  address?: string | null;
  members: number;
  problems?: Partial<Record<ProblemDimension, boolean>>;
  headName?: string | null;
  headCitizenId?: string | null;
  incomes?: { surveyYear: number; incomePerPerson: string }[];
};

export type NewActivity = {
  activity: string;
  method?: string | null;
  doneOn: string;
  place?: string | null;
  agency?: string | null;
  agencyRole?: 'lead' | 'support' | null;
  result?: string | null;
};

export type NewPlanItem = {
  dimension?: ProblemDimension | null;
  item: string;
  agency?: string | null;
  dueOn?: string | null;
};

export type LevelNeed = {
  level: number;
  rule: { required: number; stillNeeded: number } | null;
  table: {
    mustPass: number;
    stillNeeded: number;
    remainingIfPassed: string;
    ruleForTableDevelopable: number;
    differsFromRule: boolean;
    reachesLevelByRule: boolean;
  } | null;
};

export type PovertyFigures = {
  households: number;
  byStatus: Record<HouseholdStatus, number>;
  targets: number;
  passed: number;
  remaining: number;
  remainingPercent: PercentView;
  reason: string | null;
  evaluation: { level: number; label: string } | null;
  levels: LevelNeed[] | null;
};

export type RegisterBinding = {
  kpiId: number;
  kpiKey: string;
  kpiNameTh: string;
  measure: string;
  measureLabelTh: string;
  asOf: string;
  /** The register changed and the worker has not recomputed yet, or its last try failed. */
  recompute: { state: 'pending' | 'failed'; requestedAt: string; error: string | null } | null;
};

export type HouseholdSummary = {
  unit: UnitRef & { kind: string };
  fiscalYear: number;
  baselineYear: number;
  resultYear: number;
  binding: RegisterBinding | null;
  areas: ({ unit: UnitRef } & PovertyFigures)[];
  total: PovertyFigures;
  warnings: { code: string; message: string }[];
};

/** `field` is the column's key; `column` its Thai header, shown to the user. */
export type ImportRowError = { sheet: number; row: number; field: string; column?: string; message: string };

export type ImportJob = {
  id: number;
  kind: string;
  unit: UnitRef;
  fiscalYear: number;
  filename: string;
  status: 'validating' | 'saving' | 'done' | 'failed';
  rowsTotal: number | null;
  rowsRead: number;
  rowsSaved: number;
  errorCount: number;
  errors: ImportRowError[] | null;
  message: string | null;
  createdAt: string;
  finishedAt: string | null;
};
