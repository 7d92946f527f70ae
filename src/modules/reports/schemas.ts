import { z } from 'zod';
import { fieldKinds, reportFieldsSchema } from '../../domain/report-form/field.ts';
import {
  rowVersionField,
  rowVersionOut,
  savedRowVersionField,
  savedRowVersionOut,
} from '../../http/row-version.ts';
import { id, isoDate, plainString, viewAsOf, yearMonth } from '../../http/schemas.ts';
import { reportStates } from './present.ts';

const unitCode = plainString().trim().min(1).max(20);
const reason = plainString().trim().min(5, 'กรุณาระบุเหตุผลอย่างน้อย 5 ตัวอักษร').max(2000);

const dueDay = z.number().int().min(1, 'วันกำหนดส่งต้องเป็นวันที่ 1–31').max(31, 'วันกำหนดส่งต้องเป็นวันที่ 1–31');
const dueMonth = z.enum(['in-period', 'after-period'], {
  message: 'เดือนกำหนดส่งต้องเป็น in-period (เดือนที่รายงาน) หรือ after-period (เดือนถัดไป)',
});

/** When a report is due: the 10th of the month reported on (seed 002), of the next month, or one dated report. */
export const scheduleSchema = z.discriminatedUnion('frequency', [
  z.object({ frequency: z.literal('monthly'), dueDay, dueMonth }),
  z.object({ frequency: z.literal('quarterly'), dueDay, dueMonth }),
  z.object({ frequency: z.literal('once'), onceDate: isoDate }),
]);
export type ScheduleInput = z.infer<typeof scheduleSchema>;

export const reportTypeBody = z.object({
  nameTh: plainString().trim().min(1, 'กรุณากรอกชื่อแบบรายงาน').max(300),
  workGroupCode: unitCode.nullable().optional(),
  responsibleUserIds: z.array(id).max(50).default([]),
  fields: reportFieldsSchema,
  schedule: scheduleSchema,
  unitScope: z.enum(['all-districts', 'chosen']).default('all-districts'),
  /** The districts that must submit when unitScope is 'chosen'. */
  unitCodes: z.array(unitCode).max(1000).default([]),
  dayCounting: z.enum(['calendar', 'working']).default('calendar'),
  active: z.boolean().default(true),
});
export type ReportTypeInput = z.infer<typeof reportTypeBody>;

export const newReportTypeBody = reportTypeBody.extend({ provinceCode: unitCode });
export const reportTypeEditBody = reportTypeBody.extend({ rowVersion: rowVersionField });
export type ReportTypeEditInput = z.infer<typeof reportTypeEditBody>;
export type NewReportTypeInput = z.infer<typeof newReportTypeBody>;

export const reportTypeListQuery = z.object({ province: unitCode.optional() });

export const calendarQuery = z.object({ unit: unitCode, month: yearMonth });

export const overrideBody = z.object({
  reportTypeId: id,
  month: yearMonth,
  dueDate: isoDate,
  reason,
  /** 0 when the month's due date was not moved when the calendar loaded. */
  rowVersion: savedRowVersionField,
});

export const openSubmissionBody = z.object({
  reportTypeId: id,
  unitCode,
  /** The calendar month the report is due in; the period follows from the report type's schedule. */
  month: yearMonth,
});

export const draftBody = z.object({
  /** By field id; numbers may be typed with Thai digits (๑๒๓) and thousands separators. */
  values: z
    .record(plainString().max(40), z.union([plainString().max(5000), z.number(), z.null()]))
    .default({}),
  narrative: plainString().max(20000).nullable().optional(),
  rowVersion: rowVersionField,
});

export const reasonBody = z.object({ reason });

export const fileParams = z.object({ id, fieldId: plainString().max(40) });
export const fileQuery = z.object({ variant: z.enum(['original', 'display']).default('original') });

export const boardQuery = z.object({ province: unitCode, month: yearMonth });

// ---------------------------------------------------------------- answers

const unitName = z.object({ code: z.string(), nameTh: z.string() });

