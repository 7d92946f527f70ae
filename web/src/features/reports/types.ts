/** The shapes of /api/reports (src/modules/reports/{schemas,present,calendar,submissions,board}.ts). */

export type FieldKind = 'number' | 'text' | 'kpi' | 'file' | 'photo';

export const fieldKinds: FieldKind[] = ['number', 'text', 'kpi', 'file', 'photo'];

/** One field of a report form (src/domain/report-form/field.ts): min/max bound the value, or the file count. */
export type ReportField = {
  id: string;
  kind: FieldKind;
  labelTh: string;
  unit?: string;
  required: boolean;
  kpiId?: number;
  min?: number;
  max?: number;
};

export const isAttachment = (field: Pick<ReportField, 'kind'>) =>
  field.kind === 'file' || field.kind === 'photo';

export type Frequency = 'monthly' | 'quarterly' | 'once';
export type DueMonth = 'in-period' | 'after-period';
export type UnitScope = 'all-districts' | 'chosen';
export type DayCounting = 'calendar' | 'working';

export type Schedule =
  | { frequency: 'monthly' | 'quarterly'; dueDay: number; dueMonth: DueMonth }
  | { frequency: 'once'; onceDate: string };

export type ReportType = {
  id: number;
  nameTh: string;
  province: { id: number; code: string; nameTh: string };
  workGroup: { code: string; nameTh: string } | null;
  responsibleUserIds: number[];
  responsibles: { id: number; displayName: string }[];
  /** Reports were opened with it: it can be closed, not deleted. */
  inUse: boolean;
  /** The latest version of the fields: a period nobody has opened yet is filled with it. */
  version: number;
  fields: ReportField[];
  schedule: Schedule;
  unitScope: UnitScope;
  unitCodes: string[];
  dayCounting: DayCounting;
  active: boolean;
  updatedAt: string;
};

/** The body of POST /api/reports/types (with provinceCode) and PUT /api/reports/types/:id. */
export type ReportTypeBody = {
  nameTh: string;
  workGroupCode: string | null;
  responsibleUserIds: number[];
  fields: ReportField[];
  schedule: Schedule;
  unitScope: UnitScope;
  unitCodes: string[];
  dayCounting: DayCounting;
  active: boolean;
};

export type NewReportTypeBody = ReportTypeBody & { provinceCode: string };

export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export type SubmissionAction = 'submit' | 'return' | 'resubmit' | 'approve' | 'reopen';

export type ReportState =
  | 'approved-on-time'
  | 'approved-late'
  | 'approved-after-return'
  | 'submitted'
  | 'late'
  | 'returned'
  | 'reopened'
  | 'missing'
  | 'due-soon'
  | 'open';

/** The API's colour hint for a state: a Mantine colour name. */
export type StateColour = 'green' | 'blue' | 'orange' | 'red' | 'yellow' | 'gray';

export type Timeliness = {
  status: 'not-submitted' | 'awaiting-review' | 'scored';
  firstSubmittedOn: string | null;
  daysLate: number | null;
  /** 0–3, once approved or returned. */
  points: number | null;
};

/** Where one expected report stands (src/modules/reports/expected.ts outcomeView). */
export type Outcome = {
  submissionId: number | null;
  status: SubmissionStatus | null;
  state: ReportState;
  colour: StateColour;
  timeliness: Timeliness;
};

export type CalendarEntry = {
  reportType: { id: number; nameTh: string; workGroupCode: string | null };
  periodKey: string;
  periodLabelTh: string;
  defaultDueDate: string;
  dueDate: string;
  dueDateLabelTh: string;
  overridden: boolean;
  overrideReason: string | null;
  daysLeft: number;
  closedDayTh: string | null;
  /** The district's report; null in a province's calendar. */
  submission: Outcome | null;
};

export type CalendarView = {
  month: string;
  monthLabelTh: string;
  /** Months in which reports were sent, newest first: the month picker offers them. */
  monthsWithData: string[];
  today: string;
  unit: { code: string; nameTh: string };
  province: { code: string; nameTh: string };
  canChange: { allowed: boolean; reason: string | null };
  entries: CalendarEntry[];
};

export type OverrideBody = { reportTypeId: number; month: string; dueDate: string; reason: string };

export type SubmissionFile = {
  id: number;
  fieldId: string;
  originalName: string;
  mime: string;
  bytes: number;
  sha256: string;
  url: string;
  displayUrl: string | null;
};

export type SubmissionEvent = {
  at: string;
  action: SubmissionAction;
  actionLabelTh: string;
  reason: string | null;
  user: { id: number; displayName: string } | null;
};

export type Submission = {
  id: number;
  /** The version of the form's fields this report was opened with, and those fields. */
  reportType: {
    id: number;
    nameTh: string;
    version: number;
    fields: ReportField[];
    dayCounting: DayCounting;
  };
  unit: { code: string; nameTh: string };
  periodKey: string;
  periodLabelTh: string;
  dueDate: string;
  dueDateLabelTh: string;
  status: SubmissionStatus;
  statusLabelTh: string;
  values: Record<string, string>;
  narrative: string | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  changedSinceApproval: number;
  state: ReportState;
  colour: StateColour;
  timeliness: Timeliness;
  files: SubmissionFile[];
  events: SubmissionEvent[];
  can: { edit: boolean; submit: boolean; review: boolean; reopen: boolean };
  /** Set when the reviewer sent this report themselves: someone else must approve or return it. */
  reviewRefusal: string | null;
};

export type SubmissionView = { submission: Submission };

export type DraftBody = { values: Record<string, string | null>; narrative: string | null };

export type Rates = {
  expected: number;
  submitted: number;
  onTime: number;
  approved: number;
  submittedPercent: string | null;
  onTimePercent: string | null;
  approvedPercent: string | null;
};

export type BoardColumn = {
  reportTypeId: number;
  nameTh: string;
  periodKey: string;
  periodLabelTh: string;
  dueDate: string;
  dueDateLabelTh: string;
};

export type BoardCell = ({ expected: true } & Outcome) | { expected: false };

export type BoardView = {
  province: { code: string; nameTh: string };
  month: string;
  monthLabelTh: string;
  /** Months in which reports were sent, newest first: the month picker offers them. */
  monthsWithData: string[];
  today: string;
  columns: BoardColumn[];
  rows: { unit: { code: string; nameTh: string }; cells: BoardCell[] }[];
  rates: Rates;
};

export type LeagueStanding = 'ranked' | 'not-submitted' | 'nothing-expected';

export type LeagueRow = {
  unit: { code: string; nameTh: string };
  expected: number;
  submitted: number;
  pending: number;
  totalScore: number;
  maxScore: number;
  percent: string | null;
  daysLate: number;
  standing: LeagueStanding;
  rank: number | null;
  medal: 1 | 2 | 3 | null;
  rates: Rates;
};

export type LeagueView = {
  province: { code: string; nameTh: string };
  month: string;
  monthLabelTh: string;
  /** Months in which reports were sent, newest first: the month picker offers them. */
  monthsWithData: string[];
  rows: LeagueRow[];
  rates: Rates;
};
