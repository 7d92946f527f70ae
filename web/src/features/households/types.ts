import type { ApiResponse } from '../../shared/api/api-types';

/** The households register's answers, as the server's response schemas declare them (src/modules/households). */

export const householdStatuses = ['developable', 'welfare-requested', 'self-reliant', 'other'] as const;
export type HouseholdStatus = (typeof householdStatuses)[number];

export const problemDimensions = ['health', 'living', 'education', 'income', 'access'] as const;
export type ProblemDimension = (typeof problemDimensions)[number];

export type HouseholdList = ApiResponse<'/api/registers/households/'>;
export type HouseholdDetail = ApiResponse<'/api/registers/households/{id}'>;
/** Sheet 3, live: per area and in total, the counts by status, the targets, the remaining % and the levels. */
export type HouseholdSummary = ApiResponse<'/api/registers/households/summary'>;
export type PovertyFigures = HouseholdSummary['total'];

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
