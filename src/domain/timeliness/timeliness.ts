import type { IsoDate } from '../calendar/iso-date.ts';
import { bangkokDateOf, instantOf, type Timestamp } from './bangkok-date.ts';
import { CALENDAR_DAYS, type DayCounting, daysLate } from './days-late.ts';

/** The reviewer's decision on one submission: still open, sent back for correction, or accepted. */
export type Review = 'pending' | 'returned' | 'approved';

export interface SubmissionAttempt {
  readonly submittedAt: Timestamp;
  readonly review: Review;
}

export type TimelinessPoints = 0 | 1 | 2 | 3;

// Seed 003 L995: "๓ คะแนน = ส่งรายงานครบถ้วน ถูกต้อง ตรงตามกำหนดเวลา"
export const MAX_POINTS = 3;

/**
 * The timeliness of one expected report. `daysLate` and `firstSubmittedOn` always describe the FIRST
 * submission; `points` is final once the report is approved or has been returned.
 */
export type Timeliness =
  | { readonly status: 'not-submitted' }
  | { readonly status: 'awaiting-review'; readonly firstSubmittedOn: IsoDate; readonly daysLate: number }
  | {
      readonly status: 'scored';
      readonly firstSubmittedOn: IsoDate;
      readonly daysLate: number;
      readonly returned: boolean;
      readonly approved: boolean;
      readonly points: TimelinessPoints;
    };

/** The timeliness of one unit's report, as the rates and the league table take it. */
export interface ReportOutcome {
  readonly unitId: string;
  readonly timeliness: Timeliness;
}

/**
 * Scores a report from its submissions (seed 003 item 3.20):
 * - Seed 003 L995 "๓ คะแนน = ส่งรายงานครบถ้วน ถูกต้อง ตรงตามกำหนดเวลา": approved without ever being returned
 *   and first submitted on or before the due date (any time that day, Bangkok time) → 3.
 * - Seed 003 L997 "๐ คะแนน = ส่งรายงานตรงตามกำหนดเวลาแต่ไม่ถูกต้อง": "not correct" means a reviewer returned it.
 *   Decision: a report returned even once scores 0, whenever it was first sent and whatever a resubmission
 *   does; a late incorrect report cannot score above an on-time incorrect one.
 * - Seed 003 L999 "ส่งรายงานช้ากว่าวันที่กำหนดหักลบวันละ ๑ คะแนน": approved first time but late → 3 − days
 *   late. Decision on the open question (seed-003-minutes.md §9.1): floored at 0, never negative.
 * Lateness is measured from the FIRST submission, so resubmitting cannot make a report later or earlier.
 */
export function assessTimeliness(
  dueDate: IsoDate,
  attempts: readonly SubmissionAttempt[],
  counting: DayCounting = CALENDAR_DAYS,
): Timeliness {
  const first = attempts.reduce<SubmissionAttempt | undefined>(
    (earliest, attempt) =>
      earliest === undefined || instantOf(attempt.submittedAt) < instantOf(earliest.submittedAt)
        ? attempt
        : earliest,
    undefined,
  );
  if (first === undefined) return { status: 'not-submitted' };
  const firstSubmittedOn = bangkokDateOf(first.submittedAt);
  const late = daysLate(dueDate, firstSubmittedOn, counting);
  const returned = attempts.some((attempt) => attempt.review === 'returned');
  const approved = attempts.some((attempt) => attempt.review === 'approved');
  if (!returned && !approved) return { status: 'awaiting-review', firstSubmittedOn, daysLate: late };
  const points = returned ? 0 : (Math.max(0, MAX_POINTS - late) as TimelinessPoints);
  return { status: 'scored', firstSubmittedOn, daysLate: late, returned, approved, points };
}

/** First submitted on or before the due date, whatever the review says (DHIS2 "reports on time"). */
export function isOnTime(timeliness: Timeliness): boolean {
  return timeliness.status !== 'not-submitted' && timeliness.daysLate === 0;
}

/** Points that count towards totals: those of scored reports; missing and unreviewed reports count 0. */
export function pointsEarned(timeliness: Timeliness): TimelinessPoints {
  return timeliness.status === 'scored' ? timeliness.points : 0;
}
