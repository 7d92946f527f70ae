import type { ApiResponse, Refine } from '../../shared/api/api-types';
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
  /** Sent back with an edit: an edit over someone else's answers 409 stale. */
  rowVersion: number;
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
export type ReportTypeEditBody = ReportTypeBody & { rowVersion: number };

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

/** GET /api/reports/calendar: a unit's reports due in a month; `monthsWithData` feeds the month picker. */
export type CalendarView = ApiResponse<'/api/reports/calendar'>;

/** `submission` is the district's report; null in a province's calendar. */
export type CalendarEntry = CalendarView['entries'][number];

export type OverrideBody = {
  reportTypeId: number;
  month: string;
  dueDate: string;
  reason: string;
  /** The entry's version when the calendar loaded (0: its date was never moved). */
  rowVersion: number;
};

/** GET /api/reports/submissions/{id}: one report with its form's fields, values, files, history and rights. */
export type SubmissionView = ApiResponse<'/api/reports/submissions/{id}'>;

export type Submission = SubmissionView['submission'];

export type SubmissionFile = Submission['files'][number];

export type SubmissionEvent = Submission['events'][number];

export type DraftBody = {
  values: Record<string, string | null>;
  narrative: string | null;
  rowVersion?: number;
};

type BoardAnswer = ApiResponse<'/api/reports/board'>;

/** A cell of the board: the report's outcome where one is expected (the server's schema says `expected: boolean`). */
export type BoardCell = ({ expected: true } & Outcome) | { expected: false };

/** GET /api/reports/board: a province's districts by the month's reports, with the rates. */
export type BoardView = Refine<
  BoardAnswer,
  { rows: Refine<BoardAnswer['rows'][number], { cells: BoardCell[] }>[] }
>;

/** The month's reporting rates: expected, sent, on time and approved, with their percentages. */
export type Rates = BoardAnswer['rates'];

/** GET /api/reports/league: a province's districts ranked by the month's timeliness points. */
export type LeagueView = ApiResponse<'/api/reports/league'>;

export type LeagueRow = LeagueView['rows'][number];