const reportFieldView = z.object({
  id: z.string(),
  kind: z.enum(fieldKinds),
  labelTh: z.string(),
  required: z.boolean(),
  unit: z.string().optional(),
  kpiId: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const reportTypeView = z.object({
  id: z.number(),
  nameTh: z.string(),
  province: z.object({ id: z.number(), code: z.string(), nameTh: z.string() }),
  workGroup: unitName.nullable(),
  responsibleUserIds: z.array(z.number()),
  responsibles: z.array(z.object({ id: z.number(), displayName: z.string() })),
  inUse: z.boolean(),
  version: z.number(),
  fields: z.array(reportFieldView),
  schedule: z.union([
    z.object({ frequency: z.literal('once'), onceDate: z.string() }),
    z.object({
      frequency: z.enum(['monthly', 'quarterly']),
      dueDay: z.number(),
      dueMonth: z.enum(['in-period', 'after-period']),
    }),
  ]),
  unitScope: z.enum(['all-districts', 'chosen']),
  unitCodes: z.array(z.string()),
  dayCounting: z.enum(['calendar', 'working']),
  active: z.boolean(),
  updatedAt: z.string(),
  rowVersion: rowVersionOut,
});

export const reportTypeListResponse = z.object({ items: z.array(reportTypeView) });
export const reportTypeResponse = z.object({ reportType: reportTypeView });

/** Where one expected report stands (the board's and calendar's colours). */
export const reportState = z.enum(reportStates);
export const stateColour = z.enum(['green', 'blue', 'orange', 'red', 'yellow', 'gray']);
const submissionStatus = z.enum(['draft', 'submitted', 'returned', 'approved']);

/** Days late and the points they leave (3 on time, one less a day), once the report is in. */
const timelinessView = z.union([
  z.object({
    status: z.literal('not-submitted'),
    firstSubmittedOn: z.null(),
    daysLate: z.null(),
    points: z.null(),
  }),
  z.object({
    status: z.enum(['awaiting-review', 'scored']),
    firstSubmittedOn: z.string(),
    daysLate: z.number(),
    points: z.literal([0, 1, 2, 3]).nullable(),
  }),
]);

const outcomeView = z.object({
  submissionId: z.number().nullable(),
  status: submissionStatus.nullable(),
  state: reportState,
  colour: stateColour,
  timeliness: timelinessView,
});

const month = { month: z.string(), monthLabelTh: z.string(), monthsWithData: z.array(z.string()) };

export const calendarResponse = z.object({
  ...month,
  today: z.string(),
  unit: unitName,
  province: unitName,
  canChange: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
  entries: z.array(
    z.object({
      reportType: z.object({ id: z.number(), nameTh: z.string(), workGroupCode: z.string().nullable() }),
      periodKey: z.string(),
      periodLabelTh: z.string(),
      defaultDueDate: z.string(),
      dueDate: z.string(),
      dueDateLabelTh: z.string(),
      overridden: z.boolean(),
      overrideReason: z.string().nullable(),
      rowVersion: savedRowVersionOut,
      daysLeft: z.number(),
      closedDayTh: z.string().nullable(),
      submission: outcomeView.nullable(),
    }),
  ),
});

export const overrideResponse = z.object({
  reportTypeId: z.number(),
  periodKey: z.string(),
  defaultDueDate: z.string(),
  dueDate: z.string(),
  dueDateLabelTh: z.string(),
  reason: z.string(),
  rowVersion: savedRowVersionOut,
});

const ratesView = z.object({
  expected: z.number(),
  submitted: z.number(),
  onTime: z.number(),
  approved: z.number(),
  submittedPercent: z.string().nullable(),
  onTimePercent: z.string().nullable(),
  approvedPercent: z.string().nullable(),
});

export const boardResponse = z.object({
  asOf: viewAsOf,
  province: unitName,
  ...month,
  today: z.string(),
  columns: z.array(
    z.object({
      reportTypeId: z.number(),
      nameTh: z.string(),
      periodKey: z.string(),
      periodLabelTh: z.string(),
      dueDate: z.string(),
      dueDateLabelTh: z.string(),
    }),
  ),
  rows: z.array(
    z.object({
      unit: unitName,
      // A cell the district owes (its report's state) first: an object lacking those fields is a cell it does not.
      cells: z.array(
        z.union([outcomeView.extend({ expected: z.boolean() }), z.object({ expected: z.boolean() })]),
      ),
    }),
  ),
  rates: ratesView,
});

export const leagueResponse = z.object({
  province: unitName,
  ...month,
  rows: z.array(
    z.object({
      rates: ratesView,
      expected: z.number(),
      submitted: z.number(),
      pending: z.number(),
      totalScore: z.number(),
      maxScore: z.number(),
      percent: z.string().nullable(),
      daysLate: z.number(),
      standing: z.enum(['not-submitted', 'ranked', 'nothing-expected']),
      rank: z.number().nullable(),
      medal: z.literal([1, 2, 3]).nullable(),
      unit: unitName,
    }),
  ),
  rates: ratesView,
});

/** A unit's report for a period: its form, values, files, review history, timeliness and what the reader may do. */
const submissionView = z.object({
  id: z.number(),
  reportType: z.object({
    id: z.number(),
    nameTh: z.string(),
    version: z.number(),
    fields: z.array(reportFieldView),
    dayCounting: z.enum(['calendar', 'working']),
  }),
  unit: unitName,
  periodKey: z.string(),
  periodLabelTh: z.string(),
  dueDate: z.string(),
  dueDateLabelTh: z.string(),
  status: submissionStatus,
  statusLabelTh: z.string(),
  values: z.record(z.string(), z.string()),
  narrative: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  changedSinceApproval: z.number(),
  rowVersion: rowVersionOut,
  state: reportState,
  colour: stateColour,
  timeliness: timelinessView,
  files: z.array(
    z.object({
      id: z.number(),
      fieldId: z.string(),
      originalName: z.string(),
      mime: z.string(),
      bytes: z.number(),
      sha256: z.string(),
      url: z.string(),
      displayUrl: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      at: z.string(),
      action: z.enum(['submit', 'return', 'resubmit', 'approve', 'reopen']),
      actionLabelTh: z.string(),
      reason: z.string().nullable(),
      user: z.object({ id: z.number(), displayName: z.string() }).nullable(),
    }),
  ),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), reopen: z.boolean() }),
  reviewRefusal: z.string().nullable(),
});

export const submissionResponse = z.object({ submission: submissionView });
export const openedSubmissionResponse = submissionResponse.extend({ created: z.boolean() });

/** A submission in a list on the home page (returned to a district, waiting for its province). */
export const submissionListItem = z.object({
  id: z.number(),
  reportNameTh: z.string(),
  unit: unitName,
  periodKey: z.string(),
  periodLabelTh: z.string(),
  dueDate: z.string(),
  submittedAt: z.string().nullable(),
});
